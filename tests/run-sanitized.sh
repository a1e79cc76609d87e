#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The sanitizer job: the whole test suite, the hostile corpus included, built
# with AddressSanitizer + UndefinedBehaviorSanitizer.
#   tests/run-sanitized.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DBAOCAO_SANITIZE=ON -DBAOCAO_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 1200
