#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) in build/fuzz and runs
# each for a bounded time from its seed corpus, then prints executions and crashes per target.
#
#   bash scripts/fuzz.sh            # 45 s per target (the test command's stage)
#   bash scripts/fuzz.sh 1800       # a long run: 30 minutes per target
#   PATHWAY_FUZZ_TARGETS="merge csv" bash scripts/fuzz.sh 60
#   PATHWAY_FUZZ_SKIP_BUILD=1 bash scripts/fuzz.sh 600   # run the targets already built
#
# New inputs go to build/fuzz/corpus/<target> (the seeds in tests/fuzz/corpus are never changed);
# a crashing input is saved as build/fuzz/crashes/<target>-crash-<sha1>. Fails if any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-45}
build=${PATHWAY_FUZZ_BUILD:-build/fuzz}
jobs=$(nproc)
export CCACHE_DIR="${CCACHE_DIR:-$root/build/.ccache}"

if [ "${PATHWAY_FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    # -O1 with line tables only: quicker to build than RelWithDebInfo, and stack traces still name lines.
    echo "== fuzz targets: build (clang, libFuzzer + ASan + UBSan; only the libraries they need)"
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DPATHWAY_FUZZ=ON -DPATHWAY_BUILD_APP=OFF \
        -DPATHWAY_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" >/dev/null
    cmake --build "$build" -j "$jobs" --target pathway_fuzzers
fi

targets=${PATHWAY_FUZZ_TARGETS:-$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//')}
mkdir -p "$build/crashes" "$build/logs"
# Leaks are reported by the ASan test stage; here an input that leaks would only be noise from
# Qt's own caches.
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:${UBSAN_OPTIONS:-}"
total=0
failed=0
printf '%-10s %14s %8s %8s\n' target executions crashes corpus
for t in $targets; do
    corpus="$build/corpus/$t"
    mkdir -p "$corpus"
    log="$build/logs/$t.log"
    rm -f "$build/crashes/$t-"*
    status=0
    "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=60 -rss_limit_mb=4096 \
        -artifact_prefix="$build/crashes/$t-" "$corpus" "tests/fuzz/corpus/$t" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=${execs:-0}
    crashes=$(find "$build/crashes" -name "$t-*" -type f | wc -l)
    if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        crashes=1 # it died without saving an input (e.g. out of memory at start)
    fi
    printf '%-10s %14s %8s %8s\n' "$t" "$execs" "$crashes" "$(find "$corpus" -type f | wc -l)"
    total=$((total + execs))
    if [ "$crashes" -ne 0 ]; then
        failed=1
        echo "   fuzz_$t failed; its output:"
        grep -E 'ERROR|property failed|runtime error|SUMMARY|Test unit written' "$log" | head -20 | sed 's/^/   /'
    fi
done
echo "total executions: $total"
exit $failed
