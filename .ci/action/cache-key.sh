#!/usr/bin/env bash
# The Action's cache key for the reclint binary: a hash of everything the build reads (sources,
# rules, schemas, CMake files), the installed versions of .ci/packages and the system. Computed
# here because hashFiles() only sees the workspace, not the action's own folder.
# Writes `key` and `binary` (where the binary is built) to $GITHUB_OUTPUT.
set -euo pipefail
source_dir="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}"
cd "$source_dir"

hash="$(
  {
    find CMakeLists.txt cmake src rules schemas -type f -print0 2>/dev/null | LC_ALL=C sort -z | xargs -0 sha256sum
    grep -v '^[[:space:]]*$' .ci/packages | xargs dpkg-query -W -f='${Package} ${Version}\n' 2>/dev/null || true
    uname -sm
    if [ -r /etc/os-release ]; then (. /etc/os-release && echo "${ID:-} ${VERSION_ID:-}"); fi
  } | sha256sum | cut -d' ' -f1
)"
{
  echo "key=reclint-$hash"
  echo "binary=$source_dir/build/reclint"
} >> "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
