#!/usr/bin/env bash
# bootstrap.sh: installs what Sparrow's build needs (Debian packages, only those missing), then
# configures and builds it out of tree in ./build. Re-running it only rebuilds what changed.
# Usage: bash bootstrap.sh [--with-reference-vms] [extra configure options]
#        (BUILD_DIR=dir to build elsewhere)
set -euo pipefail
cd "$(dirname "$0")"
top=$(pwd)
build=${BUILD_DIR:-$top/build}

# Debian packages the build and the test suite use. Nothing else is needed.
packages="gcc make autoconf automake libtool pkg-config libgc-dev libgmp-dev check ${EXTRA_PACKAGES:-}"
# --with-reference-vms: also install the VMs sparrow-bench compares Sparrow with by default
# (CPython 3.11 is Debian 12's python3; PyPy is pypy3). Not needed to build or to test.
configure_args=()
for arg in "$@"; do
  case $arg in
    --with-reference-vms) packages="$packages python3 pypy3" ;;
    *) configure_args+=("$arg") ;;
  esac
done
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "bootstrap: installing$missing"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt configure ] \
   || [ -n "$(find . -name local.mk -newer configure 2>/dev/null)" ]; then
  autoreconf -fi >/dev/null 2>&1 || autoreconf -fi
fi
mkdir -p "$build"
cd "$build"
if [ ! -f Makefile ] || [ "$top/configure" -nt config.status ]; then
  "$top/configure" -q ${configure_args[@]+"${configure_args[@]}"}
fi
make -j"$(nproc)" >/dev/null || make
echo "bootstrap: built $build/sparrow"
