#!/bin/sh
# `yokushi report` (docs/CLI.md): usage and exit codes, and the issue's
# acceptance on ukraine-2022 ukraine-nuclear neglect-2025 - no external
# reference (no http://, https:// or // at all, no script), a chart per
# engine result, the same bytes across two runs and thread counts, the
# run's identity, --charts files as standalone SVG, --vary curves with
# their crossing points marked.
# Usage: report.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check "--help exits 0" "'$bin' report --help | grep -q 'usage: yokushi report'"
check "listed in yokushi --help" "'$bin' --help | grep -q '^  report '"
check "no -o exits 2" "'$bin' report ukraine-2022 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "-o without a value exits 2" "'$bin' report ukraine-2022 -o >/dev/null 2>&1; [ \$? -eq 2 ]"
check "unknown option exits 2" "'$bin' report ukraine-2022 -o '$tmp/x.html' --frob >/dev/null 2>&1; [ \$? -eq 2 ]"
check "unknown scenario exits 2, no page" \
  "'$bin' report no-such -o '$tmp/x.html' >/dev/null 2>&1; [ \$? -eq 2 ] && [ ! -e '$tmp/x.html' ]"
check "bad --vary exits 2 before any run" \
  "'$bin' report ukraine-2022 -o '$tmp/x.html' --vary kappa=1:0:5 >/dev/null 2>&1; [ \$? -eq 2 ] && [ ! -e '$tmp/x.html' ]"
check "--crisis without --vary exits 2" \
  "'$bin' report ukraine-2022 -o '$tmp/x.html' --crisis ukraine-2022 >/dev/null 2>&1; [ \$? -eq 2 ]"

set3="ukraine-2022 ukraine-nuclear neglect-2025"
"$bin" report $set3 -o "$tmp/r1.html" --threads 1 2>/dev/null
check "report of three scenarios exits 0" "[ \$? -eq 0 ] && [ -s '$tmp/r1.html' ]"
cp "$tmp/r1.html" "$tmp/first.html"
"$bin" report $set3 -o "$tmp/r1.html" --threads 1 2>/dev/null
check "byte-identical across two runs" "cmp -s '$tmp/first.html' '$tmp/r1.html'"
"$bin" report $set3 -o "$tmp/r4.html" --threads 2 2>/dev/null
check "the same numbers and charts with 2 threads (the command line differs)" \
  "[ \$(diff '$tmp/r1.html' '$tmp/r4.html' | grep -c '^[<>]') -eq 2 ] && diff '$tmp/r1.html' '$tmp/r4.html' | grep '^[<>]' | grep -q 'threads 2'"
check "no http://, https:// or // anywhere" "! grep -qE 'https?:|//' '$tmp/r1.html'"
check "no script, no external style, font or image" \
  "! grep -qiE '<script|<link|@import|@font-face|<img|url\\(' '$tmp/r1.html'"
check "one HTML document" "head -1 '$tmp/r1.html' | grep -q '^<!DOCTYPE html>' && tail -1 '$tmp/r1.html' | grep -q '^</html>'"
check "a section per scenario" "[ \$(grep -c '<section class=\"scenario\"' '$tmp/r1.html') -eq 3 ]"
# a chart per engine result: every result section holds a figure
results=$(grep -c '<section class="result"' "$tmp/r1.html")
check "three engine results" "[ '$results' -eq 3 ]"
check "a chart in every result" \
  "awk '/<section class=\"result\"/{if (open && !fig) bad=1; open=1; fig=0} /<figure/{fig=1} END{if (open && !fig) bad=1; exit bad}' '$tmp/r1.html'"
check "crisis bars with and without the bomb" \
  "grep -q 'T without the bomb' '$tmp/r1.html' && grep -q 'as given (T nuclear)' '$tmp/r1.html' && grep -q 'as given (T no bomb)' '$tmp/r1.html'"
check "cascade fan chart and credibility paths" \
  "grep -q 'P(nuclear-armed by year)' '$tmp/r1.html' && grep -q 'Umbrella credibility by year' '$tmp/r1.html'"
