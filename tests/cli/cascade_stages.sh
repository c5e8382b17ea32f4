#!/bin/sh
# The cascade's stages, the domino among allies, counter-proliferation and
# the outputs of issue 13 from the command line: a South Korean arsenal in
# 2028 raises P(Japan nuclear-armed by 2040) against the same seed without
# it, reassurance and nuclear sharing pull it back; a state set to a
# programme goes nuclear more often than the same state set to none; the
# stage probabilities, the knock-on table, the band across parameter
# draws, the per-replicate draws file (its rows reproduce the JSON's
# counts) and the warning before the data year.
# Usage: cascade_stages.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# p FILE.json STATE YEAR: P(nuclear-armed by YEAR)
p() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results']['cascade']['p_nuclear_by_year'][sys.argv[2]][sys.argv[3]]['mean'])" "$@"; }
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 > b + 0) }'; }

run() { "$bin" cascade "$1" --seed 2025 --replicates 3000 --years 2025:2040 --format json --threads 2 >"$tmp/$2.json"; }
cat >"$tmp/reassured.yaml" <<'Y'
scenario: reassured
extends: korea-nuclear-2028
events:
  - {year: 2028, event: reassurance, actor: USA, target: JPN}
  - {year: 2028, event: deployment, actor: USA, target: JPN}
Y
cat >"$tmp/shared.yaml" <<'Y'
scenario: shared
extends: korea-nuclear-2028
set:
  alliances.USA-JPN.kind: nuclear_sharing
Y
run baseline-2025 base
run korea-nuclear-2028 korea
run "$tmp/reassured.yaml" reassured
run "$tmp/shared.yaml" shared
run korea-programme-2025 programme
b=$(p "$tmp/base.json" JPN 2040); k=$(p "$tmp/korea.json" JPN 2040)
echo "P(JPN nuclear-armed by 2040): baseline $b, Korean arsenal 2028 $k, with reassurance $(p "$tmp/reassured.json" JPN 2040), with sharing $(p "$tmp/shared.json" JPN 2040)"
check "a Korean arsenal raises P(JPN by 2040) by more than 0.01 and threefold" \
  "gt '$k' \"\$(awk -v b='$b' 'BEGIN { print (b + 0.01 > 3 * b ? b + 0.01 : 3 * b) }')\""
check "reassurance lowers it" "gt '$k' '$(p "$tmp/reassured.json" JPN 2040)'"
check "nuclear sharing lowers it" "gt '$k' '$(p "$tmp/shared.json" JPN 2040)'"
echo "P(KOR nuclear-armed by 2035): stage none $(p "$tmp/base.json" KOR 2035), programme $(p "$tmp/programme.json" KOR 2035)"
check "a state set to programme in 2025 goes nuclear by 2035 more often than set to none" \
  "gt '$(p "$tmp/programme.json" KOR 2035)' '$(p "$tmp/base.json" KOR 2035)'"
check "JSON has p_stage_by_year.ID.STAGE.YEAR, new_programmes, new_nuclear_states, p_nuclear_given, warnings" \
  "python3 -c \"import json; c=json.load(open('$tmp/programme.json'))['results']['cascade']; e=c['p_stage_by_year']['KOR']['programme']['2030']; assert set(e)=={'mean','lo','hi'}; assert c['p_stage_by_year']['IRN']['hedging']['2025']['mean']==1; c['new_programmes']['2030']; c['new_nuclear_states']['2030']; c['p_nuclear_given']['KOR']['JPN']; assert c['warnings']==[]\""
check "the knock-on table lists KOR's arsenal's effect on JPN" \
  "'$bin' cascade korea-programme-2025 --replicates 2000 | grep -q '^KOR (P [0-9.]*):.* JPN +'"

# A stage set by the time line, and counter-proliferation events.
cat >"$tmp/staged.yaml" <<'Y'
scenario: staged
extends: world-2025
events:
  - {year: 2028, event: change, actor: KOR, set: {stage: programme, stage_year: 2028}}
