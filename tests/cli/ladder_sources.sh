#!/bin/sh
# Where the ladder's capabilities come from (docs/MODEL.md "ladder",
# "Sides and capabilities"): the theatre balance and the theatre's
# warheads where the crisis's theatre has data, the fallbacks where it has
# none (said so in the JSON and the text), and the exchange engine's second
# strike at rungs 8-9: a US with every force at 20 km range delivers
# nothing, so it has no capability at rungs 8-9 and the results move
# (issue 15: out of range delivers nothing, in exchange, ladder and crisis
# alike).
# Usage: ladder_sources.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
row() { "$bin" "$@" --format csv | cut -d, -f6-; }
mean() { awk -F, -v m="$2" -v i="$3" -v v="$4" '$1 == m && $2 == i && $4 == v { print $5 }' "$1"; }
lo() { awk -F, -v m="$2" -v i="$3" -v v="$4" '$1 == m && $2 == i && $4 == v { print $6 }' "$1"; }
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }

src() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"]["ladder"]["crises"][0]["capability_sources"][sys.argv[2]])' "$@"; }

"$bin" ladder taiwan-2035 --replicates 100 --format json >"$tmp/t.json"
check "theatre data: rungs 1-3 from the theatre balance" "[ \"\$(src '$tmp/t.json' conventional)\" = 'theatre balance' ]"
check "theatre data: rungs 6-7 from the theatre's warheads" "src '$tmp/t.json' theatre_nuclear | grep -q '^theatre nuclear warheads'"
check "rungs 8-9 from the exchange engine" "src '$tmp/t.json' strategic_nuclear | grep -q '^exchange engine'"
check "every kind of rung has a source" "python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))[\"results\"][\"ladder\"][\"crises\"][0][\"capability_sources\"]; assert len(s)==6 and all(s.values())' '$tmp/t.json'"
"$bin" ladder ../tests/data/spending/ukraine-2022.yaml --replicates 100 --format json >"$tmp/s.json"
check "no theatre data: the fallback, said so" "[ \"\$(src '$tmp/s.json' conventional)\" = 'global power x projection (no theatre data)' ]"
check "no theatre data: rungs 6-7 by region, said so" "src '$tmp/s.json' theatre_nuclear | grep -q 'no theatre data'"
check "the text says the sources" "'$bin' ladder taiwan-2035 --replicates 50 | grep -q 'conventional rungs from the theatre balance'"

row ladder taiwan-2025 --replicates 300 >"$tmp/base.csv"
row ladder ../tests/data/ladder/short-range-usa.yaml --replicates 300 >"$tmp/short.csv"
check "20-km US forces: the US capability at rungs 8-9 is 0" \
  "[ \"\$(mean '$tmp/short.csv' strategic_nuclear_capability taiwan-2025 USA)\" = 0 ]"
check "20-km US forces: China still delivers" \
  "gt \"\$(mean '$tmp/short.csv' strategic_nuclear_capability taiwan-2025 CHN)\" 0"
check "normal ranges: the US delivers hundreds" \
  "gt \"\$(mean '$tmp/base.csv' strategic_nuclear_capability taiwan-2025 USA)\" 100"
check "20-km US forces: China wins every fight at rungs 8 and 9" \
  "[ \"\$(lo '$tmp/short.csv' p_aggressor_wins_at taiwan-2025 8)\" = 1 ] && [ \"\$(lo '$tmp/short.csv' p_aggressor_wins_at taiwan-2025 9)\" = 1 ]"
check "20-km US forces: China prevails more often" \
  "gt \"\$(mean '$tmp/short.csv' p_prevail taiwan-2025 CHN)\" \"\$(mean '$tmp/base.csv' p_prevail taiwan-2025 CHN)\""
echo "$pass passed, $fail failed"
test "$fail" -eq 0
