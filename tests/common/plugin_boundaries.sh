#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# No plugin reaches into another plugin's folder: every file a plugin includes
# with quotes is its own or plugins/common's, no plugin's CMakeLists.txt names
# another plugin's library or folder, and plugins/common uses no plugin.
#   plugin_boundaries.sh SOURCE_DIR
set -euo pipefail
cd "$1/plugins"
faults=0
fault() {
  echo "$1"
  faults=$((faults + 1))
}
for dir in */; do
  folder=${dir%/}
  [ -f "$folder/CMakeLists.txt" ] || continue
  while IFS= read -r -d '' f; do
    while IFS= read -r included; do
      case "$included" in
        *../*) fault "$f includes $included: a path out of its folder"; continue ;;
      esac
      if [ -e "$(dirname "$f")/$included" ] || [ -e "$folder/$included" ]; then continue; fi
      if [ "$folder" != common ] && [ -e "common/$included" ]; then continue; fi
      owner=$(find . -path ./common -prune -o -type f -path "*/$included" -print | head -n 1)
      if [ -n "$owner" ]; then
        fault "$f includes $included, which is ${owner#./}: another plugin's file"
      fi
    done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f")
  done < <(find "$folder" -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.in' \) -print0)

  own_ident=$(sed -n 's/.*IDENT[[:space:]]\+\([A-Za-z0-9_]\+\).*/\1/p' "$folder/CMakeLists.txt" | head -n 1)
  while IFS= read -r named; do
    [ "$named" = "baocao_plugin_${own_ident}" ] && continue
    [ "$named" = "baocao_plugin_${own_ident}_objects" ] && continue
    fault "$folder/CMakeLists.txt names $named: another plugin's library"
  done < <(grep -o 'baocao_plugin_[A-Za-z0-9_]\+' "$folder/CMakeLists.txt" | sort -u)
  if grep -n '\.\./' "$folder/CMakeLists.txt" | grep -v '^[0-9]*:[[:space:]]*#' >/dev/null; then
    fault "$folder/CMakeLists.txt reaches out of its folder with ../"
  fi
done
if [ "$faults" -gt 0 ]; then
  echo "$faults place(s) where a plugin reaches into another plugin; share the code through plugins/common" >&2
  exit 1
fi
echo "no plugin includes another plugin's files or links another plugin's library"
