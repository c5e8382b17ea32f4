#!/bin/sh
# libyokushi as a user gets it: `cmake --install` into a temporary prefix,
# yokushi.pc found there by pkg-config, then every examples/*.c compiled
# with `cc $(pkg-config --cflags --libs yokushi) FILE` (and with the flags
# after FILE) against the shared library, and against the static one
# alone with --static (an archive must follow the program), and run.
# Usage (from CTest): YK_BUILD_DIR=build YK_SOURCE_DIR=. sh install.sh
set -u
build=${YK_BUILD_DIR:?YK_BUILD_DIR names the build directory}
src=${YK_SOURCE_DIR:?YK_SOURCE_DIR names the source tree}
cc=${YK_CC:-cc}
# Extra flags the program needs when the library is instrumented.
cflags="-std=c11 -Wall -Wextra -Werror ${YK_USER_CFLAGS:-}"
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
if ! cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
  echo "FAIL: cmake --install $build --prefix $prefix"; cat "$tmp/install.log"; exit 1
fi
pc=$(find "$prefix" -name yokushi.pc)
check "yokushi.pc installed" "[ -n '$pc' ]"
[ -n "$pc" ] || exit 1
PKG_CONFIG_PATH=$(dirname "$pc"); export PKG_CONFIG_PATH
libdir=$(pkg-config --variable=libdir yokushi)
version=$(sed -n 's/^#define YK_VERSION_STRING "\(.*\)"$/\1/p' "$prefix/include/yokushi/yokushi.h")
check "pkg-config knows yokushi" "pkg-config --exists yokushi"
check "yokushi.pc has the headers' version ($version)" "[ '$(pkg-config --modversion yokushi)' = '$version' ]"
check "yokushi.pc names the prefix it was installed into" "[ '$(pkg-config --variable=prefix yokushi)' = '$prefix' ]"
check "libdir holds libyokushi.so.0 (the SONAME)" "[ -e '$libdir/libyokushi.so.0' ]"
check "the SONAME is libyokushi.so.0" "readelf -d '$libdir/libyokushi.so' | grep -q 'SONAME.*\\[libyokushi.so.0\\]'"
check "the installed program is version $version" "[ \"\$('$prefix/bin/yokushi' --version)\" = 'yokushi $version' ]"

# The same prefix without the shared library: what --static links against.
cp -R "$prefix" "$tmp/static"
rm -f "$tmp/static"/lib*/libyokushi.so* "$tmp/static"/lib/*/libyokushi.so*
sed "s|$prefix|$tmp/static|g" "$pc" >"$tmp/static.pc"
spc=$(find "$tmp/static" -name yokushi.pc)
cp "$tmp/static.pc" "$spc"

for ex in "$src"/examples/*.c; do
  name=$(basename "$ex" .c)
  # shellcheck disable=SC2086 # flags are word lists
  check "$name builds against the shared library, flags first" \
    "$cc $cflags \$(pkg-config --cflags --libs yokushi) '$ex' -o '$tmp/$name' 2>'$tmp/$name.err' || { cat '$tmp/$name.err'; false; }"
  check "$name builds against the shared library, flags last" \
    "$cc $cflags '$ex' -o '$tmp/$name' \$(pkg-config --cflags --libs yokushi) 2>'$tmp/$name.err' || { cat '$tmp/$name.err'; false; }"
  check "$name needs libyokushi.so.0" "readelf -d '$tmp/$name' | grep -q 'NEEDED.*\\[libyokushi.so.0\\]'"
  check "$name runs with the installed library" \
    "LD_LIBRARY_PATH='$libdir' '$tmp/$name' >'$tmp/$name.out' 2>&1 || { cat '$tmp/$name.out'; false; }"
  check "$name builds with --static" \
    "PKG_CONFIG_PATH='$(dirname "$spc")' sh -c '$cc $cflags \"$ex\" -o \"$tmp/$name.static\" \$(pkg-config --static --cflags --libs yokushi)' 2>'$tmp/$name.err' || { cat '$tmp/$name.err'; false; }"
  check "$name --static does not need libyokushi.so" "! readelf -d '$tmp/$name.static' | grep -q 'NEEDED.*libyokushi'"
  check "$name --static prints what the shared build does" \
    "'$tmp/$name.static' >'$tmp/$name.static.out' 2>&1 && cmp -s '$tmp/$name.out' '$tmp/$name.static.out'"
done
check "examples/version reports $version" "grep -q '^libyokushi $version ' '$tmp/version.out'"
# examples/engines prints the digits the installed program prints.
bin=$prefix/bin/yokushi
pa=$("$bin" crisis ukraine-2022 --seed 7 --replicates 2000 --format csv \
     | awk -F, '$6 == "p_attack" && $9 == "" { print $10 }')
en=$("$bin" cascade ukraine-2022 --seed 7 --replicates 2000 --years 2025:2035 --format csv \
     | awk -F, '$6 == "expected_nuclear_states" && $8 == 2035 { print $10 }')
check "examples/engines: crisis P(attack) is the program's ($pa)" \
  "[ -n '$pa' ] && grep -qx 'crisis: P(attack) $pa' '$tmp/engines.out'"
check "examples/engines: cascade's expected nuclear states is the program's ($en)" \
  "[ -n '$en' ] && grep -qx 'cascade: expected nuclear-armed states in 2035 $en' '$tmp/engines.out'"
echo "install: $pass passed, $fail failed"
[ $fail -eq 0 ]
