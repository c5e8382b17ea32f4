#!/bin/sh
# Ctrl-C while a large file loads: `yokushi validate` stops, says
# "yokushi: interrupted" and exits 1 (it used to finish loading and exit
# 0). The file has 199,999 events, which take a second or more to load;
# SIGINT comes 0.3 s after the start. Usage: interrupt.sh YOKUSHI (run
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
sleep 0.3
kill -INT "$pid"
wait "$pid"; rc=$?
if [ "$rc" -ne 1 ] || [ "$(cat "$dir/err")" != "yokushi: interrupted" ]; then
  echo "FAIL: exit $rc (expected 1), stderr:"; cat "$dir/err"; exit 1
fi
echo "interrupted while loading: exit 1"
