#!/bin/sh
# Installs the Debian packages yokushi needs, only those missing.
# apt-get update runs only when something is missing; sudo is used when not root.
set -eu
BUILD="build-essential cmake make pkg-config clang libclang-rt-14-dev libomp-dev
       libyaml-dev librandom123-dev libgsl-dev"
# What the tests need beyond the build: cmocka for the unit tests, cffi and
# pytest for the Python package's (tests/python), OpenMPI for the MPI
# build's tests (`make mpi`, tests/mpi/mpi.sh).
TEST="libcmocka-dev python3-cffi python3-pytest libopenmpi-dev openmpi-bin"
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
