#!/bin/sh
# libyokushi.so exports the public API and nothing else: every symbol it
# defines in its dynamic table starts with yk_ (the house rule: every
# exported name does), and the API is there at all (the version calls,
# loading, the allocator hook, the engine table), so an empty export list
# fails too.
# Usage (from CTest): YK_SHARED_LIB=path/libyokushi.so sh exports.sh
set -u
lib=${YK_SHARED_LIB:?YK_SHARED_LIB names the shared library}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! nm -D --defined-only "$lib" >"$tmp/nm"; then
  echo "FAIL: nm -D $lib"
  exit 1
fi
# The sanitizers' instrumentation adds its own module constructors and
# globals (__asan_*, ___asan_globals_registered, __odr_asan_gen_*) to a
# sanitized build; they are the compiler's, never in a release library.
awk '{ print $NF }' "$tmp/nm" | grep -v '^yk_' \
  | grep -vE '^_{2,3}(asan|odr_asan|ubsan|sancov)' >"$tmp/other"
status=0
if [ -s "$tmp/other" ]; then
  echo "FAIL: $lib exports names outside yk_:"
  sed 's/^/  /' "$tmp/other"
  status=1
fi
for want in yk_version yk_version_number yk_scenario_load yk_set_allocator yk_engine_find yk_engine_run; do
  if ! awk '{ print $NF }' "$tmp/nm" | grep -qx "$want"; then
    echo "FAIL: $lib does not export $want"
    status=1
  fi
done
[ $status -eq 0 ] && echo "exports: $(wc -l <"$tmp/nm") symbols, all yk_"
exit $status
