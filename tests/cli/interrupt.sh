#!/bin/sh
# Ctrl-C while a large file loads: `yokushi validate` stops, says
# "yokushi: interrupted" and exits 1 (it used to finish loading and exit
# 0). The file has 199,999 events, which take a second or more to load;
# SIGINT comes from 0.3 s after the start. Usage: interrupt.sh YOKUSHI (run
# from tests/).
set -u
bin=$1
dir=$(mktemp -d "${TMPDIR:-/tmp}/yk-interrupt.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT
awk 'BEGIN {
  print "world: big\nyear: 2025\nstates:\n  AAA: {name: A, region: europe}\nevents:"
  for (i = 0; i < 199999; i++)
    printf "  - {year: %d, actor: AAA, set: {resolve: 0.%03d}}\n", 2000 + i % 40, i % 1000
}' > "$dir/big.yaml"
"$bin" validate "$dir/big.yaml" > "$dir/out" 2> "$dir/err" &
pid=$!
# SIGINT every 0.1 s until it exits: a background job of a script starts
# with SIGINT ignored, so one sent before the program installs its handler
# (a slow start on a busy machine) is lost, not fatal; the first after it
# stops the load.
sleep 0.3
n=0
while kill -INT "$pid" 2>/dev/null && [ "$n" -lt 100 ]; do
  sleep 0.1; n=$((n + 1))
done
wait "$pid"; rc=$?
if [ "$rc" -ne 1 ] || [ "$(cat "$dir/err")" != "yokushi: interrupted" ]; then
  echo "FAIL: exit $rc (expected 1), stderr:"; cat "$dir/err"; exit 1
fi
echo "interrupted while loading: exit 1"
