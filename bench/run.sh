#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times baocao against the raw parsing floor on one or more corpora, in one run each:
#   bench/run.sh [COUNT] [BUILD_DIR] [CORPUS...]
# CORPUS is any of samplegen (the default reports of baocao-samplegen), long
# (5 000-15 000 words, figures in most paragraphs, many tables), foreign (a
# third of the reports from units not in the roster), unlisted (every report
# from a unit not in the roster, each a unit of its own) and mixed
# (the real reports and the Vietnamese peer .docx replicated with varied units
# and dates; skipped when ../shared is absent); all five when none is named.
# For each it prints per-file milliseconds (wall clock, and CPU time, steadier on a shared
# machine), the ratios the performance targets are stated in, and peak RSS
# (also for half the corpus, to show how memory grows), and the draft
# synthesis's share of the CPU time (a run with synthesize-draft disabled
# beside the full one). pandoc is timed on a sample when it is installed.
# BAOCAO_BENCH_DIR keeps the corpora between runs.
# Every contender runs BAOCAO_BENCH_ROUNDS times (default 3), the contenders
# taking turns, and the median round counts: one run disturbed by another job
# on a shared machine does not decide a figure.
set -euo pipefail
count=${1:-2000}
build=$(realpath "${2:-build}")
shift $(( $# < 2 ? $# : 2 ))
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(samplegen long foreign unlisted mixed)
here=$(cd "$(dirname "$0")/.." && pwd)
work=${BAOCAO_BENCH_DIR:-$(mktemp -d /tmp/baocao-bench.XXXXXX)}
mkdir -p "$work"
shared=${BAOCAO_SHARED_CORPUS:-$here/../shared/corpus}
# A fixed run date, so that draft.docx (which carries it) can be compared across -j.
now=${BAOCAO_BENCH_NOW:-2013-11-01T08:00:00}
printf '{"disabled": ["synthesize-draft"]}\n' >"$work/no-synthesis.json"

for tool in baocao baocao-samplegen docx-floor; do
  [ -x "$build/bin/$tool" ] || { echo "missing $build/bin/$tool: build first (cmake --build $build)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

plan=$here/samples/demo/plan-99-KH-TU.docx
roster=$here/samples/demo/roster.json
if [ ! -f "$plan" ] || [ ! -f "$roster" ]; then
  # A clone without the generated demo: write the demo's plan and roster here.
  [ -f "$work/demo/roster.json" ] || "$build/bin/baocao-samplegen" --seed 2013 --out "$work/demo" >/dev/null
  plan=$work/demo/plan-99-KH-TU.docx
  roster=$work/demo/roster.json
fi

# make_corpus NAME DIR: writes corpus NAME of $count reports into DIR; returns 3 when it cannot here.
make_corpus() {
  local name=$1 dir=$2
  case $name in
    samplegen) "$build/bin/baocao-samplegen" --seed 2013 --count "$count" --flat --out "$dir" >/dev/null ;;
    long) "$build/bin/baocao-samplegen" --seed 2013 --count "$count" --flat --long --out "$dir" >/dev/null ;;
    foreign) "$build/bin/baocao-samplegen" --seed 2013 --count "$count" --flat --foreign-share 0.33 --out "$dir" >/dev/null ;;
    unlisted) "$build/bin/baocao-samplegen" --seed 2013 --count "$count" --flat --foreign-share 1 --distinct-foreign --out "$dir" >/dev/null ;;
    mixed)
      [ -d "$shared/real-reports/docx" ] && [ -d "$shared/peer/vietnamese" ] || return 3
      python3 "$here/bench/corpora/mixed_corpus.py" "$shared" "$roster" "$count" "$dir" >/dev/null ;;
    *) echo "unknown corpus $name (samplegen, long, foreign, unlisted, mixed)" >&2; exit 2 ;;
  esac
}

