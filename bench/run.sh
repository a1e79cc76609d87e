#!/usr/bin/env bash
# Times baocao against the raw parsing floor on one generated corpus, in one run:
#   bench/run.sh [COUNT] [BUILD_DIR]
# prints per-file milliseconds, the ratios the performance targets are stated
# in, and peak RSS. pandoc is timed on a sample when it is installed.
set -euo pipefail
count=${1:-2000}
build=$(realpath "${2:-build}")
here=$(cd "$(dirname "$0")/.." && pwd)
work=${BAOCAO_BENCH_DIR:-$(mktemp -d /tmp/baocao-bench.XXXXXX)}
mkdir -p "$work"

for tool in baocao baocao-samplegen docx-floor; do
  [ -x "$build/bin/$tool" ] || { echo "missing $build/bin/$tool: build first (cmake --build $build)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

corpus=$work/corpus-$count
if [ ! -d "$corpus" ]; then
  "$build/bin/baocao-samplegen" --seed 2013 --count "$count" --flat --out "$corpus" >/dev/null
fi
files=$(find "$corpus" -name '*.docx' | wc -l)
bytes=$(du -sb "$corpus" | cut -f1)
plan=$here/samples/demo/plan-99-KH-TU.docx
roster=$here/samples/demo/roster.json

# measure NAME COMMAND...: wall seconds and peak RSS (KiB) of one command, output discarded.
measure() {
  local name=$1; shift
  local log=$work/$name.time
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$work/$name.err" || { echo "$name failed:"; tail "$work/$name.err"; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  echo "$name $wall $rss"
}

echo "corpus: $files files, $((bytes / 1024)) KiB, in $corpus"
# Warm the page cache so every contender reads from memory.
cat "$corpus"/*.docx >/dev/null

results=()
results+=("$(measure floor "$build/bin/docx-floor" "$corpus")")
results+=("$(measure baocao-j1 "$build/bin/baocao" run -j1 --quiet --plan "$plan" --roster "$roster" --out "$work/out-j1" "$corpus")")
results+=("$(measure baocao-j2 "$build/bin/baocao" run -j2 --quiet --plan "$plan" --roster "$roster" --out "$work/out-j2" "$corpus")")

pandoc_sample=0
if command -v pandoc >/dev/null; then
  pandoc_sample=$(( files < 100 ? files : 100 ))
  find "$corpus" -name '*.docx' | sort | head -n "$pandoc_sample" >"$work/pandoc-files"
  results+=("$(measure pandoc bash -c 'while read -r f; do pandoc -t plain "$f" >/dev/null; done <"$1"' _ "$work/pandoc-files")")
fi

printf '%s\n' "${results[@]}" | awk -v files="$files" -v psample="$pandoc_sample" '
  { wall[$1]=$2; rss[$1]=$3; order[NR]=$1 }
  END {
    printf "%-12s %10s %12s %12s\n", "contender", "files", "ms/file", "peak RSS MB"
    for (i=1; i<=NR; i++) {
      n=order[i]; f=(n=="pandoc") ? psample : files
      per[n]=1000*wall[n]/f
      printf "%-12s %10d %12.3f %12.1f\n", n, f, per[n], rss[n]/1024
    }
    printf "\n"
    printf "baocao -j1 / floor      %6.2fx   (target <= 1.5x)\n", per["baocao-j1"]/per["floor"]
    printf "baocao -j1 / -j2 speed-up %4.2fx   (target >= 1.8x)\n", per["baocao-j1"]/per["baocao-j2"]
    if ("pandoc" in per) printf "pandoc / baocao -j1     %6.1fx   (target >= 80x)\n", per["pandoc"]/per["baocao-j1"]
    else printf "pandoc: not installed (apt-get install pandoc to compare)\n"
  }'
cmp -s "$work/out-j1/result.json" "$work/out-j2/result.json" && echo "result.json: identical for -j1 and -j2" \
  || echo "result.json: DIFFERS between -j1 and -j2"
