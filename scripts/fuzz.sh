#!/bin/sh
# Runs every fuzz target of BUILD for SECONDS each, seeded with
# tests/data (bad inputs, regressions) and the built-in worlds/scenarios.
# Usage: fuzz.sh BUILD SECONDS
set -eu
build=$1; seconds=$2
found=0
for target in "$build"/*_fuzz; do
  [ -x "$target" ] || continue
  found=1
  name=$(basename "$target")
  corpus="$build/corpus-$name"
  mkdir -p "$corpus"
  cp tests/data/bad/*.yaml data/*.yaml scenarios/*.yaml "$corpus"/ 2>/dev/null || true
  [ -d tests/data/fuzz-regressions ] && cp tests/data/fuzz-regressions/* "$corpus"/ 2>/dev/null || true
  echo "fuzz: $name for ${seconds}s"
  "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
done
[ $found -eq 1 ] || { echo "fuzz: no targets in $build"; exit 1; }
