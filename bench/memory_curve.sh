#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Peak RSS and CPU time of `baocao run -j1` against the number of reports.
#
#   bash bench/memory_curve.sh SOURCE_DIR BUILD_DIR N...
#
# For each N, a folder of N symlinks rNNNNNN-NAME.docx cycling over the .docx
# of SOURCE_DIR (a samplegen corpus, say) is made under BAOCAO_BENCH_DIR (else
# a fresh folder under /tmp) and read once; prints "N peak_RSS_MB CPU_s".
# Every copy past the first round is the same report resent, so
# check-deadline sees many versions per unit.
set -euo pipefail
src=$1 build=$2
shift 2
here=$(cd "$(dirname "$0")/.." && pwd)
work=${BAOCAO_BENCH_DIR:-$(mktemp -d /tmp/baocao-curve.XXXXXX)}
now=${BAOCAO_BENCH_NOW:-2013-11-01T08:00:00}
plan=$here/samples/demo/plan-99-KH-TU.docx
roster=$here/samples/demo/roster.json
mapfile -t files < <(find "$(realpath "$src")" -maxdepth 1 -name '*.docx' | sort)
[ ${#files[@]} -gt 0 ] || { echo "no .docx in $src" >&2; exit 2; }
for n in "$@"; do
  dir=$work/links-$n
  if [ ! -d "$dir" ]; then
    rm -rf "$dir.tmp"
    mkdir -p "$dir.tmp"
    # One process for every link (perl-base is in every Debian): a process
    # per link took minutes at 100 000.
    perl -e 'my ($n, $dir, @f) = @ARGV;
      for my $i (0 .. $n - 1) {
        my $t = $f[$i % @f]; (my $b = $t) =~ s{.*/}{};
        symlink($t, sprintf("%s/r%06d-%s", $dir, $i, $b)) or die "symlink: $!\n";
      }' "$n" "$dir.tmp" "${files[@]}"
    mv "$dir.tmp" "$dir"
  fi
  rm -rf "$work/out-$n"
  /usr/bin/time -f '%M %U %S' -o "$work/time-$n" "$build/bin/baocao" run -j1 --quiet --now "$now" \
    --plan "$plan" --roster "$roster" --out "$work/out-$n" "$dir" >/dev/null 2>"$work/stderr-$n" || true
  read -r kb user sys < "$work/time-$n"
  echo "$n $((kb / 1024)) $(echo "$user + $sys" | bc)"
done
