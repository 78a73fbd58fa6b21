#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# clang-tidy (.clang-tidy) on the core libraries, against a build's compile database.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
mapfile -t files < <(git ls-files -- 'src/domain/*.cpp' 'src/store/*.cpp' 'src/alerts/*.cpp' 'src/reports/*.cpp')
[ ${#files[@]} -gt 0 ] || exit 0
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet
