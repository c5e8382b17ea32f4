#!/bin/sh
# crisis --draws FILE.csv: one row per draw with the run's identity, every
# drawn input and every outcome; averaged in Python (math.fsum) the rows
# give every mean the JSON reports to the last digit, and the conditional
# P(defend | attack) as the share of attacking draws; the file is the same
# for any thread count; --draws refuses the studies at the means.
# Usage: crisis_draws.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
command -v python3 >/dev/null || { echo "SKIP: no python3"; exit 0; }

# The averages of the rows against the JSON: exit 0 when every mean, the
# conditional and the attacking draws agree exactly; prints what differs.
cat >"$tmp/avg.py" <<'PY'
import csv, json, math, sys
rows = list(csv.DictReader(open(sys.argv[1])))
doc = json.load(open(sys.argv[2]))
bad = 0
for c in doc["results"]["crisis"]:
    mine = [r for r in rows if r["crisis"] == c["name"]]
    assert len(mine) == c["replicates"], (len(mine), c["replicates"])
    for variant, got in (("", c), ("without_bomb.", c["without_bomb"])):
        col = lambda k: [float(r[variant + k]) for r in mine]
        for k in ("p_attack", "p_defend_if_attacked", "p_nuclear_use", "p_target_conquered",
                  "p_fait_accompli", "p_escalation"):
            m = math.fsum(col(k)) / len(mine)
            if m != got[k]["mean"]:
                print(c["name"], variant + k, repr(m), got[k]["mean"]); bad += 1
        # The conditional: each draw's answer weighted by its P(attack).
        a = col("p_attack")
        d = [float(r[variant + "p_defend_given_attack"] or "nan") for r in mine]
        w = math.fsum(a)
        attacked = sum(1 for x in a if x > 0)
        if attacked != got["attacking_draws"]:
            print(c["name"], variant, "attacking draws", attacked, got["attacking_draws"]); bad += 1
        if w == 0:
            if got["p_defend_given_attack"] is not None:
                print(c["name"], variant, "conditional should be null"); bad += 1
        else:
            m = math.fsum(x * y for x, y in zip(a, d) if x > 0) / w
            if m != got["p_defend_given_attack"]["mean"]:
                print(c["name"], variant, "p_defend_given_attack", repr(m),
                      got["p_defend_given_attack"]["mean"]); bad += 1
sys.exit(bad != 0)
PY

for s in ukraine-2022 taiwan-2035 ukraine-nuclear; do
  "$bin" crisis "$s" --replicates 3000 --format json --threads 2 --draws "$tmp/$s.csv" >"$tmp/$s.json" 2>/dev/null
  check "$s: --draws rows average (math.fsum) to every reported mean, to the last digit" \
    "python3 '$tmp/avg.py' '$tmp/$s.csv' '$tmp/$s.json'"
done
check "one header and one row per draw" "[ \$(wc -l <'$tmp/ukraine-2022.csv') -eq 3001 ]"
check "every row carries scenario, SHA-256, seed and version" \
  "sed -n 2p '$tmp/ukraine-2022.csv' | grep -q '^ukraine-2022,dbd687551a3b5e1f49a1de8c4836249a6b3dcc5056c6e174aae6f3e61528777d,2022,'\"\$('$bin' --version | awk '{ print \$NF }')\"',ukraine-2022,0,'"
check "inputs by name, outcomes by the JSON names" \
  "head -1 '$tmp/ukraine-2022.csv' | grep -q ',kappa,.*,devaluation_weight,.*,p_attack,p_defend_given_attack,p_defend_if_attacked,p_nuclear_use,p_target_conquered,.*,margin.attack,'"
"$bin" crisis taiwan-2035 --replicates 3000 --format json --threads 1 --draws "$tmp/t1.csv" >"$tmp/t1.json" 2>/dev/null
check "the same file and JSON for 1 and 2 threads" \
  "cmp -s '$tmp/t1.csv' '$tmp/taiwan-2035.csv' && cmp -s '$tmp/t1.json' '$tmp/taiwan-2035.json'"
check "--draws with --vary exits 2" \
  "'$bin' crisis ukraine-2022 --vary kappa=0:1:3 --draws '$tmp/x.csv' >/dev/null 2>&1; [ \$? -eq 2 ] && [ ! -e '$tmp/x.csv' ]"
check "an unwritable --draws exits 1" \
  "'$bin' crisis ukraine-2022 --replicates 100 --draws '$tmp/no/such/d.csv' >/dev/null 2>&1; [ \$? -eq 1 ]"

rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
