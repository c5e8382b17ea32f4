# yokushi - the two commands people type. CMake does the building.
#   make run    install missing packages, build (Release), run the built-in set
#   make check  the same set-up, then every test, the tests again under
#               ASan+UBSan, then the fuzz targets for a bounded time
# Tests labelled "long" (tests/unit/**/*_long_test.c) stay out of `make test`
# and `make asan`; `make test-long` runs them, and `make check` includes it.
BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps build run check test test-long asan fuzz bench clean

all: build

deps:
	@sh scripts/deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/yokushi run

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE long

test-long: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -L long

asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
	      -DYK_SANITIZE=ON -DYK_BENCH=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	      ctest --output-on-failure -j $(JOBS) -LE long

fuzz: deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	      -DCMAKE_C_COMPILER=clang -DYK_FUZZ=ON -DYK_TESTS=OFF -DYK_BENCH=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS)
	sh scripts/fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

bench: build
	sh scripts/bench.sh $(BUILD)

check: run test test-long asan fuzz

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
