# yokushi - the two commands people type. CMake does the building.
#   make run    install missing packages, build (Release), run the built-in set
#   make check  the same set-up, then every test, the tests again under
#               ASan+UBSan, then the fuzz targets for a bounded time, then
#               the MPI build's tests (mpirun -np 1, 2, 3)
#   make test   the fast tier: every test not labelled long (under a minute)
#   make install PREFIX=DIR   the libraries, headers, yokushi.pc, the program
BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
MPI_BUILD  ?= build-mpi
FUZZ_SECONDS ?= 60
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
PREFIX     ?= /usr/local

.PHONY: all deps build run check test test-long asan fuzz mpi bench install clean

all: build

deps:
	@sh scripts/deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/yokushi run

# Tests mark themselves long with a "yk-test: long" comment
# (cmake/yk_tests.cmake); `make check` runs them too.
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE long

test-long: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -L long --no-tests=ignore

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

# The program built with -DYK_MPI=ON in its own folder; its output under
# mpirun -np 1, 2 and 3 must equal the plain build's byte for byte.
mpi: build
	cmake -S . -B $(MPI_BUILD) -DCMAKE_BUILD_TYPE=Release -DYK_MPI=ON \
	      -DYK_TESTS=OFF -DYK_BENCH=OFF
	cmake --build $(MPI_BUILD) -j $(JOBS) --target yokushi_cli
	sh tests/mpi/mpi.sh $(MPI_BUILD)/yokushi $(BUILD)/yokushi

bench: build
	sh scripts/bench.sh $(BUILD)

check: run test test-long asan fuzz mpi

install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD) $(MPI_BUILD)
