#!/bin/sh
# Runs every benchmark of BUILD. Usage: bench.sh BUILD
set -eu
for b in "$1"/*_bench; do
  [ -x "$b" ] || continue
  echo "== $(basename "$b")"
  "$b"
done
