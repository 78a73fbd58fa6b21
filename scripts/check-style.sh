#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# House style, as CI checks it: clang-format on all C++ sources and .editorconfig basics.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
mapfile -t cxx < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' 'platform/*.cpp' 'platform/*.h')
if [ ${#cxx[@]} -gt 0 ]; then
    if ! clang-format --dry-run --Werror "${cxx[@]}"; then
        echo "check-style: run 'clang-format -i' on the files above" >&2
        status=1
    fi
fi
# .editorconfig: no tabs in C++/QML/CMake, no trailing whitespace, final newline.
mapfile -t text < <(git ls-files -- '*.cpp' '*.h' '*.qml' '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' '*.sh' '*.yaml')
for f in "${text[@]}"; do
    [ -f "$f" ] || continue
    if grep -nP '\t' "$f" >/dev/null; then echo "check-style: $f: tab character" >&2; status=1; fi
    if grep -nP '[ \t]+$' "$f" >/dev/null; then echo "check-style: $f: trailing whitespace" >&2; status=1; fi
    if [ -s "$f" ] && [ "$(tail -c1 "$f" | od -An -c | tr -d ' ')" != '\n' ]; then
        echo "check-style: $f: no final newline" >&2; status=1
    fi
done
# Licence: an SPDX header on every source file, and the tree REUSE-compliant.
if ! python3 scripts/spdx-headers.py --check >&2; then
    echo "check-style: run 'python3 scripts/spdx-headers.py' to add the headers" >&2
    status=1
fi
if command -v reuse >/dev/null; then
    reuse lint >/dev/null || { reuse lint >&2 || true; status=1; }
else
    echo "check-style: reuse is not installed (scripts/setup-debian.sh installs it)" >&2
    status=1
fi
exit $status
