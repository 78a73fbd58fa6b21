#!/usr/bin/env bash
# Screenshots of every main screen: each role, phone (360x800) and desktop (1280x800) size,
# in English and in Arabic (right to left), saved to screenshots/. Builds the app if needed
# and runs it under a virtual X server (the offscreen platform draws Material controls wrongly).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PATHWAY_BUILD_DIR:-build/screenshots}
out=${1:-screenshots}

if [ ! -x "$build/src/app/pathway" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPATHWAY_BUILD_TESTS=OFF \
        -DPATHWAY_BUILD_BENCH=OFF -DPATHWAY_BUILD_SERVER=OFF
fi
cmake --build "$build" --target pathway -j "$(nproc)"

mkdir -p "$out"
export QT_QPA_PLATFORM=xcb
for lang in en ar; do
    xvfb-run -a -s "-screen 0 1400x900x24" "$build/src/app/pathway" --screenshots "$out" --lang "$lang"
done
echo "Screenshots are in $out/"
