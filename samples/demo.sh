#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what building and running baocao needs, builds the baocao command
# and its plugins (no tests or benchmarks), and runs the main job on the
# shipped demo: the plan, the roster and an inbox of unit reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps
build=${BAOCAO_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBAOCAO_BUILD_TESTS=OFF -DBAOCAO_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target baocao_program
baocao=$(realpath "$build/bin/baocao")
out=$(realpath -m "${1:-demo-output}")
cd samples/demo
"$baocao" run --plan plan-99-KH-TU.docx --roster roster.json --out "$out" inbox
echo "The outputs are in $out: result.json, compliance.csv, compliance.xlsx, draft.docx, draft.md, report.html"
