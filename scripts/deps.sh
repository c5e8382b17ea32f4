#!/bin/sh
# Installs the Debian packages yokushi needs, only those missing.
# apt-get update runs only when something is missing; sudo is used when not root.
set -eu
BUILD="build-essential cmake make pkg-config clang libclang-rt-14-dev libomp-dev
       libyaml-dev librandom123-dev libgsl-dev libsqlite3-dev"
# What the tests need beyond the build: cmocka for the unit tests, cffi and
# pytest for the Python package's (tests/python); the sqlite3 shell reads the
# run store back in tests/cli/store.sh; Chromium renders the HTML report in a
# real browser (tests/cli/report_browser.sh); OpenMPI for the MPI build's
# tests (`make mpi`, tests/mpi/mpi.sh).
TEST="libcmocka-dev python3-cffi python3-pytest sqlite3 chromium libopenmpi-dev openmpi-bin"
missing=""
for p in $BUILD $TEST; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
echo "deps.sh: installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