Y
cat >"$tmp/deal.yaml" <<'Y'
scenario: deal
extends: world-2025
events:
  - {year: 2026, event: constraint, actor: USA, target: IRN}
  - {year: 2027, event: preventive_strike, actor: ISR, target: IRN}
Y
"$bin" cascade "$tmp/staged.yaml" --seed 2025 --replicates 2000 --years 2025:2035 --format json >"$tmp/staged.json"
"$bin" cascade "$tmp/deal.yaml" --seed 2025 --replicates 3000 --years 2025:2040 --format json >"$tmp/deal.json"
check "a change event sets KOR's stage in 2028: programme that year, rarely before" \
  "python3 -c \"import json; s=json.load(open('$tmp/staged.json'))['results']['cascade']['p_stage_by_year']['KOR']; assert s['hedging']['2028']['mean']==1; assert s['programme']['2028']['mean']>0.9; assert s['programme']['2027']['mean']<0.1\""
echo "P(IRN nuclear-armed by 2035): world-2025 $(p "$tmp/base.json" IRN 2035), with a 2026 constraint and a 2027 strike $(p "$tmp/deal.json" IRN 2035)"
check "a negotiated constraint and another strike lower P(IRN by 2035)" \
  "gt '$(p "$tmp/base.json" IRN 2035)' '$(p "$tmp/deal.json" IRN 2035)'"

# Judgement vs chance.
"$bin" cascade korea-programme-2025 --replicates 2000 --outer 50 --format json --threads 1 >"$tmp/o1.json"
"$bin" cascade korea-programme-2025 --replicates 2000 --outer 50 --format json --threads 2 >"$tmp/o2.json"
check "--outer: identical for 1 and 2 threads" "cmp -s '$tmp/o1.json' '$tmp/o2.json'"
check "--outer: the band across draws holds the mean and is wider than the interval of the mean" \
  "python3 -c \"import json; c=json.load(open('$tmp/o1.json'))['results']['cascade']; b=c['p_nuclear_band']['KOR']['2040']; m=c['p_nuclear_by_year']['KOR']['2040']; assert c['parameter_draws']==50; assert b['lo']<=b['mean']<=b['hi']; assert b['hi']-b['lo']>m['hi']-m['lo']\""
check "--outer 0 exits 2" "'$bin' cascade korea-programme-2025 --outer 0 >/dev/null 2>&1; [ \$? -eq 2 ]"

# The draws file: one row per replicate, the run's identity on each, and
# its years reproduce the run's P(nuclear-armed by year).
"$bin" cascade korea-programme-2025 --replicates 1000 --format json --threads 2 --draws "$tmp/d.csv" >"$tmp/d.json" 2>/dev/null
check "--draws: a header and one row per replicate" "[ \$(wc -l <'$tmp/d.csv') -eq 1001 ]"
check "--draws: every row carries scenario, SHA-256, seed and version" \
  "sed -n 2p '$tmp/d.csv' | grep -q '^korea-programme-2025,[0-9a-f]\{64\},2025,'\"\$('$bin' --version | awk '{ print \$NF }')\"',0,'"
check "--draws: the rows give the JSON's P(KOR and JPN nuclear-armed by 2035) exactly" \
  "python3 -c \"
import csv, json
rows = list(csv.DictReader(open('$tmp/d.csv')))
c = json.load(open('$tmp/d.json'))['results']['cascade']['p_nuclear_by_year']
for s in ('KOR', 'JPN', 'IRN'):
    k = sum(1 for r in rows if r[s + '.nuclear_year'] and int(r[s + '.nuclear_year']) <= 2035)
    assert k / len(rows) == c[s]['2035']['mean'], (s, k, c[s]['2035'])
\""

# A run before the data year warns.
check "a run from 1990 on world-2025 warns (text and JSON)" \
  "'$bin' cascade baseline-2025 --years 1990:2000 --replicates 200 | grep -q '^warning: the run starts in 1990, before the world.s data year 2025' && '$bin' cascade baseline-2025 --years 1990:2000 --replicates 200 --format json | grep -q 'before the world'"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
