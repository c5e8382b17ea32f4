#!/bin/sh
# The why as data (docs/CLI.md, results.crisis_why): each decision on the
# path at the means with who decides, the action taken and the best other,
# their values and the margin - the numbers the why lines print rounded.
# For every built-in crisis scenario, item k is line k: its margin to three
# decimals (or "indifferent" for a tie), and its action in the words.
# Usage: why.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/why.py" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))["results"]
words = {"attack": "attack", "status_quo": "deterred", "abandon": "abandons", "defend": "defends",
         "threat": "threatens", "fight_on": "fights on", "back_down": "backs down",
         "use": "uses nuclear", "not_use": "does not use", "restrain": "restrains",
         "permit": "permits"}
for c, w in zip(d["crisis"], d["crisis_why"]):
    assert c["name"] == w["crisis"]
    lines = c["why"]
    assert len(w["decisions"]) >= 1 and len(lines) >= len(w["decisions"]) + 1
    for item, line in zip(w["decisions"], lines):
        assert item["margin"] >= 0 and abs(item["value_chosen"] - item["value_other"] - item["margin"]) < 1e-12 or item["tie"], item
        if item["tie"]:
            assert "indifferent" in line, (item, line)
        else:
            assert "(margin %.3f)" % item["margin"] in line or "margin %.3f)" % item["margin"] in line, (item, line)
            assert words[item["chosen"]] in line, (item, line)
PY
for s in ukraine-2022 ukraine-nuclear japan-2024 japan-nuclear taiwan-2035 germany-nuclear rok-nuclear-sharing; do
  "$bin" crisis $s --replicates 100 --format json >"$tmp/$s.json"
  check "$s: the why data is the why lines' numbers" "python3 '$tmp/why.py' '$tmp/$s.json'"
done
check "why margins are tidy rows too" \
  "'$bin' crisis ukraine-2022 --replicates 100 --format csv | grep -q ',why_margin,ukraine-2022,,attack,0.1873'"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
