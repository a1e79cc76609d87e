#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every source, build and script file of the tree names its licence in an SPDX
# line near its top, as LICENSE (Apache-2.0) says for the whole project.
#   licence_lines.sh SOURCE_DIR
set -euo pipefail
cd "$1"
missing=0
while IFS= read -r -d '' f; do
  if ! head -n 3 "$f" | grep -q "SPDX-License-Identifier: Apache-2.0"; then
    echo "no SPDX licence line: $f"
    missing=$((missing + 1))
  fi
done < <(find core plugins samples tests bench cmake packaging .ci CMakeLists.txt \
           \( -path samples/demo -o -path tests/data -o -name build -o -name 'build-*' \) -prune -o \
           -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.cpp.in' -o -name 'CMakeLists.txt' \
                      -o -name '*.cmake' -o -name '*.cmake.in' -o -name '*.sh' -o -name '*.py' -o -name '*.service' \
                      -o -name '*.timer' -o -name 'run' -o -name 'install-deps' \) -print0)
if [ "$missing" -gt 0 ]; then
  echo "$missing file(s) without an SPDX licence line" >&2
  exit 1
fi
echo "every source file names its licence"
