#!/bin/sh
# The ladder engine from the program: a run on a built-in scenario in every
# format, the same bytes for 1 and 2 threads, the JSON under
# results.ladder, one crisis by --crisis (and a bad name refused), a
# scenario with its own ladder (Payne 2026's rungs), the exported game
# solved by `yokushi solve`, and `yokushi run` on a scenario that names
# the engine.
# Usage: ladder.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in text json csv; do
  "$bin" ladder taiwan-2035 --replicates 300 --threads 1 --format $f >"$tmp/t1.$f"
  "$bin" ladder taiwan-2035 --replicates 300 --threads 2 --format $f >"$tmp/t2.$f"
  check "$f: the same bytes for 1 and 2 threads" "cmp -s '$tmp/t1.$f' '$tmp/t2.$f'"
done
check "text has the histogram and why lines" \
  "grep -q 'terminal rung' '$tmp/t1.text' && grep -q 'why: the likely path' '$tmp/t1.text'"
check "json: results.ladder with p_nuclear_use, p_first_use by id, p_rung_ge 6 and 8" \
  "python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))[\"results\"][\"ladder\"][\"crises\"][0]; assert set(d[\"p_first_use\"])=={\"CHN\",\"USA\"}; assert set(d[\"p_rung_ge\"])=={\"6\",\"8\"}; assert 0<d[\"p_nuclear_use\"][\"mean\"]<1; assert len(d[\"terminal_rung\"])==10; assert d[\"why\"]' '$tmp/t1.json'"
check "csv: the tidy header and a p_prevail row per side" \
  "head -1 '$tmp/t1.csv' | grep -qx 'scenario,scenario_sha256,seed,version,engine,measure,id,year,variant,mean,lo,hi' && test \$(grep -c ',ladder,p_prevail,' '$tmp/t1.csv') -eq 2"
check "csv and json carry the same numbers (every CSV row is a JSON estimate)" \
  "python3 -c '
import csv, json, sys
d = json.load(open(sys.argv[1]))[\"results\"][\"ladder\"][\"crises\"][0]
rows = list(csv.DictReader(open(sys.argv[2])))
assert len(rows) > 30
for r in rows:
    e = d[r[\"measure\"]]
    if r[\"variant\"]:
        e = e[r[\"variant\"]]
    for k in (\"mean\", \"lo\", \"hi\"):
        assert float(r[k]) == e[k], (r, e)
' '$tmp/t1.json' '$tmp/t1.csv'"
check "--crisis NAME runs that crisis" \
  "'$bin' ladder taiwan-2035 --crisis taiwan-2035 --replicates 50 --format csv | grep -q ',ladder,p_nuclear_use,taiwan-2035,'"
"$bin" ladder taiwan-2035 --crisis nope --replicates 50 >/dev/null 2>"$tmp/err"
rc=$?
check "--crisis with no such crisis: exit 2 and a message" "test $rc -eq 2 && grep -q nope '$tmp/err'"
check "a scenario's own ladder (Payne's 22 rungs) runs" \
  "'$bin' ladder ../tests/data/ladder/payne-ladder.yaml --replicates 50 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin)[\"results\"][\"ladder\"][\"crises\"][0]; assert len(d[\"rungs\"])==22 and len(d[\"terminal_rung\"])==22'"
cat >"$tmp/small.yaml" <<'YAML'
scenario: small
extends: taiwan-2035
coefficients:
  ladder: {horizon: 4, lambda: 2}
YAML
"$bin" ladder "$tmp/small.yaml" --export "$tmp/small.efg" 2>/dev/null
check "--export writes a game yokushi solve solves by bi and logit" \
  "'$bin' solve '$tmp/small.efg' --method bi | grep -q '^NE,' && '$bin' solve '$tmp/small.efg' --method logit -e | grep -q '^NE,'"
"$bin" ladder taiwan-2035 --export "$tmp/big.efg" 2>"$tmp/err"
rc=$?
check "--export with the default horizon 20 is refused (exit 2)" "test $rc -eq 2 && grep -q horizon '$tmp/err'"
check "yokushi run on a scenario naming the ladder" \
  "'$bin' run hotline --replicates 50 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); s=json.dumps(d); assert \"ladder\" in s'"
check "trajectories: the sampled check appears" \
  "'$bin' ladder taiwan-2035 --replicates 20 --trajectories 100 --format csv | grep -q ',ladder,sampled_p_nuclear_use,'"
echo "$pass passed, $fail failed"
test "$fail" -eq 0
