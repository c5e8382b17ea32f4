#!/bin/sh
# The public headers as a C or C++ program sees them: all together, as
# C11 and as C++17, with -Wall -Wextra -Werror -pedantic, under every one
# of gcc, clang, g++ and clang++ that is installed (at least one C++
# compiler must be); and each one alone (it includes what it needs) under
# the build's C compiler.
# Usage (from CTest, run in the source tree): sh headers.sh
set -u
src=${YK_SOURCE_DIR:-.}
inc=$src/include
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
# One translation unit that includes the given headers and uses a name
# from the umbrella header, so an empty include still compiles something.
unit() {
  for h in "$@"; do echo "#include <yokushi/$h>"; done
  echo '#include <yokushi/yokushi.h>'
  echo 'int main(void) { return yk_version_number() == YK_VERSION_NUMBER ? 0 : 1; }'
}
try() { # try COMPILER STD FILE
  if "$1" -std="$2" -Wall -Wextra -Werror -pedantic -I"$inc" -c "$3" -o "$tmp/o.o" 2>"$tmp/err"; then
    pass=$((pass + 1))
  else
    echo "FAIL: $1 -std=$2 $(head -1 "$3")"
    sed 's/^/  /' "$tmp/err" | head -20
    fail=$((fail + 1))
  fi
}
headers=$(cd "$inc/yokushi" && ls ./*.h | sed 's|^\./||')
[ -n "$headers" ] || { echo "FAIL: no headers in $inc/yokushi"; exit 1; }
unit $headers >"$tmp/all.c"
cxx_found=0
for cc in gcc clang g++ clang++; do
  command -v "$cc" >/dev/null 2>&1 || continue
  case $cc in
  *++) std=c++17; ext=cpp; cxx_found=1 ;;
  *) std=c11; ext=c ;;
  esac
  cp "$tmp/all.c" "$tmp/all.$ext"
  try "$cc" "$std" "$tmp/all.$ext"
done
for h in $headers; do
  unit "$h" >"$tmp/one.c"
  try "${YK_CC:-cc}" c11 "$tmp/one.c"
done
[ $cxx_found -eq 1 ] || { echo "FAIL: no C++ compiler (g++ or clang++) to try the headers with"; fail=$((fail + 1)); }
echo "headers: $pass compiled, $fail failed"
[ $fail -eq 0 ]
