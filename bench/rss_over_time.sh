#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Resident memory of one `baocao run -j1` over time, to see in which phase
# the peak falls.
#
#   bash bench/rss_over_time.sh INPUT OUT_DIR [BUILD_DIR] > trace
#
# Prints one line every half second: seconds since the start, VmRSS in KB,
# and the files of OUT_DIR the run holds open at that moment (the text store
# while reading; .report.html.*, .result.json.* ... while each emitter writes).
set -euo pipefail
input=$1 out=$2 build=${3:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
now=${BAOCAO_BENCH_NOW:-2013-11-01T08:00:00}
rm -rf "$out"
out_path=$(realpath -m "$out")   # as /proc/PID/fd shows the files
"$build/bin/baocao" run -j1 --quiet --now "$now" \
  --plan "$here/samples/demo/plan-99-KH-TU.docx" --roster "$here/samples/demo/roster.json" \
  --out "$out" "$input" >/dev/null 2>&1 &
pid=$!
start=$(date +%s.%N)
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  open=$(find "/proc/$pid/fd" -type l -printf '%l\n' 2>/dev/null | grep -F "$out_path/" | sed 's|.*/||' | tr '\n' ' ' || true)
  echo "$(echo "$(date +%s.%N) - $start" | bc) ${rss:-0} $open"
  sleep ${BAOCAO_RSS_INTERVAL:-0.5}
done
wait "$pid"
