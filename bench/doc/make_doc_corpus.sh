#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Writes report-sized .doc files for bench_parse_doc: COUNT reports from the
# samples generator, each saved as .doc by LibreOffice beside its .docx.
#   bench/doc/make_doc_corpus.sh COUNT OUT_DIR [BUILD_DIR]
# then: BAOCAO_BENCH_DOC_CORPUS=OUT_DIR BUILD_DIR/bin/bench_parse_doc
set -euo pipefail
count=${1:-50}
out=${2:?usage: make_doc_corpus.sh COUNT OUT_DIR [BUILD_DIR]}
build=${3:-build}
mkdir -p "$out"
"$build/bin/baocao-samplegen" --seed 2013 --count "$count" --flat --out "$out" >/dev/null
profile=$(mktemp -d)
# One soffice for all files: starting it costs more than converting a report.
(cd "$out" && find . -maxdepth 1 -name '*.docx' -print0 | sort -z |
  xargs -0 -n 25 timeout -s KILL 600 soffice -env:UserInstallation=file://"$profile" --headless \
    --convert-to "doc:MS Word 97" --outdir . >/dev/null 2>&1) || true
rm -rf "$profile"
echo "$(find "$out" -maxdepth 1 -name '*.doc' | wc -l) .doc files in $out"
