#!/bin/sh
# `yokushi solve` from the command line: its Gambit rendering equals what
# Gambit's own tools printed (as sets of lines) on Gambit's games, JSON
# carries the documented fields, and bad game files give a located error
# with exit 2. Usage: solve.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
fx=data/gambit

# Same lines as Gambit, in any order: enumpure on every game Gambit finished.
same_lines() { # GAME METHOD ARGS...
  game=$1; method=$2; shift 2
  "$bin" solve "$fx/games/$game" "$@" >"$tmp/ours" 2>"$tmp/err" || return 1
  # Gambit prints rounding residues as -0.0000000000; yokushi prints 0
  sort "$tmp/ours" >"$tmp/ours.s"
  sed 's/-\(0\.0*\)\([,]\|$\)/\1\2/g' "$fx/expected/$game.$method.out" | sort >"$tmp/theirs.s"
  cmp -s "$tmp/ours.s" "$tmp/theirs.s"
}
n=0; bad=""
for row in $(awk -F, '$6 == "enumpure" && $10 == 0 { print $1 }' "$fx/manifest.csv"); do
  n=$((n + 1))
  same_lines "$row" enumpure --method enumpure || bad="$bad $row"
done
check "enumpure prints Gambit's lines on all $n games (differ:$bad)" "[ -z '$bad' ] && [ $n -eq 53 ]"
bad=""
for row in $(awk -F, '$6 == "enumpure-S" && $10 == 0 { print $1 }' "$fx/manifest.csv"); do
  same_lines "$row" enumpure-S --method enumpure -S || bad="$bad $row"
done
check "enumpure -S prints Gambit's lines (differ:$bad)" "[ -z '$bad' ]"
bad=""
for row in $(awk -F, '$6 == "lcp" && $4 == "nfg" && $10 == 0 { print $1 }' "$fx/manifest.csv"); do
  same_lines "$row" lcp --method lcp --decimals 10 || bad="$bad $row"
done
check "lcp --decimals 10 prints Gambit's lines on every 2-player .nfg (differ:$bad)" "[ -z '$bad' ]"
check "lcp on e17.efg prints Gambit's line" "same_lines e17.efg lcp --method lcp --decimals 10"

# JSON: labels, payoffs, regret, subgame perfection, outcomes, beliefs.
"$bin" solve "$fx/games/e17.efg" --method lcp --format json >"$tmp/e17.json"
check "JSON has the file's sha256" "grep -Eq '\"sha256\": \"[0-9a-f]{64}\"' '$tmp/e17.json'"
check "JSON keys the profile by labels" "grep -q '\"Infoset3\": {' '$tmp/e17.json' && grep -q '\"quiche\": ' '$tmp/e17.json'"
check "JSON has payoffs, regret, beliefs, outcomes" \
  "grep -q '\"payoffs\": {' '$tmp/e17.json' && grep -q '\"regret\": 0' '$tmp/e17.json' && grep -q '\"beliefs\": {' '$tmp/e17.json' && grep -q '\"outcomes\": {' '$tmp/e17.json'"
check "JSON says whether it is subgame perfect" "grep -q '\"subgame_perfect\": ' '$tmp/e17.json'"
check "bi on a perfect-information game" "'$bin' solve '$fx/games/cent4.efg' --method bi --format text | grep -q 'subgame perfect: yes'"
check "the default method of a perfect-information game is bi" \
  "[ \"\$('$bin' solve '$fx/games/cent4.efg')\" = \"\$('$bin' solve '$fx/games/cent4.efg' --method bi)\" ]"

# Checked answers: nothing that is not an equilibrium goes to stdout.
"$bin" solve "$fx/games/2x2x2.nfg" --method logit -e >"$tmp/out" 2>"$tmp/err"; rc=$?
check "logit stalled at 2x2x2's bifurcation: exit 1, no NE, the last point and its gain on stderr" \
  "[ $rc -eq 1 ] && [ ! -s '$tmp/out' ] && grep -q 'stalled' '$tmp/err' && grep -q '^not an equilibrium: lambda' '$tmp/err' && grep -q 'Player 3 0.0177' '$tmp/err'"
printf 'NFG 1 R "pennies" { "1" "2" } { 2 2 }\n1e308 -1e308 -1e308 1e308 -1e308 1e308 1e308 -1e308\n' >"$tmp/mp.nfg"
"$bin" solve "$tmp/mp.nfg" --method enumpure >"$tmp/out" 2>"$tmp/err"; rc=$?
check "matching pennies x 1e308: no pure equilibrium" "[ $rc -eq 0 ] && [ ! -s '$tmp/out' ]"
"$bin" solve "$tmp/mp.nfg" --method logit -e >"$tmp/out" 2>"$tmp/err"; rc=$?
check "matching pennies x 1e308: logit ends at the mixed equilibrium" "[ $rc -eq 0 ] && [ \"\$(cat '$tmp/out')\" = 'NE,0.5,0.5,0.5,0.5' ]"
sh ../scripts/chain_efg.sh 2000 >"$tmp/chain.efg"
"$bin" solve "$tmp/chain.efg" --format json >"$tmp/chain.json"; rc=$?
check "a chain of 2,000 nested subgames: JSON says subgame perfect" \
  "[ $rc -eq 0 ] && grep -q '\"subgame_perfect\": true' '$tmp/chain.json'"

# Bad input: located errors, exit 2.
for f in data/bad-games/*.efg data/bad-games/*.nfg; do
  [ -f "$f" ] || continue
  "$bin" solve "$f" >/dev/null 2>"$tmp/err"; rc=$?
  exp=$(sed "s#^#data/#" "$f.expect")
  if [ $rc -ne 2 ] || [ "$(cat "$tmp/err")" != "$exp" ]; then bad_file="$f"; break; fi
  bad_file=""
done
check "every bad game file: its exact located message, exit 2 (${bad_file:-})" "[ -z '${bad_file:-}' ]"
"$bin" solve "$fx/games/myerson.efg" --method lcp >/dev/null 2>"$tmp/err"; rc=$?
check "imperfect recall refused with exit 2" "[ $rc -eq 2 ] && grep -q 'recall' '$tmp/err'"
"$bin" solve "$fx/games/e17.efg" --method bi >/dev/null 2>"$tmp/err"; rc=$?
check "bi refuses imperfect information with exit 2" "[ $rc -eq 2 ]"
"$bin" solve "$fx/games/e17.efg" --method nash >/dev/null 2>&1; rc=$?
check "unknown method: exit 2" "[ $rc -eq 2 ]"
"$bin" solve "$tmp/no-such.efg" >/dev/null 2>&1; rc=$?
check "missing file: exit 2" "[ $rc -eq 2 ]"
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
