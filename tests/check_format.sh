#!/usr/bin/env bash
# Fails when a C++ source of the project is not as .clang-format lays it out; prints the files.
#   tests/check_format.sh [SOURCE_DIR]   (fix with: clang-format -i FILE)
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
command -v clang-format >/dev/null || { echo "check_format: clang-format is missing (apt-get install clang-format)" >&2; exit 1; }
bad=0
while IFS= read -r f; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f"
        bad=$((bad + 1))
    fi
done < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui models tests -name '*.cpp' -o -name '*.h')
echo "format: $bad files differ from .clang-format"
[ "$bad" = 0 ]
