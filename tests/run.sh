#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what the tests need, builds baocao with its tests and runs every
# test. Tests that need the shared corpus beside the checkout (../shared) skip,
# and say so, when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps --tests
build=${BAOCAO_BUILD_DIR:-build}
jobs=$(nproc)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBAOCAO_BUILD_TESTS=ON -DBAOCAO_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 600
