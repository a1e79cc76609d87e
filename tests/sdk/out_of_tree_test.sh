#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the SDK, builds the example plugin out of tree, and checks that
# baocao loads it and that its output reaches result.json.
set -euo pipefail
build=$1 source=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix

fail() { echo "FAILED: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >"$work/install.log" || fail "cmake --install (see $work/install.log)"
[ -f "$prefix/include/baocao/sdk/plugin.hpp" ] || fail "the SDK headers are not installed"
ls "$prefix"/lib*/cmake/baocao/baocaoConfig.cmake >/dev/null || fail "the CMake package is not installed"

# Only the installed prefix: the example must not see the source tree.
# As a plugin author would first try it: no build type given. baocao_add_plugin
# then builds optimised with debug information, with the compiler's warnings on.
cmake -S "$source/samples/plugin-example" -B "$work/example" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; fail "configure"; }
grep -q '^CMAKE_BUILD_TYPE:STRING=RelWithDebInfo$' "$work/example/CMakeCache.txt" \
  || fail "baocao_add_plugin set no default build type: $(grep '^CMAKE_BUILD_TYPE' "$work/example/CMakeCache.txt")"
compile_command=$(grep -m1 '"command"' "$work/example/compile_commands.json" || true)
for flag in -O2 -g -Wall -Wextra; do
  grep -q -- " $flag " <<<"$compile_command " || fail "the example is not compiled with $flag: $compile_command"
done
cmake --build "$work/example" >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build"; }
plugin=$work/example/example-word-count.so
[ -f "$plugin" ] || fail "no example-word-count.so"

baocao=$prefix/bin/baocao
"$baocao" plugins --check "$plugin" | grep -q "ok: example-word-count 1.0.0 (extractor)" || fail "plugins --check"
listing=$("$baocao" plugins --plugin-path "$work/example")
echo "$listing" | grep -q "example-word-count" || fail "baocao plugins does not list the example"
echo "$listing" | grep -q "parse-docx" || fail "the installed baocao does not find its own plugins"

# A run with the example loaded.
mkdir -p "$work/inbox"
# The first demo report the installed baocao reads (the demo also holds a broken one on purpose).
report=
while IFS= read -r f; do
  if "$baocao" text "$f" >/dev/null 2>&1; then report=$f; break; fi
done < <(find "$source/samples/demo/inbox" -name '*.docx' -print | sort)
[ -n "$report" ] || fail "no readable .docx in samples/demo/inbox"
cp "$report" "$work/inbox/report.docx"
"$baocao" run --plugin-path "$work/example" --plan "$source/samples/demo/plan-99-KH-TU.docx" \
  --roster "$source/samples/demo/roster.json" --out "$work/out" --quiet "$work/inbox" 2>"$work/run.log" \
  || { cat "$work/run.log"; fail "baocao run"; }
grep -q '"word_count": {' "$work/out/result.json" || fail "result.json has no word_count"
grep -Eq '"words": [1-9][0-9]*' "$work/out/result.json" || fail "word_count counted no words"
echo "out-of-tree plugin: built, listed, loaded, and its output is in result.json"
