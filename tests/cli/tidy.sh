#!/bin/sh
# Tidy data (docs/CLI.md "Tidy CSV"): --format csv is one long table with
# the same columns for every engine; the concatenation of a crisis and a
# cascade run of two scenarios reads with Python's csv module as one
# table whose rows say which run they came from; `run` writes one header
# per stream; several JSON documents on standard output are one array;
# --format jsonl one document a line.
# Usage: tidy.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
header='scenario,scenario_sha256,seed,version,engine,measure,id,year,variant,mean,lo,hi'

# Two engines on two scenarios, four documents; concatenated as a user
# would with >> (each keeps its header: the reader drops repeats).
for s in ukraine-2022 japan-2024; do
  "$bin" crisis $s --replicates 300 --format csv >>"$tmp/cat.csv"
  "$bin" cascade $s --replicates 200 --years 2025:2030 --format csv >>"$tmp/cat.csv"
done
check "every document starts with the one header" "[ \"\$(head -1 '$tmp/cat.csv')\" = '$header' ] && [ \$(grep -c '^scenario,' '$tmp/cat.csv') -eq 4 ]"
cat >"$tmp/read.py" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline="")) if r["scenario"] != "scenario"]
runs = {(r["scenario"], r["engine"], r["seed"]) for r in rows}
assert runs == {("ukraine-2022", "crisis", "2022"), ("ukraine-2022", "cascade", "2022"),
                ("japan-2024", "crisis", "2024"), ("japan-2024", "cascade", "2024")}, runs
assert all(len(r) == 12 and len(r["scenario_sha256"]) == 64 and r["version"] for r in rows)
# every number reads as a float; years are whole or empty
for r in rows:
    for k in ("mean", "lo", "hi"):
        if r[k]:
            float(r[k])
    assert r["year"] == "" or r["year"].isdigit()
kor = [r for r in rows if r["engine"] == "cascade" and r["id"] == "KOR" and r["year"] == "2030"
       and r["measure"] == "p_nuclear_by_year"]
assert len(kor) == 2, kor
print(len(rows))
PY
check "Python's csv module reads the concatenation as one table" "python3 '$tmp/read.py' '$tmp/cat.csv' >/dev/null"

# `run` of several scenarios and engines: one header on the stream.
"$bin" run ukraine-2022 neglect-2025 baseline-2025 --replicates 100 --format csv >"$tmp/run.csv"
check "run: one header for three scenarios, three engines" \
  "[ \$(grep -c '^scenario,' '$tmp/run.csv') -eq 1 ] && [ \"\$(cut -d, -f5 '$tmp/run.csv' | sort -u | tr '\\n' ' ')\" = 'cascade crisis engine world ' ]"
check "run CSV has 12 fields on every row" "python3 -c \"import csv,sys; assert all(len(r) == 12 for r in csv.reader(open('$tmp/run.csv')))\""

# JSON: one array for several documents, one document for one.
"$bin" run ukraine-2022 neglect-2025 --replicates 100 --format json >"$tmp/run.json"
check "several JSON documents are one array json.load reads" \
  "python3 -c \"import json; d = json.load(open('$tmp/run.json')); assert [x['scenario'] for x in d] == ['ukraine-2022', 'neglect-2025']\""
"$bin" run ukraine-2022 --replicates 100 --format json >"$tmp/one.json"
check "one scenario's JSON is one object" \
  "python3 -c \"import json; assert json.load(open('$tmp/one.json'))['scenario'] == 'ukraine-2022'\""
"$bin" run ukraine-2022 neglect-2025 --replicates 100 --format jsonl >"$tmp/run.jsonl"
check "jsonl: one document a line, the same as json" \
  "[ \$(wc -l <'$tmp/run.jsonl') -eq 2 ] && python3 -c \"import json; a = [json.loads(l) for l in open('$tmp/run.jsonl')]; assert a == json.load(open('$tmp/run.json'))\""
"$bin" cascade neglect-2025 --replicates 100 --format jsonl >"$tmp/c.jsonl"
"$bin" cascade neglect-2025 --replicates 100 --format json >"$tmp/c.json"
check "an engine's jsonl is its JSON on one line" \
  "[ \$(wc -l <'$tmp/c.jsonl') -eq 1 ] && python3 -c \"import json; assert json.load(open('$tmp/c.jsonl')) == json.load(open('$tmp/c.json'))\""
check "show takes no jsonl" "! '$bin' show world --format jsonl >/dev/null 2>&1"

# The tidy rows hold the JSON's numbers: the crisis's p_attack.
"$bin" crisis ukraine-2022 --replicates 300 --format json >"$tmp/u.json"
"$bin" crisis ukraine-2022 --replicates 300 --format csv >"$tmp/u.csv"
check "CSV mean is the JSON's, to the digit" \
  "[ \"\$(awk -F, '\$6 == \"p_attack\" && \$9 == \"\" { print \$10 }' '$tmp/u.csv')\" = \"\$(python3 -c \"import json; print(repr(json.load(open('$tmp/u.json'))['results']['crisis'][0]['p_attack']['mean']))\")\" ]"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
