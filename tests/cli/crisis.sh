#!/bin/sh
# The crisis engine from the command line (MODEL.md section 3, docs/MODEL.md
# section 9): usage and exit codes, the documented JSON keys under
# results.crisis, 1 vs 2 thread identity, the exported game solved by
# `yokushi solve` against the engine's own equilibrium path, the seed-000
# contrast of ukraine-2022 and ukraine-nuclear, the crossing found by
# --vary, --signal and --lambda (text and JSON), and located errors for
# bad input.
# Usage: crisis.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
# The engine's machinery (ties, crossings, signalling, the seed-000 contrast)
# on the scenarios with global spending as the fighting power (the fallback
# for a theatre without data): in their theatres the outcomes differ
# (docs/MODEL.md section 9, "the built-in crises re-examined").
sp=data/spending
# An estimate's mean in the tidy CSV (docs/CLI.md): csv_mean FILE VARIANT MEASURE
# (variant "" for the world as it is, without_bomb for T non-nuclear)
csv_mean() { awk -F, -v v="$2" -v m="$3" '$9 == v && $6 == m { print $10 }' "$1"; }
near() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }'; }

check "--help exits 0" "'$bin' crisis --help | grep -q 'usage: yokushi crisis'"
check "listed in yokushi --help" "'$bin' --help | grep -q '^  crisis '"
check "no scenario exits 2" "'$bin' crisis >/dev/null 2>&1; [ \$? -eq 2 ]"
check "unknown scenario exits 2" "'$bin' crisis no-such-scenario >/dev/null 2>&1; [ \$? -eq 2 ]"
check "unknown option exits 2" "'$bin' crisis $sp/ukraine-2022.yaml --bogus >/dev/null 2>&1; [ \$? -eq 2 ]"
check "a misspelt --vary input exits 2 with a suggestion" \
  "'$bin' crisis $sp/ukraine-2022.yaml --vary kapa=0:1:3 2>&1 >/dev/null | grep -q 'did you mean \"kappa\"'"
check "--signal text never prints -0.0000" \
  "'$bin' crisis $sp/ukraine-nuclear.yaml --signal | grep -q 'payoffs resolute 0.0000' && ! '$bin' crisis $sp/ukraine-nuclear.yaml --signal | grep -q -- '-0.0000'"
check "--lambda -1 exits 2" "'$bin' crisis $sp/ukraine-2022.yaml --lambda -1 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "--lambda without a value exits 2" "'$bin' crisis $sp/ukraine-2022.yaml --lambda >/dev/null 2>&1; [ \$? -eq 2 ]"
check "malformed --vary exits 2" "'$bin' crisis $sp/ukraine-2022.yaml --vary kappa=1:0:5 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "--vary beyond the input's range exits 2 at once" "timeout 10 '$bin' crisis $sp/ukraine-2022.yaml --vary kappa=-1e308:1e308:3 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "--vary of a coefficient beyond its range exits 2" "'$bin' crisis $sp/ukraine-2022.yaml --vary devaluation_weight=0:1000:3 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "--signal in csv exits 2" "'$bin' crisis $sp/ukraine-2022.yaml --signal --format csv >/dev/null 2>&1; [ \$? -eq 2 ]"
# Ctrl-C during a long sweep: the stop flag is polled between blocks.
"$bin" crisis $sp/ukraine-2022.yaml --vary kappa=0:1:10000 --replicates 1000000 >/dev/null 2>&1 &
pid=$!; sleep 1; kill -INT $pid; t0=$(date +%s); wait $pid; rc=$?; t1=$(date +%s)
check "SIGINT stops a sweep with exit 1 within 5 s" "[ $rc -eq 1 ] && [ \$(($t1 - $t0)) -le 5 ]"
check "--vary of an unknown input exits 2" "'$bin' crisis $sp/ukraine-2022.yaml --vary no_such=0:1:3 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "unknown --crisis exits 2" "'$bin' crisis $sp/ukraine-2022.yaml --crisis nope --export '$tmp/x.efg' >/dev/null 2>&1; [ \$? -eq 2 ]"
check "a world without crises exits 2" "'$bin' crisis world-2025 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "unwritable --export exits 1" "'$bin' crisis $sp/ukraine-2022.yaml --export '$tmp/no/such/dir.efg' >/dev/null 2>&1; [ \$? -eq 1 ]"

