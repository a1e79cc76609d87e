#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# SECONDS, seeded from samples/, tests/data/ and the shared corpus when present.
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
# CI runs a short smoke time; a long run is e.g. `tests/fuzz/run.sh 3600`.
# Prints, per target, the executions and the coverage reached; exits non-zero
# on the first crash, leak or timeout (the reproducer is left in BUILD_DIR/fuzz-artifacts/).
set -euo pipefail
seconds=${1:-60}
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$here/build-fuzz}
shared=${BAOCAO_SHARED_DIR:-$here/../shared}

cmake -S "$here" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DBAOCAO_FUZZ=ON \
  -DBAOCAO_BUILD_TESTS=ON -DBAOCAO_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=(fuzz_docx fuzz_doc fuzz_odt fuzz_rtf fuzz_mime fuzz_msg fuzz_mbox fuzz_zip fuzz_archive fuzz_plan fuzz_dates_units)
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >/dev/null

seeds=$build/fuzz-seeds
artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
rm -rf "$seeds"
for t in "${targets[@]}"; do mkdir -p "$seeds/$t" "$build/fuzz-corpus/$t"; done

# seed TARGET FIND_ARGS...: copy matching small files into the target's seed folder.
seed() {
  local target=$1; shift
  local n=0
  for dir in "$here/samples" "$here/tests/data" "$shared/corpus/peer" "$shared/corpus/peer-doc" "$shared/seeds"; do
    [ -d "$dir" ] || continue
    while IFS= read -r -d '' f; do
      cp "$f" "$seeds/$target/$(printf '%05d' $n)-$(basename "$f" | tr -c 'A-Za-z0-9._-' '_')"
      n=$((n + 1))
    done < <(find "$dir" -type f -size -512k \( "$@" \) -print0 | sort -z | head -z -n 200)
  done
}
seed fuzz_docx -name '*.docx'
seed fuzz_doc -name '*.doc'
seed fuzz_odt -name '*.odt' -o -name '*-content.xml'
seed fuzz_rtf -name '*.rtf'
seed fuzz_mime -name '*.eml' -o -name '*.mbox'
seed fuzz_msg -name '*.msg'
seed fuzz_mbox -name '*.mbox'
seed fuzz_zip -name '*.zip'
seed fuzz_archive -name '*.rar' -o -name '*.7z' -o -name '*.tar.gz' -o -name '*.tgz'
seed fuzz_plan -name '*.txt'
seed fuzz_dates_units -name '*.txt' -o -name '*.eml'

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
printf '%-18s %12s %10s %10s\n' target executions coverage features
for t in "${targets[@]}"; do
  log=$build/fuzz-$t.log
  if ! "$build/bin/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=1048576 \
      -artifact_prefix="$artifacts/$t-" -print_final_stats=1 \
      "$build/fuzz-corpus/$t" "$seeds/$t" >"$log" 2>&1; then
    echo "$t: FAILED (see $log)"; tail -n 40 "$log"; exit 1
  fi
  execs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log")
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 | awk '{print $2}')
  ft=$(grep -Eo 'ft: [0-9]+' "$log" | tail -n 1 | awk '{print $2}')
  printf '%-18s %12s %10s %10s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}"
done
