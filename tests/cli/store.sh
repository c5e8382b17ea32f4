#!/bin/sh
# The run store (docs/CLI.md "Run store"): --store FILE.db records each
# engine run in SQLite (runs + results in the tidy long schema), readable
# by the sqlite3 shell and by `yokushi runs list|show|export`; export is
# the run's --format csv byte for byte; SIGINT leaves the run marked
# incomplete with no rows and the database valid (PRAGMA integrity_check).
# Usage: store.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/runs.db

"$bin" crisis ukraine-2022 --replicates 300 --store "$db" --format csv >"$tmp/crisis.csv"
"$bin" cascade neglect-2025 --replicates 200 --years 2025:2030 --store "$db" >/dev/null
"$bin" run ukraine-2022 baseline-2025 --replicates 300 --store "$db" --format json >/dev/null
check "three engine runs recorded, all complete" \
  "[ \"\$(sqlite3 '$db' 'SELECT count(*), sum(complete) FROM runs')\" = '3|3' ]"
check "runs carry version, scenario, SHA-256, seed, command, engine" \
  "[ \"\$(sqlite3 '$db' \"SELECT scenario, length(scenario_sha256), seed, engine, command LIKE '%crisis ukraine-2022%', version != '' FROM runs WHERE id = 1\")\" = 'ukraine-2022|64|2022|crisis|1|1' ]"
check "results rows in the tidy schema" \
  "[ \"\$(sqlite3 '$db' \"SELECT count(*) FROM results WHERE run_id = 1 AND measure = 'p_attack'\")\" = 2 ] && sqlite3 '$db' 'PRAGMA table_info(results)' | cut -d'|' -f2 | tr '\\n' ' ' | grep -q '^run_id scenario scenario_sha256 seed version engine measure id year variant mean lo hi '"
check "runs export is the run's --format csv, byte for byte" \
  "'$bin' runs export 1 --store '$db' --format csv | cmp -s - '$tmp/crisis.csv'"
check "runs list shows every run" \
  "[ \$('$bin' runs list --store '$db' | grep -c ' yes ') -eq 3 ]"
check "runs show prints the run and its rows" \
  "'$bin' runs show 2 --store '$db' | grep -q '^engine  *cascade' && '$bin' runs show 2 --store '$db' | grep -q '^p_nuclear_by_year  *KOR  *2030'"
check "YOKUSHI_STORE names the default store" \
  "YOKUSHI_STORE='$db' '$bin' runs list | grep -q neglect-2025"
check "runs show of a missing id: exit 2" "'$bin' runs show 99 --store '$db' >/dev/null 2>&1; [ \$? -eq 2 ]"
check "runs with a misspelt verb: did you mean" "'$bin' runs lsit --store '$db' 2>&1 | grep -q 'did you mean \"list\"'"

# Ctrl-C in the middle of a long run: marked incomplete, no rows, valid.
"$bin" cascade neglect-2025 --replicates 50000000 --store "$db" >/dev/null 2>&1 &
pid=$!
i=0
while [ "$(sqlite3 "$db" 'SELECT count(*) FROM runs' 2>/dev/null)" != 4 ] && [ $i -lt 100 ]; do
  sleep 0.1; i=$((i + 1))
done
sleep 0.5
kill -INT $pid
wait $pid; rc=$?
check "SIGINT stops the run (exit 1)" "[ $rc -eq 1 ]"
check "the interrupted run is marked incomplete, with no rows" \
  "[ \"\$(sqlite3 '$db' 'SELECT complete, (SELECT count(*) FROM results WHERE run_id = runs.id) FROM runs WHERE id = 4')\" = '0|0' ]"
check "the database is valid" "[ \"\$(sqlite3 '$db' 'PRAGMA integrity_check')\" = ok ]"
check "runs list says no for it" "'$bin' runs list --store '$db' | grep -q '^4 .* no '"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
