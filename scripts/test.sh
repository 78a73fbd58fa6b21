#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# Runs every Pathway test from a clean clone on Debian bookworm: installs what is needed,
# checks house style, builds with warnings as errors, runs the whole suite, then rebuilds
# with AddressSanitizer + UndefinedBehaviorSanitizer and runs the suite again, then runs each
# fuzz target for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash scripts/setup-debian.sh
bash scripts/check-style.sh

jobs=$(nproc)
export CCACHE_DIR="${CCACHE_DIR:-$root/build/.ccache}"

echo "== build (warnings are errors)"
cmake -S . -B build/ci -G Ninja -DPATHWAY_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build/ci -j "$jobs"
bash scripts/check-tidy.sh build/ci

echo "== tests"
(cd build/ci && xvfb-run -a -s "-screen 0 1280x1024x24" ctest --output-on-failure -j "$jobs" --timeout 600)

if [ "${PATHWAY_SKIP_SANITIZERS:-0}" != 1 ]; then
    # The Qt Quick app's own tests ran above; under the sanitizers we rebuild the layers that
    # handle untrusted input and keys (domain, store, sync, alerts, server) with their tests.
    echo "== tests under ASan + UBSan"
    cmake -S . -B build/asan -G Ninja -DPATHWAY_WERROR=ON -DPATHWAY_SANITIZE=ON \
        -DPATHWAY_BUILD_BENCH=OFF -DPATHWAY_BUILD_APP=OFF -DCMAKE_BUILD_TYPE=Debug
    cmake --build build/asan -j "$jobs"
    (cd build/asan && xvfb-run -a -s "-screen 0 1280x1024x24" ctest --output-on-failure -j "$jobs" \
        --timeout 900 -LE no-sanitize)
fi

if [ "${PATHWAY_SKIP_FUZZ:-0}" != 1 ]; then
    # libFuzzer targets (tests/fuzz) built with clang, each run for a bounded time from its
    # seed corpus; any crash or broken property fails the run.
    echo "== fuzzing"
    bash scripts/fuzz.sh "${PATHWAY_FUZZ_SECONDS:-30}"
fi

echo "== benchmarks (quick run: each prints its figures against its target)"
PATHWAY_BENCH_QUICK=1 bash scripts/bench.sh build/ci

echo "All tests passed."
