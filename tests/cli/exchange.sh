#!/bin/sh
# The exchange engine from the command line (MODEL.md section 5, issue
# 15): the sspk calculator prints the published pairs (ANCHORS F1, F5),
# usage and exit codes, the documented JSON keys, 1 vs 2 thread
# identity, a force out of range of every target delivering nothing, and
# the five built-in scenarios.
# Usage: exchange.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
# A CSV row's mean: mean FILE MEASURE ID YEAR VARIANT
# The tidy CSV's row (docs/CLI.md) without its five leading columns:
# measure,id,year,variant,mean,lo,hi.
row() { "$bin" "$@" --format csv | cut -d, -f6-; }
mean() { awk -F, -v m="$2" -v i="$3" -v y="$4" -v v="$5" '$1 == m && $2 == i && $3 == y && $4 == v { print $5 }' "$1"; }
hi() { awk -F, -v m="$2" -v i="$3" -v y="$4" -v v="$5" '$1 == m && $2 == i && $3 == y && $4 == v { print $7 }' "$1"; }
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 > b + 0) }'; }

# The calculator.
"$bin" exchange sspk --yield-kt 750 --hardness-psi 700 --cep-m 900 >"$tmp/f1.txt"
check "sspk: LR(750 kt, 700 psi) = 496.512 m" "grep -q '^lethal radius *496.512 m' '$tmp/f1.txt'"
check "sspk: SSPK at CEP 900 = 0.1901937" "grep -q '^SSPK *0.1901937' '$tmp/f1.txt'"
check "sspk: F1 ground-burst layer 0.2888313" \
  "'$bin' exchange sspk --yield-kt 750 --hardness-psi 200 --cep-m 900 --reliability 0.75 | grep -q '^kill per shot *0.2888313'"
"$bin" exchange sspk --yield-kt 100 --hardness-psi 3000 --cep-m 90 --reliability 0.8 --shots 2 --format json >"$tmp/f5.json"
check "sspk JSON: F5 SSPK 0.8759" "grep -q '\"sspk\": 0.8759' '$tmp/f5.json'"
check "sspk JSON: F5 TKP 0.7007, two shots 0.9104" \
  "grep -q '\"kill_per_shot\": 0.7007' '$tmp/f5.json' && grep -q '\"kill_n_shots\": 0.9104' '$tmp/f5.json'"
check "sspk: the 2.63 variant" \
  "'$bin' exchange sspk --yield-kt 750 --hardness-psi 700 --cep-m 900 --lr-constant 2.63 | grep -q '^lethal radius *498.407 m'"
check "sspk: missing --cep-m exits 2" "'$bin' exchange sspk --yield-kt 1 --hardness-psi 1 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "sspk: a negative yield exits 2" "'$bin' exchange sspk --yield-kt -5 --hardness-psi 1 --cep-m 1 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "sspk: reliability above 1 exits 2" "'$bin' exchange sspk --yield-kt 5 --hardness-psi 1 --cep-m 1 --reliability 1.5 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "sspk --help exits 0" "'$bin' exchange sspk --help | grep -q 'usage: yokushi exchange sspk'"

# Usage.
check "--help exits 0" "'$bin' exchange --help | grep -q 'usage: yokushi exchange'"
check "listed in yokushi --help" "'$bin' --help | grep -q '^  exchange '"
check "bad --years exits 2" "'$bin' exchange us-russia-2025 --years 2040:2030 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "an unknown side exits 2" "'$bin' exchange us-russia-2025 --sides USA,XYZ >/dev/null 2>&1; [ \$? -eq 2 ]"
check "one side exits 2" "'$bin' exchange us-russia-2025 --sides USA >/dev/null 2>&1; [ \$? -eq 2 ]"

# Runs.
"$bin" exchange three-body-2030 --replicates 300 --format json --threads 1 >"$tmp/t1.json"
"$bin" exchange three-body-2030 --replicates 300 --format json --threads 2 >"$tmp/t2.json"
check "JSON identical for 1 and 2 threads" "cmp -s '$tmp/t1.json' '$tmp/t2.json'"
for key in pairs three_body surviving_warheads retaliation_delivered stability_index striker target residual_warheads; do
  check "JSON has $key" "grep -q '\"$key\"' '$tmp/t1.json'"
done
check "yokushi run walks the engine" "'$bin' run three-body-2030 --replicates 100 --format json | grep -q '\"exchange\": {'"

# A force out of range of every target delivers nothing.
row exchange data/exchange/short-range-usa.yaml --sides USA,RUS --replicates 200 >"$tmp/short.csv"
check "20-km US forces: no first strike" "[ \"\$(hi '$tmp/short.csv' first_strike_warheads 'USA>RUS' 2025 '')\" = 0 ]"
check "20-km US forces: no retaliation" "[ \"\$(hi '$tmp/short.csv' retaliation_delivered 'RUS>USA' 2025 '')\" = 0 ]"
check "20-km US forces: Russia still strikes" "gt \"\$(mean '$tmp/short.csv' first_strike_warheads 'RUS>USA' 2025 '')\" 100"

# The built-in scenarios at their own seeds (fewer replicates).
for s in us-russia-2025 us-russia-upload-2027 three-body-2030 three-body-2035 missile-defense-2035; do
  row exchange $s --replicates 400 >"$tmp/$s.csv"
  check "$s runs and lists stability indices" "grep -q '^stability_index,' '$tmp/$s.csv'"
done
check "upload adds US warheads by 2027" \
  "gt \"\$(mean '$tmp/us-russia-upload-2027.csv' warheads USA 2027 '')\" 2500"
check "China grows 2030 -> 2035" \
  "gt \"\$(mean '$tmp/three-body-2035.csv' warheads CHN 2035 '')\" \"\$(mean '$tmp/three-body-2030.csv' warheads CHN 2030 '')\""
check "a large US defence lowers the retaliation on the US" \
  "gt \"\$(mean '$tmp/three-body-2035.csv' retaliation_delivered 'USA>RUS' 2035 '')\" \"\$(mean '$tmp/missile-defense-2035.csv' retaliation_delivered 'USA>RUS' 2035 '')\""
check "a large US defence lowers the US index against Russia" \
  "gt \"\$(mean '$tmp/three-body-2035.csv' stability_index 'USA>RUS' 2035 '')\" \"\$(mean '$tmp/missile-defense-2035.csv' stability_index 'USA>RUS' 2035 '')\""

rm -rf "$tmp"
echo "exchange.sh: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
