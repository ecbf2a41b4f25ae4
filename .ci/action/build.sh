#!/usr/bin/env bash
# The Action's build step: unless the cache step restored a binary made from the same sources on
# the same system (RECLINT_CACHE_HIT=true), installs the Debian packages of .ci/packages and
# builds the static build/reclint in the action's folder. A hit installs and builds nothing.
set -euo pipefail
source_dir="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}"
build_dir="$source_dir/build"

if [ "${RECLINT_CACHE_HIT:-}" = "true" ] && "$build_dir/reclint" --version >/dev/null 2>&1; then
  echo "reclint: using the cached build ($("$build_dir/reclint" --version))"
  exit 0
fi
# The binary alone is cached: object files would be rebuilt anyway, as a fresh checkout makes
# every source newer than them. Static, so that a cache hit needs no package at all; warnings
# are not errors in a user's build.
bash "$source_dir/.ci/install-packages" .ci/packages
cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DRECLINT_STATIC=ON -DRECLINT_WERROR=OFF \
  -DRECLINT_BUILD_TESTS=OFF -DRECLINT_BUILD_BENCH=OFF
cmake --build "$build_dir" -j"$(nproc)" --target reclint
