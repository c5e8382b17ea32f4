#!/bin/sh
# The cascade engine from the command line (MODEL.md section 6): usage
# and exit codes, the documented JSON keys, 1 vs 2 thread identity, and
# the acceptance points on the built-in scenarios - neglect-2025 against
# its counterfactual for KOR, the knock-on of CAN against JPN under
# selective proliferation, nuclear sharing and the devaluation shock.
# Usage: cascade.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
# A row's mean in the tidy CSV (docs/CLI.md): mean FILE MEASURE ID YEAR
mean() { awk -F, -v m="$2" -v i="$3" -v y="$4" '$6 == m && $7 == i && $8 == y { print $10 }' "$1"; }
row() { awk -F, -v m="$2" -v i="$3" -v y="$4" '$6 == m && $7 == i && $8 == y { print $10 " [" $11 ", " $12 "]" }' "$1"; }
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 > b + 0) }'; }

check "--help exits 0" "'$bin' cascade --help | grep -q 'usage: yokushi cascade'"
check "no scenario exits 2" "'$bin' cascade >/dev/null 2>&1; [ \$? -eq 2 ]"
check "bad --years exits 2" "'$bin' cascade neglect-2025 --years 2040:2030 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "unknown scenario exits 2" "'$bin' cascade no-such-scenario >/dev/null 2>&1; [ \$? -eq 2 ]"
check "bad coefficient: located message, exit 2" \
  "'$bin' cascade data/bad/bad_coefficient.yaml 2>'$tmp/err' >/dev/null; [ \$? -eq 2 ] && grep -q '^data/bad/bad_coefficient.yaml:5:5: coefficients.cascade.hazard_treat: unknown coefficient' '$tmp/err'"
check "listed in yokushi --help" "'$bin' --help | grep -q '^  cascade '"

"$bin" cascade neglect-2025 --replicates 3000 --years 2025:2040 --format json --threads 1 >"$tmp/t1.json"
"$bin" cascade neglect-2025 --replicates 3000 --years 2025:2040 --format json --threads 2 >"$tmp/t2.json"
check "JSON identical for 1 and 2 threads" "cmp -s '$tmp/t1.json' '$tmp/t2.json'"
for key in p_nuclear_by_year credibility expected_nuclear_states npt_health patron_burden knock_on nuclear_value; do
  check "JSON has results.cascade.$key" "grep -q '\"$key\": {' '$tmp/t1.json'"
done
check "JSON has a state's year with mean, lo, hi" \
  "grep -A3 '\"2035\": {' '$tmp/t1.json' | grep -q '\"lo\": ' && grep -q '\"KOR\": {' '$tmp/t1.json' && grep -q '\"USA-KOR\": {' '$tmp/t1.json'"
check "--years gives 2025 to 2040" "grep -q '\"year_from\": 2025' '$tmp/t1.json' && grep -q '\"year_to\": 2040' '$tmp/t1.json'"
check "yokushi run walks the engine" \
  "'$bin' run neglect-2025 --replicates 500 --format json | grep -q '\"cascade\": {'"
check "text report has the year table" "'$bin' cascade neglect-2025 --replicates 500 | grep -q '^Year table'"

# Acceptance on the built-ins at their own replicates (10,000) and seed.
for s in neglect-2025 no-neglect-2025 selective-proliferation nuclear-sharing-asia devaluation-shock; do
  "$bin" cascade "$s" --format csv >"$tmp/$s.csv"
done
"$bin" cascade world-2025 --seed 2025 --replicates 10000 --years 2025:2045 --format csv >"$tmp/world.csv"
kn=$(mean "$tmp/neglect-2025.csv" p_nuclear_by_year KOR 2035); kc=$(mean "$tmp/no-neglect-2025.csv" p_nuclear_by_year KOR 2035)
echo "P(KOR nuclear by 2035): neglect-2025 $(row "$tmp/neglect-2025.csv" p_nuclear_by_year KOR 2035), no-neglect-2025 $(row "$tmp/no-neglect-2025.csv" p_nuclear_by_year KOR 2035)"
check "neglect raises P(KOR by 2035)" "gt '$kn' '$kc'"
echo "knock-on 2035 under selective proliferation: CAN $(row "$tmp/selective-proliferation.csv" knock_on CAN 2035), JPN $(row "$tmp/selective-proliferation.csv" knock_on JPN 2035)"
check "less knock-on for CAN than for JPN" \
  "gt '$(mean "$tmp/selective-proliferation.csv" knock_on JPN 2035)' '$(mean "$tmp/selective-proliferation.csv" knock_on CAN 2035)'"
for st in JPN KOR; do
  check "nuclear sharing lowers P($st by 2035)" \
    "gt '$(mean "$tmp/world.csv" p_nuclear_by_year $st 2035)' '$(mean "$tmp/nuclear-sharing-asia.csv" p_nuclear_by_year $st 2035)'"
done
check "devaluation lowers V in 2028" \
  "gt '$(mean "$tmp/world.csv" nuclear_value '' 2028)' '$(mean "$tmp/devaluation-shock.csv" nuclear_value '' 2028)'"
check "devaluation lowers USA-JPN credibility in 2028" \
  "gt '$(mean "$tmp/world.csv" credibility USA-JPN 2028)' '$(mean "$tmp/devaluation-shock.csv" credibility USA-JPN 2028)'"
# One block of replicates (fewer than 256): the interval of a count is the
# normal interval of its mean, not squeezed to the block's mean (the block
# sums keep each quantity's least and greatest value).
"$bin" cascade japan-2024 --replicates 100 --threads 1 --format csv >"$tmp/one-block.csv"
check "expected_nuclear_states 2035 has an interval within one block" \
  "awk -F, '\$6 == \"expected_nuclear_states\" && \$8 == 2035 { exit !(\$11 < \$10 && \$12 > \$10) }' '$tmp/one-block.csv'"
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
