#!/bin/sh
# Did-you-mean (docs/CLI.md "Names and ids"): misspelt commands, options,
# built-in names, state, alliance, rivalry and crisis ids get the likely
# one; a pair id the wrong way round gets the right one ("write USA-JPN",
# "write CHN-USA"); ids match whatever their case where only one does.
# Usage: suggest.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
says() { "$bin" "$@" 2>&1 >/dev/null; }
check "command" "says cascde neglect-2025 | grep -q 'did you mean \"cascade\"'"
check "command, exit 2" "'$bin' rn >/dev/null 2>&1; [ \$? -eq 2 ]"
check "common option" "says run --seeed 3 | grep -q 'did you mean \"--seed\"'"
check "engine option" "says crisis ukraine-2022 --vray x | grep -q 'did you mean \"--vary\"'"
check "the program's own option of an engine" "says crisis ukraine-2022 --exprt x.efg | grep -q 'did you mean \"--export\"'"
check "built-in name" "says crisis ukrane-2022 | grep -q 'did you mean \"ukraine-2022\"'"
check "built-in name, exit 2" "'$bin' crisis ukrane-2022 >/dev/null 2>&1; [ \$? -eq 2 ]"
check "state id" "says show state JPX | grep -q 'did you mean \"JPN\"'"
check "state id in any case" "'$bin' show state jpn | grep -q '^states.JPN '"
check "alliance id in any case" "'$bin' show alliance usa-jpn | grep -q '^alliances.USA-JPN '"
check "alliance id reversed" "says show alliance JPN-USA | grep -q 'alliance ids are PATRON-ALLY: write USA-JPN'"
check "rivalry id reversed" "says show rivalry USA-CHN | grep -q 'rivalry ids are in alphabetical order: write CHN-USA'"
check "rivalry shown" "'$bin' show rivalry chn-usa | grep -q '^rivalries.CHN-USA '"
check "show's word" "says show stat JPN | grep -q 'did you mean \"state\"'"
check "crisis name in any case" "'$bin' crisis ukraine-2022 --crisis UKRAINE-2022 --signal | grep -q 'ukraine-2022'"
check "crisis name typo" "says crisis ukraine-2022 --crisis ukrain-2022 --signal | grep -q 'did you mean \"ukraine-2022\"'"
check "runs verb" "says runs lst --store x.db | grep -q 'did you mean \"list\"'"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
