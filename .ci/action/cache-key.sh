#!/usr/bin/env bash
# The Action's cache key for the reclint binary: a hash of everything the build reads (sources,
# rules, schemas, CMake files, the package list) and the system. Computed before anything is
# installed (a hit installs nothing), and here because hashFiles() only sees the workspace, not
# the action's own folder. The binary is static: library versions do not matter, the system's
# C library does.
# Writes `key` and `binary` (where the binary is built) to $GITHUB_OUTPUT.
set -euo pipefail
source_dir="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}"
cd "$source_dir"

hash="$(
  {
    find CMakeLists.txt cmake src rules schemas .ci/packages -type f -print0 2>/dev/null | LC_ALL=C sort -z | xargs -0 sha256sum
    uname -sm
    ldd --version 2>&1 | head -n 1
    if [ -r /etc/os-release ]; then (. /etc/os-release && echo "${ID:-} ${VERSION_ID:-}"); fi
  } | sha256sum | cut -d' ' -f1
)"
{
  echo "key=reclint-$hash"
  echo "binary=$source_dir/build/reclint"
} >> "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