# Bad input: every problem located as FILE:LINE:COL, exit 2.
cat >"$tmp/bad.yaml" <<'YAML'
scenario: bad-crisis
extends: ukraine-2022
coefficients:
  crisis:
    devaluation_wieght: 3
    hesitancy: 2
YAML
"$bin" crisis "$tmp/bad.yaml" >/dev/null 2>"$tmp/err"; rc=$?
check "bad coefficients exit 2" "[ $rc -eq 2 ]"
check "unknown coefficient located with a suggestion" \
  "grep -q '^$tmp/bad.yaml:5:5: coefficients.crisis.devaluation_wieght: unknown coefficient \"devaluation_wieght\" (did you mean \"devaluation_weight\"?)' '$tmp/err'"
check "out-of-range coefficient located at the value" \
  "grep -q '^$tmp/bad.yaml:6:16: coefficients.crisis.hesitancy: ' '$tmp/err'"
cat >"$tmp/nopatron.yaml" <<'YAML'
scenario: no-patron
extends: world-2025
crises:
  - name: alone
    aggressor: RUS
    target: UKR
    theatre: ukraine
    stakes: {RUS: 0.8, UKR: 1.0}
YAML
check "a crisis without a patron exits 2" "'$bin' crisis '$tmp/nopatron.yaml' >/dev/null 2>&1; [ \$? -eq 2 ]"

# JSON: the documented keys, and the same bytes for 1 and 2 threads.
"$bin" crisis $sp/ukraine-nuclear.yaml --replicates 3000 --format json --threads 1 >"$tmp/t1.json"
"$bin" crisis $sp/ukraine-nuclear.yaml --replicates 3000 --format json --threads 2 >"$tmp/t2.json"
check "JSON identical for 1 and 2 threads" "cmp -s '$tmp/t1.json' '$tmp/t2.json'"
"$bin" crisis taiwan-2035 --replicates 5000 --format json --threads 1 >"$tmp/w1.json"
"$bin" crisis taiwan-2035 --replicates 5000 --format json --threads 2 >"$tmp/w2.json"
check "JSON identical for 1 and 2 threads (fractional draws)" "cmp -s '$tmp/w1.json' '$tmp/w2.json'"
check "JSON has results.crisis as an array" "grep -q '^    \"crisis\": \\[' '$tmp/t1.json'"
for key in name aggressor target patron theatre target_nuclear replicates draws_without_pure_equilibrium why; do
  check "JSON has crisis.$key" "grep -q '^        \"$key\": ' '$tmp/t1.json'"
done
for key in p_attack p_defend_if_attacked p_nuclear_use p_target_conquered; do
  check "JSON has crisis.$key with mean, lo, hi" \
    "grep -A3 '^        \"$key\": {' '$tmp/t1.json' | grep -q '\"hi\": '"
  check "JSON has without_bomb.$key" "grep -q '^          \"$key\": {' '$tmp/t1.json'"
done
# ukraine-nuclear: A is deterred in every draw, so the conditional on
# attack is undefined: null with its reason, never a number.
check "JSON: p_defend_given_attack null with a reason when no draw attacks" \
  "grep -q '^        \"p_defend_given_attack\": null' '$tmp/t1.json' && grep -q '^        \"p_defend_given_attack_null\": \"no draw attacks\"' '$tmp/t1.json' && grep -q '^        \"attacking_draws\": 0' '$tmp/t1.json'"
check "JSON: p_defend_given_attack with mean, lo, hi where A attacks" \
  "grep -A3 '^        \"p_defend_given_attack\": {' '$tmp/w1.json' | grep -q '\"hi\": '"
check "JSON names RUS, UKR, USA" \
  "grep -q '\"aggressor\": \"RUS\"' '$tmp/t1.json' && grep -q '\"target\": \"UKR\"' '$tmp/t1.json' && grep -q '\"patron\": \"USA\"' '$tmp/t1.json'"
check "yokushi run walks the engine" \
  "'$bin' run ukraine-2022 --replicates 500 --format json | grep -q '\"crisis\": \\['"
