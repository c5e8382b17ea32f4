#!/bin/sh
# Each tests/data/bad/NAME.yaml, validated, prints exactly NAME.expect on
# stderr and exits 2. Usage: bad_files.sh YOKUSHI (run from tests/).
set -u
bin=$1
cd data/bad || exit 1
fail=0; n=0
for f in *.yaml; do
  name=${f%.yaml}
  [ -f "$name.expect" ] || continue
  n=$((n + 1))
  got=$("$bin" validate "$f" 2>&1 >/dev/null); rc=$?
  if [ "$rc" -ne 2 ]; then
    echo "FAIL $f: exit $rc, expected 2"; fail=$((fail + 1)); continue
  fi
  if [ "$got" != "$(cat "$name.expect")" ]; then
    echo "FAIL $f: messages differ"; echo "--- expected"; cat "$name.expect"
    echo "--- got"; echo "$got"; fail=$((fail + 1)); continue
  fi
done
echo "$((n - fail)) passed, $fail failed"
[ "$n" -gt 0 ] && [ "$fail" -eq 0 ]
