#!/usr/bin/env bash
# Builds baocao and runs every test. Tests that need the shared corpus beside
# the checkout (../shared) skip, and say so, when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BAOCAO_BUILD_DIR:-build}
jobs=$(nproc)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 600