check "CSV has the header and 12 probability rows (6 measures, with and without the bomb)" \
  "'$bin' crisis $sp/ukraine-2022.yaml --replicates 500 --format csv >'$tmp/r.csv' && head -1 '$tmp/r.csv' | grep -q '^scenario,scenario_sha256,seed,version,engine,measure,id,year,variant,mean,lo,hi\$' && [ \$(awk -F, '\$6 ~ /^p_/' '$tmp/r.csv' | wc -l) -eq 12 ]"

# The seed-000 contrast at the scenarios' own replicates (20,000) and seeds.
"$bin" crisis $sp/ukraine-2022.yaml --format csv >"$tmp/u22.csv"
"$bin" crisis $sp/ukraine-nuclear.yaml --format csv >"$tmp/unuc.csv"
a22=$(csv_mean "$tmp/u22.csv" '' p_attack); d22=$(csv_mean "$tmp/u22.csv" '' p_defend_given_attack)
i22=$(csv_mean "$tmp/u22.csv" '' p_defend_if_attacked)
anuc=$(csv_mean "$tmp/unuc.csv" '' p_attack); dnuc=$(csv_mean "$tmp/unuc.csv" '' p_defend_given_attack)
inuc=$(csv_mean "$tmp/unuc.csv" '' p_defend_if_attacked)
echo "ukraine-2022: P(attack) $a22, P(defend|attack) $d22, P defends if attacked $i22; ukraine-nuclear: P(attack) $anuc, P(defend|attack) '$dnuc', P defends if attacked $inuc"
# (0.857 and 0.147 before the hesitant type paid the whole war and weighed
# reputation and devaluation at hesitancy: now it abandons in every draw.)
check "ukraine-2022: A attacks, P's policy mostly abandons" "near '$a22' 1 0.001 && near '$i22' 0.015 0.01"
# Where Russia attacks, the US (hesitant with prior 1 - kappa) abandons:
# only the rare resolute type defends, so the conditional is near 0, and
# P(attack) + P(defend|attack) is no identity (it was 1.000 when the
# policy over all draws went by that name).
# (0.0049 before the ladder wiring, 0.0056 with it: rho from the ladder
# instead of escalation_defend 0.05.)
check "ukraine-2022: P(defend|attack) is the conditional, near 0" \
  "near '$d22' 0 0.02 && ! near \$(awk 'BEGIN { print $a22 + $d22 }') 1 0.01"
check "ukraine-nuclear: A deterred, P's policy defends, the conditional undefined" \
  "near '$anuc' 0 0 && near '$inuc' 1 0 && [ -z '$dnuc' ]"
check "ukraine-nuclear without the bomb is ukraine-2022" \
  "near '$(csv_mean "$tmp/unuc.csv" without_bomb p_attack)' '$a22' 0.02"

# The crossing: P switches from abandon to defend as the devaluation cost grows.
# (0.6128945 and 0.6805661 before the ladder wiring: rho 0.05 / 0.15 from the
# coefficients; now from the ladder's continuation.)
"$bin" crisis $sp/ukraine-nuclear.yaml --vary devaluation_weight=0:10:11 --replicates 200 >"$tmp/vary.txt"
check "--vary finds the resolute patron's switch at 0.5932593" \
  "grep -q 'devaluation_weight = 0.5932593: attack; P abandon/abandon; .* -> attack; P defend/abandon' '$tmp/vary.txt'"
# (0.6686287 before the hesitant type weighed devaluation at hesitancy.)
check "--vary finds deterrence at 5.4382157" \
  "grep -q 'devaluation_weight = 5.4382157: .* -> deterred; P defend/defend' '$tmp/vary.txt'"
"$bin" crisis $sp/ukraine-nuclear.yaml --vary devaluation_weight=0:10:3 --replicates 200 --format json >"$tmp/vary.json"
at=$(awk '/"at": / { sub(/,$/, "", $2); print $2; exit }' "$tmp/vary.json")
check "--vary on a coarse grid still bisects to the same point (1e-6)" "near '$at' 0.5932596 2e-6"

