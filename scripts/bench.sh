#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# Runs every benchmark under bench/ from a build directory; each prints its figures and
# compares them, in the same run, with its baseline or target.
# PATHWAY_BENCH_QUICK=1 runs a smaller workload (used by the test command).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
status=0
for b in "$build"/bench/*/bench_*; do
    [ -f "$b" ] && [ -x "$b" ] || continue
    echo "-- $(basename "$b")"
    "$b" || status=1
done
exit $status
