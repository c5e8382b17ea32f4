#!/bin/sh
# Runs every fuzz target of BUILD for SECONDS each, each seeded with its
# own inputs: scenario_fuzz with the YAML files (tests/data/bad, the
# built-in worlds and scenarios), efg_fuzz with the .efg files of
# tests/data/gambit/games and tests/data/bad-games, nfg_fuzz likewise with
# .nfg files; every target also gets its regressions from
# tests/data/fuzz-regressions (those with its seeds' extension).
# A fuzzer is one process on one core, so JOBS of them (default: the
# cores) run at once: each still gets SECONDS of a core, and `make check`
# waits SECONDS x targets / JOBS instead of SECONDS x targets.
# Usage: fuzz.sh BUILD SECONDS [JOBS]
set -eu
build=$1; seconds=$2
jobs=${3:-$(nproc 2>/dev/null || echo 2)}
found=0; running=0; names=""
for target in "$build"/*_fuzz; do
  [ -f "$target" ] && [ -x "$target" ] || continue  # not the corpus-*_fuzz folders
  found=1
  name=$(basename "$target")
  names="$names $name"
  corpus="$build/corpus-$name"
  mkdir -p "$corpus"
  case $name in
    efg_fuzz) seeds="tests/data/gambit/games/*.efg tests/data/bad-games/*.efg tests/data/fuzz-regressions/*.efg" ;;
    nfg_fuzz) seeds="tests/data/gambit/games/*.nfg tests/data/bad-games/*.nfg tests/data/fuzz-regressions/*.nfg" ;;
    point_fuzz) seeds="tests/data/fuzz-point/* tests/data/fuzz-regressions/*.point" ;;
    *)        seeds="tests/data/bad/*.yaml data/*.yaml scenarios/*.yaml tests/data/fuzz-regressions/*.yaml" ;;
  esac
  for s in $seeds; do
    if [ -f "$s" ]; then cp "$s" "$corpus"/; fi
  done
  echo "fuzz: $name for ${seconds}s"
  rm -f "$build/fuzz-$name.rc"
  ( rc=0
    "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
              -print_final_stats=1 "$corpus" >"$build/fuzz-$name.log" 2>&1 || rc=$?
    echo $rc >"$build/fuzz-$name.rc" ) &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait; running=0; fi
done
wait
[ $found -eq 1 ] || { echo "fuzz: no targets in $build"; exit 1; }
status=0
for name in $names; do
  rc=$(cat "$build/fuzz-$name.rc" 2>/dev/null || echo 1)
  echo "fuzz: $name exit $rc"
  tail -n 12 "$build/fuzz-$name.log"
  [ "$rc" -eq 0 ] || status=1
done
exit $status