# bench_corpus NAME: the table for one corpus.
bench_corpus() {
local name=$1
local corpus=$work/corpus-$name-$count
[ "$name" = samplegen ] && corpus=$work/corpus-$count   # where earlier runs kept it
if [ ! -d "$corpus" ]; then
  local made=0
  make_corpus "$name" "$corpus.tmp" || made=$?
  if [ "$made" = 3 ]; then echo "== $name: skipped ($shared is absent)"; return 0; fi
  [ "$made" = 0 ] || exit 1
  mv "$corpus.tmp" "$corpus"
fi
local out=$work/out-$name
echo "== corpus $name"
local all_files files bytes half pandoc_sample results rounds round
mapfile -t all_files < <(find "$corpus/" -name '*.docx' | sort)
files=${#all_files[@]}
[ "$files" -gt 0 ] || { echo "no .docx reports in $corpus" >&2; exit 2; }
bytes=$(du -sbL "$corpus/" | cut -f1)

# measure NAME COMMAND...: wall seconds and peak RSS (KiB) of one command, output discarded.
measure() {
  local name=$1; shift
  local log=$work/$name.time
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$work/$name.err" || { echo "$name failed:" >&2; tail "$work/$name.err" >&2; exit 1; }
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s+=$2} END {print s}' "$log")
  echo "$name $wall $rss $cpu"
}

echo "corpus: $files files, $((bytes / 1024)) KiB, in $corpus"
# Warm the page cache so every contender reads from memory.
cat "$corpus"/*.docx >/dev/null

rounds=${BAOCAO_BENCH_ROUNDS:-3}
half=("${all_files[@]:0:files/2}")
pandoc_sample=0
if command -v pandoc >/dev/null; then
  pandoc_sample=$(( files < 100 ? files : 100 ))
  printf '%s\n' "${all_files[@]:0:pandoc_sample}" >"$work/pandoc-files"
fi

results=()
for ((round = 1; round <= rounds; round++)); do
  results+=("$(measure floor "$build/bin/docx-floor" "$corpus")")
  # Two floors at once: what a second worker can gain on this machine right now
  # (2.00x when two cores are free; a shared machine often gives less).
  results+=("$(measure floor-pair bash -c '"$1" "$2" >/dev/null & "$1" "$2" >/dev/null; wait' _ "$build/bin/docx-floor" "$corpus")")
  results+=("$(measure baocao-j1 "$build/bin/baocao" run -j1 --quiet --now "$now" --plan "$plan" --roster "$roster" --out "$out-j1" "$corpus")")
  # The same run without the draft synthesis: what the synthesis costs is the difference.
  results+=("$(measure baocao-j1-nosynth "$build/bin/baocao" run -j1 --quiet --now "$now" --config "$work/no-synthesis.json" --plan "$plan" --roster "$roster" --out "$out-nosynth" "$corpus")")
  results+=("$(measure baocao-j2 "$build/bin/baocao" run -j2 --quiet --now "$now" --plan "$plan" --roster "$roster" --out "$out-j2" "$corpus")")
  # The first half of the corpus, to see peak memory against the number of reports.
  results+=("$(measure baocao-j1-half "$build/bin/baocao" run -j1 --quiet --now "$now" --plan "$plan" --roster "$roster" --out "$out-half" "${half[@]}")")
  if [ "$pandoc_sample" -gt 0 ]; then
    results+=("$(measure pandoc bash -c 'while read -r f; do pandoc -t plain "$f" >/dev/null; done <"$1"' _ "$work/pandoc-files")")
  fi
done

echo "median of $rounds rounds, the contenders taking turns"
printf '%s\n' "${results[@]}" | awk -v files="$files" -v psample="$pandoc_sample" '
  # The median of the n values in list (space-separated).
  function median(list,   v, n, i, j, t) {
    n = split(list, v, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j-1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j-1]; v[j-1] = t }
    return (n % 2) ? v[(n+1)/2] : (v[n/2] + v[n/2+1]) / 2
  }
  {
    if (!($1 in seen)) { seen[$1] = 1; order[++count] = $1 }
    walls[$1] = walls[$1] " " $2; cpus[$1] = cpus[$1] " " $4
    if ($3 > rss[$1]) rss[$1] = $3
  }
  END {
    # Times are medians; peak memory is the largest of the rounds.
    for (k = 1; k <= count; k++) { n = order[k]; wall[n] = median(walls[n]); cpu[n] = median(cpus[n]) }
    printf "%-15s %6s %9s %13s %12s\n", "contender", "files", "ms/file", "CPU ms/file", "peak RSS MB"
    for (i=1; i<=count; i++) {
      n=order[i]; f=(n=="pandoc") ? psample : (n=="baocao-j1-half") ? int(files/2) : (n=="floor-pair") ? 2*files : files
      per[n]=1000*wall[n]/f
      printf "%-15s %6d %9.3f %13.3f %12.1f\n", n, f, per[n], 1000*cpu[n]/f, rss[n]/1024
    }
    printf "\n"
    printf "baocao -j1 / floor      %6.2fx   (target <= 1.5x)\n", per["baocao-j1"]/per["floor"]
    printf "baocao -j1 / -j2 speed-up %4.2fx   (target >= 1.8x; two floors at once gain %.2fx here now)\n", \
      per["baocao-j1"]/per["baocao-j2"], per["floor"]/per["floor-pair"]
    printf "peak RSS -j1: %.1f MB for %d reports, %.1f MB for %d   (target < 150 MB for 2000, at most linear)\n", \
      rss["baocao-j1"]/1024, files, rss["baocao-j1-half"]/1024, int(files/2)
    printf "draft synthesis: %.1f%% of the -j1 CPU time   (target <= 10%%)\n", \
      100 * (cpu["baocao-j1"] - cpu["baocao-j1-nosynth"]) / cpu["baocao-j1"]
    if ("pandoc" in per) printf "pandoc / baocao -j1     %6.1fx   (target >= 80x)\n", per["pandoc"]/per["baocao-j1"]
    else printf "pandoc: not installed (apt-get install pandoc to compare)\n"
  }'
local f
for f in result.json compliance.csv draft.docx draft.md; do
  cmp -s "$out-j1/$f" "$out-j2/$f" && echo "$f: identical for -j1 and -j2" \
    || echo "$f: DIFFERS between -j1 and -j2"
done
echo
}

for name in "${corpora[@]}"; do bench_corpus "$name"; done