# The exported game solved by `yokushi solve` has an equilibrium with the
# engine's own path: A's choice and payoff, each type's response, P's payoff
# (the why lines print them to 3 decimals).
engine_path() { # SCENARIO -> "attack apay r0 r1 ppay"
  "$bin" crisis "$1" --replicates 100 | awk '
    /^  A attacks:/ { att = 1; for (i = 1; i <= NF; i++) if ($i == "yields") ap = $(i + 1) }
    /^  A is deterred:/ { att = 0; ap = 0 }
    /^  P \((resolute|hesitant), prior / {
      t = ($2 == "(resolute,") ? 0 : 1; k = $4; sub(/\)/, "", k); if (t == 0) kappa = k
      v = $5; if (v == "is") for (i = 1; i <= NF; i++) if ($i == "goes") { v = $(i + 2); break }
      r[t] = (v ~ /^abandon/) ? "abandon" : (v ~ /^defend/) ? "defend" : "threat"
      for (i = 1; i <= NF; i++) if ($i == "costs") { c[t] = $(i + 1) + 0; break } }
    END { pp = att ? -(kappa * c[0] + (1 - kappa) * c[1]) : 0
          print att, ap, r[0], r[1], pp }'
}
solver_has() { # FILE attack apay r0 r1 ppay: an equilibrium with that path
  awk -v RS= -v att="$2" -v ap="$3" -v r0="$4" -v r1="$5" -v pp="$6" '
    function chose(s, set, act,   i, j, b) { i = index(s, "[" set ": "); if (!i) return 0
      b = substr(s, i); j = index(b, "]"); return index(substr(b, 1, j), " " act "=1") > 0 }
    function pay(s, who,   n, l, i, f) { n = split(s, l, "\n")
      for (i = 1; i <= n; i++) if (l[i] ~ "^  " who ":") { f = split(l[i], w, " "); return w[f] } }
    function within(a, b, t) { return (a - b <= t && b - a <= t) }
    /^equilibrium/ {
      if (!chose($0, "A:attack", att ? "attack" : "status quo")) next
      if (!chose($0, "P0:respond", r0) || !chose($0, "P1:respond", r1)) next
      if (!within(pay($0, "A"), ap, 0.0006) || !within(pay($0, "P"), pp, 0.002)) next
      found = 1 }
    END { exit !found }' "$1"
}
for s in ukraine-2022 ukraine-nuclear japan-2024 taiwan-2035 germany-nuclear; do
  "$bin" crisis "$s" --export "$tmp/$s.efg"
  check "$s: --export writes a Gambit file" "head -1 '$tmp/$s.efg' | grep -q '^EFG 2 R'"
  path=$(engine_path "$s")
  "$bin" solve "$tmp/$s.efg" --method enumpure --format text >"$tmp/$s.txt"
  echo "$s: engine path (attack, A payoff, P responses, P payoff) $path; enumpure: $(grep -c '^equilibrium' "$tmp/$s.txt") equilibria"
  # shellcheck disable=SC2086
  check "$s: enumpure finds the engine's equilibrium path" "solver_has '$tmp/$s.txt' $path"
done
check "the exported game also solves by logit -e" \
  "'$bin' solve '$tmp/ukraine-2022.efg' --method logit -e --format json >/dev/null"

# Ties: an exact tie is an indifference with the rule that broke it, never
# a decision with margin 0.000 (a defend/threat tie is in
# tests/unit/models/crisis_margins_test.c; here restrain/permit below).
"$bin" crisis $sp/germany-nuclear.yaml --replicates 100 >"$tmp/tie.txt"
"$bin" crisis $sp/ukraine-nuclear.yaml --replicates 100 >"$tmp/tie2.txt"
# (germany-nuclear's hesitant US decides by 0.00026: a margin under 0.0005
# is printed to 2 significant digits, never as 0.000.)
check "no why line reports margin 0.000 or <=" "! grep -q 'margin 0[.]000)\\|<=' '$tmp/tie.txt' '$tmp/tie2.txt' && grep -q 'margin 0.00026)' '$tmp/tie.txt'"
check "restrain/permit at equal cost is an indifference" \
  "grep -q '^  P (resolute) is indifferent between restraining and permitting a losing T' '$tmp/tie2.txt'"

# How close the calls are: in words when every draw agrees, else counts.
check "every draw the same equilibrium is said in words" \
  "grep -q '^  every one of the 100 draws gives the equilibrium at the means' '$tmp/tie2.txt'"
check "each decision's margin across draws in text" \
  "grep -q '^  margins across draws (5% / 50% / 95%; .*): attack 0[.][0-9]*/0[.][0-9]*/0[.][0-9]' '$tmp/tie.txt'"
