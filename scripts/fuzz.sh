#!/bin/sh
# Runs every fuzz target of BUILD for SECONDS each, each seeded with its
# own inputs: scenario_fuzz with the YAML files (tests/data/bad, the
# built-in worlds and scenarios), efg_fuzz with the .efg files of
# tests/data/gambit/games and tests/data/bad-games, nfg_fuzz likewise with
# .nfg files; every target also gets its regressions from
# tests/data/fuzz-regressions (those with its seeds' extension).
# Usage: fuzz.sh BUILD SECONDS
set -eu
build=$1; seconds=$2
found=0
for target in "$build"/*_fuzz; do
  [ -f "$target" ] && [ -x "$target" ] || continue  # not the corpus-*_fuzz folders
  found=1
  name=$(basename "$target")
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
  "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
done
[ $found -eq 1 ] || { echo "fuzz: no targets in $build"; exit 1; }
