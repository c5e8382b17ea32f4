#!/bin/sh
# Foundation acceptance from the command line: a scenario that extends
# world-2025 and gives Japan an SLBM force validates, shows up in
# `show state JPN`, and its SHA-256 and JSON results are identical across
# runs and thread counts. Usage: acceptance.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
scn=../scenarios/japan-slbm-2030.yaml
tmp=$(mktemp -d)
check "validate exits 0" "'$bin' validate '$scn' >'$tmp/v' 2>&1"
check "show state JPN lists the SLBM force" \
  "'$bin' show state JPN --scenario '$scn' | grep -q 'nuclear.forces\[0\].name *JSLBM'"
check "show state JPN has 16 launchers" \
  "'$bin' show state JPN --scenario '$scn' | grep -q 'nuclear.forces\[0\].launchers *16'"
"$bin" run "$scn" --format json --threads 1 >"$tmp/t1.json"
"$bin" run "$scn" --format json --threads 2 >"$tmp/t2.json"
"$bin" run "$scn" --format json --threads 2 >"$tmp/t3.json"
check "JSON identical for 1 and 2 threads" "cmp -s '$tmp/t1.json' '$tmp/t2.json'"
check "JSON identical across runs" "cmp -s '$tmp/t2.json' '$tmp/t3.json'"
check "JSON carries a 64-digit sha256" "grep -Eq '\"scenario_sha256\": \"[0-9a-f]{64}\"' '$tmp/t1.json'"
check "JSON carries version and seed" "grep -q '\"yokushi\": ' '$tmp/t1.json' && grep -q '\"seed\": 42' '$tmp/t1.json'"
check "JPN counts as nuclear (64 warheads)" "grep -q '\"deployed_warheads\": 64' '$tmp/t1.json'"
check "--seed overrides the seed" "'$bin' run '$scn' --format json --seed 7 | grep -q '\"seed\": 7'"
check "bad usage exits 2" "! '$bin' run --threads x >/dev/null 2>&1; [ \$? -eq 0 ] && { '$bin' run --threads x >/dev/null 2>&1; [ \$? -eq 2 ]; }"
check "unknown command exits 2" "'$bin' frobnicate >/dev/null 2>&1; [ \$? -eq 2 ]"
check "scenarios lists world-2025" "'$bin' scenarios | grep -q '^world-2025 '"
check "every built-in validates" "for n in \$('$bin' scenarios --format csv | tail -n +2 | cut -d, -f1); do '$bin' validate \$n >/dev/null || exit 1; done"
check "show world --format csv" "'$bin' show world --format csv | grep -q '^states.USA.nuclear.forces\[0\].launchers,400,'"
check "run prints the 2025 world" "'$bin' run baseline-2025 | grep -q 'World of 2025: 24 states (9 nuclear)'"
# China ~600 in 2025, ~1500 in 2035 (FACTS.md section 4): deployed + reserve.
china() { "$bin" run "$1" --format csv | awk -F, '$7 == "CHN" && ($6 == "deployed_warheads" || $6 == "reserve_warheads") { n += $10 } END { print n }'; }
check "world-2025 China ~600" "[ \$(china baseline-2025) -ge 550 ] && [ \$(china baseline-2025) -le 650 ]"
check "world-2035 China ~1500" "[ \$(china baseline-2035) -ge 1400 ] && [ \$(china baseline-2035) -le 1600 ]"
check "--out writes a file" "'$bin' run baseline-2025 --format json --out '$tmp/out' 2>/dev/null && [ -s '$tmp/out/baseline-2025.run.json' ] && [ -s '$tmp/out/manifest.json' ]"
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