"$bin" crisis $sp/ukraine-2022.yaml --replicates 1000 --format json >"$tmp/close.json"
check "JSON has margin_quantiles with p05, p50, p95" \
  "sed -n '/margin_quantiles/,/reply_threat/p' '$tmp/close.json' | grep -q '\"p95\": '"
check "JSON counts the draws deciding otherwise, by decision" \
  "grep -q '^        \"draws_with_other_equilibrium\": [1-9]' '$tmp/close.json' && sed -n '/draws_deciding_otherwise/,/}/p' '$tmp/close.json' | grep -q '\"respond_resolute\": [1-9]'"

# Signalling stage and QRE at the means.
check "--signal lists four profiles and a choice" \
  "'$bin' crisis $sp/ukraine-2022.yaml --signal >'$tmp/sig.txt' && [ \$(grep -c 'PBE' '$tmp/sig.txt') -eq 4 ] && grep -q '^chosen: separating (resolute signals)' '$tmp/sig.txt'"
check "--signal: ukraine-nuclear needs no signal" \
  "'$bin' crisis $sp/ukraine-nuclear.yaml --signal | grep -q '^chosen: pooling on no signal'"
check "--lambda 0 is uniform play (P(attack) 0.5)" \
  "'$bin' crisis $sp/ukraine-2022.yaml --lambda 0 | grep -q 'logit QRE, lambda 0: P(attack) 0.5000'"
check "--lambda large approaches the equilibrium" \
  "'$bin' crisis $sp/ukraine-nuclear.yaml --lambda 1000 | grep -q 'P(attack) 0.0000'"
# --signal and --lambda in JSON: results.crisis_signal and results.crisis_qre.
"$bin" crisis $sp/ukraine-2022.yaml --signal --lambda 5 --format json >"$tmp/sq.json"
check "--signal --lambda JSON has results.crisis_qre and results.crisis_signal" \
  "grep -q '^    \"crisis_qre\": {' '$tmp/sq.json' && grep -q '^    \"crisis_signal\": {' '$tmp/sq.json'"
for key in crisis lambda converged threat_available p_attack p_defend_given_attack p_threat_given_attack \
           p_nuclear_use p_target_conquered respond fight_after_defend fight_after_threat; do
  check "JSON has crisis_qre.$key" "sed -n '/\"crisis_qre\"/,/^    }/p' '$tmp/sq.json' | grep -q '^      \"$key\": '"
done
for key in crisis signal_cost signal_tie prior threat_available profiles chosen after_no_signal after_signal; do
  check "JSON has crisis_signal.$key" "sed -n '/\"crisis_signal\"/,/^    }/p' '$tmp/sq.json' | grep -q '^      \"$key\": '"
done
check "JSON: four signalling profiles, each with pbe and payoffs" \
  "[ \$(grep -c '\"payoff_hesitant\": ' '$tmp/sq.json') -eq 4 ] && [ \$(grep -c '\"pbe\": ' '$tmp/sq.json') -eq 4 ]"
# (Both types pooled on the signal before the hesitant type weighed the
# tie's reputation at hesitancy: now the signal separates them.)
check "JSON: ukraine-2022 separates (the resolute type signals), belief after it 1" \
  "grep -q '\"chosen\": \"separating_resolute_signals\"' '$tmp/sq.json' && sed -n '/\"after_signal\"/,/}/p' '$tmp/sq.json' | grep -q '\"belief\": 1,'"
check "JSON: the QRE converged at lambda 5" "grep -q '\"converged\": true' '$tmp/sq.json'"
check "--lambda 0 JSON is uniform play" \
  "'$bin' crisis $sp/ukraine-2022.yaml --lambda 0 --format json | grep -q '\"p_attack\": 0.5,'"
check "--signal alone writes no crisis_qre" \
  "'$bin' crisis $sp/ukraine-nuclear.yaml --signal --format json >'$tmp/s.json' && ! grep -q crisis_qre '$tmp/s.json' && grep -q '\"chosen\": \"pooling_no_signal\"' '$tmp/s.json'"
check "--signal --format csv exits 2" "'$bin' crisis $sp/ukraine-2022.yaml --signal --format csv >/dev/null 2>&1; [ \$? -eq 2 ]"
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
