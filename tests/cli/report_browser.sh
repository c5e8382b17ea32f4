#!/bin/sh
# The report in a real browser: `yokushi report` of the built-in set,
# rendered by headless Chromium to a DOM dump and a PNG. Fails when the
# page logs an error, when a chart's data has an empty bounding box (an
# inline script injected into a copy of the page writes every chart's
# getBBox() into the DOM that --dump-dom prints), or when the PNG is
# blank (tests/cli/pngcheck.py reads it with zlib alone).
# Skips (exit 77) when Chromium is absent; CI installs it (scripts/deps.sh).
# Usage: report_browser.sh YOKUSHI (run from tests/).
set -u
bin=$1
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "SKIP: no chromium on PATH"
  exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: no python3 for the PNG check"
  exit 77
fi
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" report --replicates 2000 -o "$tmp/report.html" 2>"$tmp/report.err"
check "report of the built-in set exits 0" "[ \$? -eq 0 ]"
n_charts=$(grep -c '<svg class="yk-chart"' "$tmp/report.html")
check "the page has charts ($n_charts)" "[ '$n_charts' -gt 10 ]"

# A copy with a probe: errors recorded from the first script on, and at
# the end every chart's data bounding box written into the DOM.
python3 - "$tmp/report.html" "$tmp/probe.html" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
head = ("<script>window.__errors=[];window.addEventListener('error',"
        "function(e){window.__errors.push(String(e.message));});</script>")
tail = """<script>
(function(){
  var charts = document.querySelectorAll('svg.yk-chart'), bad = [];
  charts.forEach(function(svg, i) {
    var g = svg.querySelector('g.yk-data'), b = g ? g.getBBox() : {width: 0, height: 0};
    if (!(b.width > 0 && b.height > 0)) bad.push('empty chart ' + i + ': ' + svg.getAttribute('aria-label'));
  });
  var pre = document.createElement('pre');
  pre.id = 'yk-probe';
  pre.textContent = 'YKPROBE charts=' + charts.length + ' empty=' + bad.length +
      ' errors=' + window.__errors.length + '\\n' + bad.concat(window.__errors).join('\\n');
  document.body.appendChild(pre);
})();
</script>"""
page = page.replace("<head>\n", "<head>\n" + head + "\n", 1).replace("</body>", tail + "</body>", 1)
open(sys.argv[2], "w", encoding="utf-8").write(page)
PY

flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir=$tmp/profile --enable-logging=stderr --v=0"
timeout 60 "$browser" $flags --dump-dom "file://$tmp/probe.html" >"$tmp/dom.html" 2>"$tmp/dom.err"
check "chromium --dump-dom exits 0" "[ \$? -eq 0 ]"
probe=$(grep -o 'YKPROBE charts=[0-9]* empty=[0-9]* errors=[0-9]*' "$tmp/dom.html")
echo "probe: $probe"
check "every chart reached the DOM" "[ \"\$probe\" != '' ] && echo '$probe' | grep -q 'charts=$n_charts '"
check "no chart has an empty bounding box" "echo '$probe' | grep -q 'empty=0 '"
check "the page raised no error" "echo '$probe' | grep -q 'errors=0\$'"
check "the browser logged no console error or failed load" \
  "! grep -E 'CONSOLE|Uncaught|Failed to load|net::ERR' '$tmp/dom.err'"
grep -A20 'yk-probe' "$tmp/dom.html" | grep -E 'empty chart|Error' | head -5

timeout 60 "$browser" $flags --window-size=1000,2000 --screenshot="$tmp/page.png" \
  "file://$tmp/report.html" >/dev/null 2>"$tmp/shot.err"
check "chromium --screenshot exits 0" "[ \$? -eq 0 ] && [ -s '$tmp/page.png' ]"
check "the PNG is not blank" "python3 '$(dirname "$0")/pngcheck.py' '$tmp/page.png'"

echo "report_browser: $pass passed, $fail failed"
[ $fail -eq 0 ]
