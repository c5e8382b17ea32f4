#!/bin/sh
# Progress bars (docs/CLI.md "Progress"): a run longer than a second with
# stderr on a terminal shows a bar with percent and time left, cleared
# before the results print; never when stderr is a pipe or a file; Ctrl-C
# prints its message on a line of its own. The terminal is a pty made by
# Python's pty module.
# yk-test: timeout=120
# Usage: progress.sh YOKUSHI (run from tests/).
set -u
bin=$1
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v python3 >/dev/null || { echo "skipped: no python3"; exit 0; }

# pty.py OUT ERR SIGINT_AFTER CMD...: CMD with stderr on a pty (stdout to
# OUT); what the terminal got goes to ERR; SIGINT after that many seconds
# (0: none). Prints the exit code.
cat >"$tmp/onpty.py" <<'PY'
import os, pty, signal, subprocess, sys, time
out, err, after = sys.argv[1], sys.argv[2], float(sys.argv[3])
master, slave = pty.openpty()
with open(out, "wb") as o:
    p = subprocess.Popen(sys.argv[4:], stdout=o, stderr=slave, stdin=subprocess.DEVNULL)
os.close(slave)
got = b""
start = time.monotonic()
sent = False
while True:
    if after and not sent and time.monotonic() - start > after:
        p.send_signal(signal.SIGINT)
        sent = True
    try:
        import select
        r, _, _ = select.select([master], [], [], 0.05)
        if r:
            chunk = os.read(master, 4096)
            if not chunk:
                break
            got += chunk
        elif p.poll() is not None:
            # drain what is left
            while True:
                r, _, _ = select.select([master], [], [], 0.05)
                if not r:
                    break
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                got += chunk
            break
    except OSError:
        break
open(err, "wb").write(got)
print(p.wait())
PY
# ~2.5 s of work on this machine (2 cores): past the bar's one second.
# Under the sanitizers (YK_TEST_SANITIZED, set by CMake) a tenth is
# already ~8 s: the four long runs took 337 s of `make check` at 200,000.
reps=200000
[ -n "${YK_TEST_SANITIZED:-}" ] && reps=20000
long="cascade neglect-2025 --replicates $reps --format csv"
rc=$(python3 "$tmp/onpty.py" "$tmp/out" "$tmp/tty" 0 "$bin" $long)
check "a long run on a terminal exits 0" "[ '$rc' = 0 ]"
check "the bar shows percent and time left" "grep -q '%.*left' '$tmp/tty'"
check "the bar is cleared before the end (erase to end of line last)" \
  "python3 -c \"import sys; t = open('$tmp/tty', 'rb').read(); assert t.endswith(b'\\r\\x1b[K'), t[-40:]\""
check "results are whole on stdout" "[ \$(grep -c '^scenario,' '$tmp/out') -eq 1 ] && [ \$(wc -l <'$tmp/out') -gt 1000 ]"

"$bin" $long >"$tmp/out2" 2>"$tmp/pipe"
check "no bar when stderr is a file" "[ ! -s '$tmp/pipe' ]"
"$bin" $long 2>&1 >/dev/null | cat >"$tmp/pipe2"
check "no bar when stderr is a pipe" "[ ! -s '$tmp/pipe2' ]"
check "the same results with and without the bar" "cmp -s '$tmp/out' '$tmp/out2'"

rc=$(python3 "$tmp/onpty.py" "$tmp/out3" "$tmp/tty3" 1.5 "$bin" cascade neglect-2025 --replicates 5000000)
check "Ctrl-C on a terminal: exit 1, nothing on stdout" "[ '$rc' = 1 ] && [ ! -s '$tmp/out3' ]"
check "the stop message starts its own line" \
  "python3 -c \"import re; t = open('$tmp/tty3', 'rb').read(); i = t.find(b'yokushi'); assert i == 0 or t[:i].endswith(b'\\r\\x1b[K') or t[:i].endswith(b'\\n'), t[-120:]\""
YOKUSHI_NO_PROGRESS=1 python3 "$tmp/onpty.py" "$tmp/out4" "$tmp/tty4" 0 "$bin" $long >/dev/null
check "YOKUSHI_NO_PROGRESS=1 turns the bar off" "[ ! -s '$tmp/tty4' ]"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
