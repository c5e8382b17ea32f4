#!/bin/sh
# `yokushi compare A B --engine E` (docs/CLI.md "compare"): paired
# differences with common random numbers. The acceptance point: neglect-2025
# against no-neglect-2025 under the cascade gives KOR's P(nuclear by year)
# a paired interval narrower than the unpaired one; the same scenario
# against itself is exactly 0; text, JSON and CSV agree.
# Usage: compare.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" compare neglect-2025 no-neglect-2025 --engine cascade --id KOR \
  --measure p_nuclear_by_year --format csv >"$tmp/kor.csv"; rc=$?
check "compare exits 0" "[ $rc -eq 0 ]"
cat >"$tmp/narrow.py" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == 21, len(rows)  # 2025..2045
late = [r for r in rows if int(r["year"]) >= 2030]
for r in late:
    paired = float(r["hi"]) - float(r["lo"])
    unpaired = float(r["unpaired_hi"]) - float(r["unpaired_lo"])
    assert 0 < paired < unpaired, (r["year"], paired, unpaired)
    assert abs(float(r["a"]) - float(r["b"]) - float(r["diff"])) < 1e-12
    assert float(r["lo"]) > 0, r  # neglect raises KOR's P(nuclear)
r = [r for r in rows if r["year"] == "2040"][0]
print("KOR 2040: A - B %.4f, paired [%.4f, %.4f], unpaired [%.4f, %.4f]" % (
    float(r["diff"]), float(r["lo"]), float(r["hi"]), float(r["unpaired_lo"]),
    float(r["unpaired_hi"])))
PY
check "KOR: the paired interval is narrower than the unpaired, and above 0" \
  "python3 '$tmp/narrow.py' '$tmp/kor.csv'"

"$bin" compare neglect-2025 no-neglect-2025 --engine cascade --id KOR --year 2040 \
  --measure p_nuclear_by_year --format json >"$tmp/kor.json"
check "JSON carries diff {mean, lo, hi} and the unpaired interval" \
  "python3 -c \"import json; d = json.load(open('$tmp/kor.json')); r = d['results']['compare'][0]; assert d['engine'] == 'cascade' and d['a']['scenario'] == 'neglect-2025' and r['year'] == 2040 and r['diff']['lo'] < r['diff']['mean'] < r['diff']['hi'] and r['unpaired']['lo'] < r['diff']['lo']\""
check "JSON and CSV give the same numbers" \
  "python3 -c \"import csv, json; d = json.load(open('$tmp/kor.json'))['results']['compare'][0]; c = [r for r in csv.DictReader(open('$tmp/kor.csv')) if r['year'] == '2040'][0]; assert float(c['diff']) == d['diff']['mean'] and float(c['lo']) == d['diff']['lo']\""
"$bin" compare neglect-2025 no-neglect-2025 --engine cascade --id KOR --year 2040 \
  --measure p_nuclear_by_year >"$tmp/kor.txt"
check "text names both scenarios and the batches" \
  "grep -q 'A neglect-2025' '$tmp/kor.txt' && grep -q 'B no-neglect-2025' '$tmp/kor.txt' && grep -q '20 paired batches' '$tmp/kor.txt' && grep -q '^p_nuclear_by_year  *KOR  *2040 ' '$tmp/kor.txt'"

"$bin" compare ukraine-2022 ukraine-2022 --replicates 400 --format csv >"$tmp/self.csv"
check "a scenario against itself: every difference and paired interval is 0" \
  "python3 -c \"import csv; rows = [r for r in csv.DictReader(open('$tmp/self.csv')) if r['a']]; assert rows and all(float(r['diff']) == 0 and (r['lo'] == '' or float(r['lo']) == float(r['hi']) == 0) for r in rows)\""
check "the engine defaults to A's run: section (crisis)" \
  "[ \"\$(cut -d, -f7 '$tmp/self.csv' | sort -u | tr '\\n' ' ')\" = 'crisis engine ' ]"
check "the engine's own options apply (--years)" \
  "'$bin' compare neglect-2025 no-neglect-2025 --engine cascade --years 2025:2027 --replicates 200 --format csv | awk -F, 'NR > 1 && \$10 != \"\" && (\$10 < 2025 || \$10 > 2027) { exit 1 }'"
check "one scenario is a usage error" "'$bin' compare neglect-2025 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "a misspelt engine gets a did-you-mean" \
  "'$bin' compare neglect-2025 no-neglect-2025 --engine cascde 2>&1 | grep -q 'did you mean \"cascade\"'"
check "no row matches: exit 2" "'$bin' compare neglect-2025 no-neglect-2025 --engine cascade --replicates 40 --id XXX >/dev/null 2>&1; [ \$? -eq 2 ]"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
