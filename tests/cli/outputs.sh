#!/bin/sh
# Outputs that survive faults (docs/CLI.md "Outputs"): a full disk or a
# closed standard output is exit 1 naming the path and the OS error; a
# failed, interrupted (SIGINT, SIGTERM) or refused run leaves an --out
# folder as it was; a second run into a busy folder refuses; no two
# results of a run share a file name; a scenario's name never becomes a
# path out of the folder; CSV is quoted, JSON is UTF-8; manifest.json
# matches the files. Usage: outputs.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0; skipped=0
check() { if eval "$2"; then pass=$((pass + 1)); [ -n "${YK_SHOW_PASS:-}" ] && echo "pass: $1"; else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
skip() { echo "skip: $1"; skipped=$((skipped + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The state of a folder: every entry (hidden ones too) with its checksum.
state() { (cd "$1" && for f in $(ls -A | sort); do printf '%s ' "$f"; cksum <"$f"; done); }

# Waits until process $1 has its SIGINT/SIGTERM handler (Linux shows it in
# /proc), then a little more so the engine is under way.
started() {
  i=0
  if [ -r "/proc/$1/status" ]; then
    while [ $i -lt 200 ]; do
      mask=$(awk '/^SigCgt/ { print $2 }' "/proc/$1/status" 2>/dev/null)
      # bits 1 and 14: SIGINT (2) and SIGTERM (15) are caught
      [ -n "$mask" ] && [ $(( (0x$mask >> 1) & (0x$mask >> 14) & 1 )) -eq 1 ] && break
      i=$((i + 1)); sleep 0.05
    done
    sleep 0.3
  else
    sleep 1
  fi
}

# ---- standard output: a full device and a closed descriptor, every command
game=data/games/signalling_deterrence.efg
for c in "run baseline-2025" "run japan-2024 --format json --replicates 100" \
         "validate world-2025" "show world --format json" "show state JPN" "scenarios" \
         "cascade neglect-2025 --replicates 100" "crisis ukraine-2022 --replicates 100" \
         "crisis ukraine-2022 --vary kappa=0:1:3 --replicates 100" "crisis ukraine-2022 --signal" \
         "solve $game" "--help" "--version" "run --help"; do
  if [ -w /dev/full ]; then
    "$bin" $c >/dev/full 2>"$tmp/err"; rc=$?
    check "$c >/dev/full: exit 1, 'standard output: No space left on device'" \
      "[ $rc -eq 1 ] && grep -q '^yokushi: standard output: No space left on device' '$tmp/err'"
  fi
  "$bin" $c >&- 2>"$tmp/err"; rc=$?
  check "$c with stdout closed: exit 1, 'standard output: Bad file descriptor'" \
    "[ $rc -eq 1 ] && grep -q '^yokushi: standard output: Bad file descriptor' '$tmp/err'"
done
[ -w /dev/full ] || skip "no /dev/full"
# With --out nothing goes to standard output: a closed one is no failure,
# and the files (kept off descriptors 0-2) are whole.
"$bin" run baseline-2025 --out "$tmp/closed" >&- 2>/dev/null; rc=$?
"$bin" run baseline-2025 >"$tmp/closed.txt"
check "--out with stdout closed: exit 0, the file whole" \
  "[ $rc -eq 0 ] && cmp -s '$tmp/closed/baseline-2025.run.txt' '$tmp/closed.txt'"
"$bin" run baseline-2025 baseline-2035 japan-2024 --replicates 100 >&- 2>"$tmp/err"; rc=$?
check "run of three scenarios with stdout closed: exit 1, said once" \
  "[ $rc -eq 1 ] && [ \$(grep -c 'standard output' '$tmp/err') -eq 1 ]"

# ---- a file system that fills up (LD_PRELOAD shim: write fails with ENOSPC)
shim=$tmp/enospc_shim.so
if ${CC:-cc} -shared -fPIC -o "$shim" cli/enospc_shim.c -ldl 2>"$tmp/cc.err"; then
  d=$tmp/full
  # Earlier good results with another seed: what a failed run must not touch.
  "$bin" cascade neglect-2025 --replicates 200 --seed 1 --format json --out "$d" 2>/dev/null
  "$bin" run japan-2024 --replicates 100 --seed 1 --format csv --out "$d" 2>/dev/null
  "$bin" crisis ukraine-2022 --vary kappa=0:1:3 --replicates 100 --seed 1 --out "$d" 2>/dev/null
  "$bin" crisis ukraine-2022 --export "$d/game.efg" 2>/dev/null
  state "$d" >"$tmp/before"
  # Nothing fits (0), part of every document fits (100), and the issue's
  # case: 64 KB of the 186 KB cascade document.
  for limit in 0 100 65536; do
    for c in "cascade neglect-2025 --replicates 200 --format json --out $d|$d/neglect-2025.cascade.json" \
             "run japan-2024 --replicates 100 --format csv --out $d|$d/japan-2024.run.csv" \
             "crisis ukraine-2022 --vary kappa=0:1:3 --replicates 100 --out $d|$d/ukraine-2022.crisis.vary.txt" \
             "crisis taiwan-2035 --export $d/game.efg|$d/game.efg"; do
      args=${c%|*}; path=${c#*|}
      [ $limit -eq 65536 ] && [ "${args#cascade}" = "$args" ] && continue
      LD_PRELOAD=$shim YK_FAIL_WRITE_AFTER=$limit "$bin" $args >/dev/null 2>"$tmp/err"; rc=$?
      check "full disk after $limit bytes: $args exits 1 naming $path" \
        "[ $rc -eq 1 ] && grep -q '^yokushi: $path: No space left on device' '$tmp/err'"
    done
    state "$d" >"$tmp/after"
    check "full disk after $limit bytes: earlier files unchanged, no temporaries left" \
      "cmp -s '$tmp/before' '$tmp/after'"
  done
  # A regular file as standard output, filling up.
  LD_PRELOAD=$shim YK_FAIL_WRITE_AFTER=100 "$bin" show world >"$tmp/stdout.txt" 2>"$tmp/err"; rc=$?
  check "full disk under standard output: exit 1" \
    "[ $rc -eq 1 ] && grep -q '^yokushi: standard output: No space left on device' '$tmp/err'"
else
  skip "no C compiler for the LD_PRELOAD shim: $(head -1 "$tmp/cc.err")"
fi

# ---- SIGINT and SIGTERM mid-run leave an earlier good file as it was
for sig in INT TERM; do
  d=$tmp/sig$sig
  "$bin" cascade neglect-2025 --replicates 300 --format json --out "$d" 2>/dev/null
  state "$d" >"$tmp/before"
  "$bin" cascade neglect-2025 --replicates 5000000 --threads 1 --seed 9 --format json \
    --out "$d" 2>"$tmp/err" & pid=$!
  started $pid
  kill -$sig $pid; wait $pid; rc=$?
  state "$d" >"$tmp/after"
  check "SIG$sig mid-run: exit 1, says so" "[ $rc -eq 1 ] && grep -q 'stopped by SIG$sig' '$tmp/err'"
  check "SIG$sig mid-run: the earlier file and manifest unchanged, no temporaries" \
    "cmp -s '$tmp/before' '$tmp/after'"
done
# Bad input found once the command is under way leaves the folder as it was.
d=$tmp/badinput
"$bin" crisis ukraine-2022 --vary kappa=0:1:3 --replicates 100 --out "$d" 2>/dev/null
state "$d" >"$tmp/before"
"$bin" crisis ukraine-2022 --vary no_such=0:1:3 --out "$d" 2>/dev/null; rc1=$?
"$bin" crisis ukraine-2022 --signal --format csv --out "$d" 2>/dev/null; rc2=$?
state "$d" >"$tmp/after"
check "bad input mid-command: exit 2, earlier files unchanged" \
  "[ $rc1 -eq 2 ] && [ $rc2 -eq 2 ] && [ -s '$d/ukraine-2022.crisis.vary.txt' ] && cmp -s '$tmp/before' '$tmp/after'"
# `run` writes nothing for the scenario it was running or those after it.
"$bin" run neglect-2025 baseline-2025 --replicates 5000000 --threads 1 --format json \
  >"$tmp/run.json" 2>/dev/null & pid=$!
started $pid
kill -INT $pid; wait $pid; rc=$?
check "interrupted run: exit 1, no document for scenarios it did not finish" \
  "[ $rc -eq 1 ] && [ ! -s '$tmp/run.json' ]"

# ---- two runs into one folder: the second refuses before it runs
d=$tmp/busy
"$bin" cascade neglect-2025 --replicates 5000000 --threads 1 --out "$d" 2>/dev/null & pid=$!
started $pid
"$bin" run baseline-2025 --out "$d" 2>"$tmp/err"; rc=$?
check "a second run into a busy folder exits 1 with a clear message" \
  "[ $rc -eq 1 ] && grep -q 'another yokushi run (process $pid) is writing into this folder' '$tmp/err'"
check "the refused run wrote nothing" "[ -z \"\$(ls -A '$d' | grep -v '^.yokushi.lock\$')\" ]"
kill -TERM $pid; wait $pid
"$bin" run baseline-2025 --out "$d" 2>/dev/null; rc=$?
check "the folder is free once the first run ends" "[ $rc -eq 0 ] && [ -s '$d/baseline-2025.run.txt' ]"

# ---- file names: SCENARIO.ENGINE[.KIND].EXT, collisions refused before anything runs
d=$tmp/names
"$bin" crisis ukraine-2022 --replicates 100 --format csv --out "$d" 2>/dev/null
"$bin" crisis ukraine-2022 --vary kappa=0:1:3 --replicates 100 --format csv --out "$d" 2>/dev/null
"$bin" crisis ukraine-2022 --signal --lambda 2 --format json --out "$d" 2>/dev/null
"$bin" cascade ukraine-2022 --replicates 100 --format csv --out "$d" 2>/dev/null
check "a crisis, its --vary, its studies and a cascade of one scenario: distinct files" \
  "[ -s '$d/ukraine-2022.crisis.csv' ] && [ -s '$d/ukraine-2022.crisis.vary.csv' ] && [ -s '$d/ukraine-2022.crisis.qre-signal.json' ] && [ -s '$d/ukraine-2022.cascade.csv' ]"
printf 'scenario: twin\nextends: baseline-2025\n' >"$tmp/twin1.yaml"
printf 'scenario: twin\nextends: baseline-2035\n' >"$tmp/twin2.yaml"
"$bin" run "$tmp/twin1.yaml" "$tmp/twin2.yaml" --out "$tmp/twins" 2>"$tmp/err"; rc=$?
check "two scenarios with one name: exit 2 before anything runs" \
  "[ $rc -eq 2 ] && grep -q 'would both be written to $tmp/twins/twin.run.txt' '$tmp/err' && [ ! -e '$tmp/twins' ]"
"$bin" run baseline-2025 baseline-2025 --out "$tmp/twins" 2>/dev/null; rc=$?
check "one scenario twice: exit 2" "[ $rc -eq 2 ] && [ ! -e '$tmp/twins' ]"

# ---- a scenario name is not a path
mkdir -p "$tmp/mal/out"
n=0
for name in '../escape' '../../escape' '.hidden' 'a/b' '"bad\x1b[31mname"' '"tab\there"' '".."'; do
  n=$((n + 1))
  printf 'scenario: %s\nextends: baseline-2025\n' "$name" >"$tmp/mal/s$n.yaml"
  for c in "run" "cascade" "crisis"; do
    "$bin" $c "$tmp/mal/s$n.yaml" --replicates 10 --out "$tmp/mal/out" >/dev/null 2>"$tmp/err"; rc=$?
    check "$c with scenario name $name: exit 2, nothing written" \
      "[ $rc -eq 2 ] && [ -z \"\$(ls -A '$tmp/mal/out' | grep -v '^.yokushi.lock\$')\" ] && [ -z \"\$(ls '$tmp/mal' | grep -v '^s[0-9]*.yaml\$' | grep -v '^out\$')\" ] && [ ! -e '$tmp/escape.run.txt' ]"
  done
done

# ---- formats: RFC 4180 quoting, whole numbers, UTF-8 JSON
printf 'scenario: "a\\"b,c"\nextends: baseline-2025\n' >"$tmp/quote.yaml"
"$bin" run "$tmp/quote.yaml" --format csv >"$tmp/q.csv"
check "CSV quotes a name with a quote and a comma" \
  "[ \$(grep -c '^\"a\"\"b,c\",' '$tmp/q.csv') -eq \$((\$(wc -l <'$tmp/q.csv') - 1)) ]"
check "CSV counts in full digits, never %g's exponent" \
  "awk -F'\",' 'NR > 1 { split(\$2, f, \",\"); if ((f[5] == \"deployed_warheads\" && f[9] !~ /^[0-9]+\$/) || f[9] !~ /^[0-9]+(\\.[0-9]+)?\$/) exit 1 }' '$tmp/q.csv'"
sed '1s/"Deterrence signalling game/"D\xe9terrence \xff signalling game/' "$game" >"$tmp/latin1.efg"
"$bin" solve "$tmp/latin1.efg" --format json >"$tmp/latin1.json"; rc=$?
check "a Latin-1 game title gives valid UTF-8 JSON with U+FFFD" \
  "[ $rc -eq 0 ] && iconv -f UTF-8 -t UTF-8 '$tmp/latin1.json' >/dev/null 2>&1 && grep -q 'D\\\\ufffdterrence \\\\ufffd signalling' '$tmp/latin1.json'"

"$bin" crisis ukraine-2022 --vary kappa=0:1:6 --replicates 100 --format csv >"$tmp/vary.csv"
check "--vary CSV numbers are the shortest round-trip text (0.2, not 0.20000000000000001)" \
  "[ \"\$(awk -F, '\$6 == \"p_attack\" { print \$9 }' '$tmp/vary.csv' | tr '\\n' ' ')\" = 'kappa=0 kappa=0.2 kappa=0.4 kappa=0.6 kappa=0.8 kappa=1 ' ]"

# ---- manifest.json lists each file with its bytes and SHA-256
d=$tmp/manifest
"$bin" run japan-2024 baseline-2025 --seed 11 --replicates 100 --format json --out "$d" 2>/dev/null
m=$d/manifest.json
check "manifest: version, command line, seed, scenario SHA-256" \
  "grep -q '\"yokushi\": \"' '$m' && grep -q '\"--seed\",' '$m' && grep -q '\"seed\": 11' '$m' && grep -Eq '\"scenario_sha256\": \"[0-9a-f]{64}\"' '$m'"
for f in japan-2024.run.json baseline-2025.run.json; do
  check "manifest: $f with its bytes and SHA-256" \
    "grep -A6 '\"file\": \"$f\"' '$m' | grep -q \"\\\"bytes\\\": \$(wc -c <'$d/$f' | tr -d ' ')\" && { ! command -v sha256sum >/dev/null || grep -A6 '\"file\": \"$f\"' '$m' | grep -q \"\$(sha256sum '$d/$f' | cut -c1-64)\"; }"
done

echo "$pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ]