sha=$("$bin" run ukraine-2022 --format json --replicates 10 | grep scenario_sha256 | sed 's/.*: "\(.*\)".*/\1/')
check "the run's identity: SHA-256, seed, version, command" \
  "grep -q '$sha' '$tmp/r1.html' && grep -q 'seed <b>2022</b>' '$tmp/r1.html' && grep -q 'yokushi report ukraine-2022 ukraine-nuclear neglect-2025 -o' '$tmp/r1.html' && grep -q \"yokushi \$('$bin' --version | cut -d' ' -f2)\" '$tmp/r1.html'"
check "why lines in the page" "grep -q 'why (ukraine-2022, at the parameters' '$tmp/r1.html'"
check "inputs with their provenance" \
  "grep -q 'Inputs and their provenance' '$tmp/r1.html' && grep -q 'assumption: Soviet-era air-launched' '$tmp/r1.html' && grep -q '<dt>F1</dt>' '$tmp/r1.html'"
check "print style sheet" "grep -q '@media print' '$tmp/r1.html'"
check "a seed changes the page" \
  "'$bin' report ukraine-2022 -o '$tmp/s.html' --seed 7 --replicates 500 2>/dev/null && grep -q 'seed <b>7</b>' '$tmp/s.html'"

# --charts: every chart of the page as its own SVG file
"$bin" report $set3 -o "$tmp/r3.html" --threads 1 --charts "$tmp/charts" 2>/dev/null
check "--charts exits 0, the page the same but for the command line" \
  "[ \$? -eq 0 ] && [ \$(diff '$tmp/r1.html' '$tmp/r3.html' | grep -c '^[<>]') -eq 2 ] && diff '$tmp/r1.html' '$tmp/r3.html' | grep '^>' | grep -q -- '--charts'"
n_files=$(ls "$tmp/charts" | grep -c '\.svg$')
n_figs=$(grep -c '<figure' "$tmp/r1.html")
check "one SVG file per chart ($n_files of $n_figs)" "[ '$n_files' -eq '$n_figs' ]"
check "chart files are named SCENARIO.ENGINE.N-NAME.svg" \
  "[ -f '$tmp/charts/neglect-2025.cascade.1-p_nuclear.svg' ] && [ -f '$tmp/charts/ukraine-nuclear.crisis.1-ukraine-2022.svg' ]"
check "chart files are standalone SVG" \
  "head -2 '$tmp/charts/neglect-2025.cascade.1-p_nuclear.svg' | grep -q 'xmlns=\"http://www.w3.org/2000/svg\"'"
if command -v python3 >/dev/null 2>&1; then
  check "chart files are well-formed XML" \
    "python3 -c 'import sys, xml.dom.minidom as m; [m.parse(f) for f in sys.argv[1:]]' '$tmp/charts'/*.svg"
fi

check "--charts refuses two scenarios of one name (exit 2, nothing written)" \
  "'$bin' report ukraine-2022 ../scenarios/ukraine-2022.yaml -o '$tmp/d.html' --charts '$tmp/dup' >/dev/null 2>&1; [ \$? -eq 2 ] && [ ! -e '$tmp/d.html' ] && [ ! -e '$tmp/dup' ]"

check "a scenario that fails after one that ran: exit 2, no page, no chart file" \
  "'$bin' report ukraine-2022 no-such -o '$tmp/f.html' --charts '$tmp/fc' >/dev/null 2>&1; [ \$? -eq 2 ] && [ ! -e '$tmp/f.html' ] && [ -z \"\$(ls '$tmp/fc' 2>/dev/null)\" ]"

# --vary: a sweep's curves with the crossing points marked
"$bin" report ukraine-nuclear -o "$tmp/v.html" --vary devaluation_weight=0:10:11 --replicates 200 \
  --charts "$tmp/vc" 2>/dev/null
check "--vary exits 0 and adds the sweep" \
  "[ \$? -eq 0 ] && grep -q 'crisis --vary devaluation_weight=0:10:11' '$tmp/v.html' && grep -q 'the outcome as devaluation_weight varies' '$tmp/v.html'"
# (4.6475348 before the ladder wiring moved rho, then 3.7106595; 5.8778329
# since the hesitant type weighs devaluation at hesitancy)
check "--vary marks the crossing point at 5.878 (yokushi crisis ukraine-nuclear --vary: 5.8778329)" \
  "grep -q 'class=\"marker\"' '$tmp/v.html' && grep -q 'the equilibrium at the means changes at 5.878' '$tmp/v.html'"
check "--vary chart file" "ls '$tmp/vc' | grep -q 'crisis.vary.1-vary.svg'"

