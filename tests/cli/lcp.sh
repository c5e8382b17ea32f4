#!/bin/sh
# `yokushi solve --method lcp` on tables: exact fractions exactly where
# Gambit's exact lcp prints them (every lcp-exact run in the fixtures), the
# right answer at payoff scales from 1e-9 to 1e308, -e N, and a budget hit
# that prints what was found and exits 1. Usage: lcp.sh YOKUSHI (run from
# tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
fx=data/gambit

# Gambit's exact output, as sets of lines, on every game it finished.
bad=""; n=0
for row in $(awk -F, '$6 == "lcp-exact" && $10 == 0 { print $1 }' "$fx/manifest.csv"); do
  n=$((n + 1))
  "$bin" solve "$fx/games/$row" --method lcp 2>/dev/null | sort >"$tmp/ours"
  sort "$fx/expected/$row.lcp-exact.out" >"$tmp/theirs"
  cmp -s "$tmp/ours" "$tmp/theirs" || bad="$bad $row"
done
check "lcp prints Gambit's exact lines on all $n games (differ:$bad)" "[ -z '$bad' ] && [ $n -eq 39 ]"
check "8x8.nfg: 16883/340316, not a near fraction" \
  "'$bin' solve '$fx/games/8x8.nfg' | grep -q ',16883/340316,240317/340316,'"

# nfg GAME M N PAYOFFS...: a table file, player 1's strategy fastest.
nfg() {
  f=$1; m=$2; n=$3; shift 3
  printf 'NFG 1 R "lcp.sh" { "1" "2" } { %s %s }\n\n%s\n' "$m" "$n" "$*" >"$tmp/$f"
}
nfg three.nfg 3 1 -1000000 0 0 0 1 0
check "3 x 1 with payoffs -1e6, 0, 1: Gambit's equilibrium" \
  "[ \"\$('$bin' solve '$tmp/three.nfg')\" = 'NE,0,0,1,1' ]"
nfg tiny.nfg 2 2 1e-9 -1e-9 -1e-9 1e-9 -1e-9 1e-9 1e-9 -1e-9
check "matching pennies x 1e-9: 1/2 each" "[ \"\$('$bin' solve '$tmp/tiny.nfg')\" = 'NE,1/2,1/2,1/2,1/2' ]"
nfg huge.nfg 2 2 1e308 -1e308 -1e308 1e308 -1e308 1e308 1e308 -1e308
"$bin" solve "$tmp/huge.nfg" --decimals 10 >"$tmp/out"; rc=$?
check "matching pennies x 1e308: one equilibrium, 1/2 each" \
  "[ $rc -eq 0 ] && [ \"\$(cat '$tmp/out')\" = 'NE,0.5000000000,0.5000000000,0.5000000000,0.5000000000' ]"
check "matching pennies x 1e308: payoffs not exact, so no fractions" \
  "'$bin' solve '$tmp/huge.nfg' | grep -qv /"

# A degenerate 30 x 30 game, payoffs 0..99 (Park-Miller, seed 7).
awk 'BEGIN { x = 7; printf "NFG 1 R \"random\" { \"1\" \"2\" } { 30 30 }\n\n";
  for (k = 0; k < 1800; k++) { x = (x * 16807) % 2147483647; printf "%d ", x % 100 } print "" }' \
  >"$tmp/r30.nfg"
check "-e 2 stops after two" "[ \$('$bin' solve '$tmp/r30.nfg' -e 2 | grep -c ^NE) -eq 2 ]"
check "--max-equilibria 3 stops after three" \
  "[ \$('$bin' solve '$tmp/r30.nfg' --max-equilibria 3 | grep -c ^NE) -eq 3 ]"
"$bin" solve "$tmp/r30.nfg" --max-pivots 300 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "a pivot budget hit prints what was found, says how many, exit 1" \
  "[ $rc -eq 1 ] && [ \$(grep -c ^NE '$tmp/out') -ge 1 ] && grep -q 'pivot budget.*equilibri.* found' '$tmp/err'"
"$bin" solve "$tmp/r30.nfg" --max-pivots 0 >/dev/null 2>&1; rc=$?
check "--max-pivots 0 is bad usage" "[ $rc -eq 2 ]"
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