# --add: a sensitivity analysis's tornado chart and a 2-D sweep's heat maps
"$bin" report baltic-2025 --replicates 200 -o "$tmp/add.html" --charts "$tmp/ac" \
  --add 'sensitivity --measure p_attack --id baltic-poland --samples 16 --replicates 10' \
  --add 'sweep --measure p_attack --id baltic-poland --set alliances.USA-POL.credibility=0:1:3 --set theatres.baltic.forces.RUS.ready=4:20:3' \
  2>/dev/null
check "--add exits 0 and runs both" \
  "[ \$? -eq 0 ] && grep -q 'sensitivity --measure p_attack' '$tmp/add.html' && grep -q 'sweep --measure p_attack' '$tmp/add.html'"
check "--add sensitivity: the tornado chart ranks the inputs" \
  "grep -q 'Sobol.* indices: crisis p_attack baltic-poland' '$tmp/ac/baltic-2025.sensitivity.add1.1-tornado.svg' && grep -q 'class=\"tick\">theatres.baltic' '$tmp/ac/baltic-2025.sensitivity.add1.1-tornado.svg'"
check "--add sweep over two inputs: a heat map (9 cells)" \
  "[ \$(grep -c '<rect x=.*fill=\"#' '$tmp/ac/baltic-2025.sweep.add2.1-heat.svg') -ge 9 ]"
# Issue 17's acceptance: ukraine-2022's P(attack) over every uncertain
# input and every crisis assumption, ranked in a tornado chart.
"$bin" report ukraine-2022 --replicates 200 -o "$tmp/uk.html" --charts "$tmp/uc" \
  --add 'sensitivity --engine crisis --measure p_attack --id ukraine-2022 --uncertain --assumptions --samples 8 --replicates 1' \
  2>/dev/null
check "--add sensitivity on ukraine-2022 with --assumptions: a tornado chart" \
  "[ \$? -eq 0 ] && grep -q 'Sobol.* indices: crisis p_attack ukraine-2022' '$tmp/uc/ukraine-2022.sensitivity.add1.1-tornado.svg' && grep -q 'class=\"tick\">coefficients.crisis' '$tmp/uc/ukraine-2022.sensitivity.add1.1-tornado.svg'"
# Its headline table shows the largest indices, not the first inputs.
"$bin" sensitivity ukraine-2022 --engine crisis --measure p_attack --id ukraine-2022 --uncertain \
  --assumptions --samples 8 --replicates 1 --format csv >"$tmp/uk.csv"
top=$(awk -F, 'NR > 1 && $6 == "ST" { m = $10 < 0 ? -$10 : $10; if (m > best) { best = m; id = $7 } } END { print id }' "$tmp/uk.csv")
check "the headline table shows the input with the largest ST ($top)" \
  "[ -n '$top' ] && grep -q '<td>ST</td><td>$top</td>' '$tmp/uk.html' && grep -q 'the 12 largest in absolute value' '$tmp/uk.html'"
check "counts print as whole numbers in the headline table" \
  "grep -q '<td>replicates</td><td>ukraine-2022</td><td></td><td></td><td class=\"num\">200</td>' '$tmp/uk.html'"
"$bin" report baltic-2025 -o "$tmp/bad.html" --add 'nosuch --x 1' 2>"$tmp/bad.err"
check "--add of an unknown engine: exit 2, no page" "[ \$? -eq 2 ] && [ ! -e '$tmp/bad.html' ] && grep -q 'no engine nosuch' '$tmp/bad.err'"
"$bin" report baltic-2025 -o "$tmp/bad.html" --add 'sweep --bogus 1' 2>"$tmp/bad.err"
check "--add with an option the engine lacks: exit 2" "[ \$? -eq 2 ] && grep -q 'not an option of sweep' '$tmp/bad.err'"

# Ctrl-C during a long run: exit 1 and no page (the atomic writers)
"$bin" report ukraine-2022 --replicates 200000000 --threads 1 -o "$tmp/int.html" 2>/dev/null &
pid=$!
sleep 1
kill -INT $pid
wait $pid
rc=$?
check "Ctrl-C: exit 1 ($rc), no page written" "[ $rc -eq 1 ] && [ ! -e '$tmp/int.html' ]"

echo "report: $pass passed, $fail failed"
[ $fail -eq 0 ]
