#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# Pathway's main job on a fresh Debian bookworm machine: installs what is needed, builds,
# starts pathway-server on loopback with the demo authority (its embedded encrypted store
# lives in ${PATHWAY_DEMO_DIR:-build/demo}), prints every demo login, and opens the app
# against it. Ctrl+C (or closing the app) stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
export CCACHE_DIR="${CCACHE_DIR:-$(pwd)/build/.ccache}"
cmake -S . -B build/run -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPATHWAY_BUILD_TESTS=OFF -DPATHWAY_BUILD_BENCH=OFF
cmake --build build/run -j "$(nproc)" --target pathway-server pathway

data=${PATHWAY_DEMO_DIR:-build/demo}
port=${PATHWAY_PORT:-8443}
mkdir -p "$data/server" "$data/app"
chmod 700 "$data" "$data/server" "$data/app"

log="$data/server.log"
./build/run/src/server/pathway-server --demo --data "$data/server" --bind 127.0.0.1 --port "$port" >"$log" 2>&1 &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null || true; wait $server_pid 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
    grep -q "listening on" "$log" 2>/dev/null && break
    kill -0 $server_pid 2>/dev/null || { cat "$log"; echo "run: pathway-server did not start" >&2; exit 1; }
    sleep 0.2
done
url=$(grep -o 'listening on [0-9.:]*' "$log" | head -n1 | awk '{print "http://" $3}')
echo
echo "pathway-server (demo authority) is running at $url"
grep -v '^{' "$log" || true
echo

app=(./build/run/src/app/pathway --server "$url" --data "$data/app")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: running the app under a virtual X server (xvfb-run)."
    echo "Screenshots of every screen: bash scripts/screenshots.sh"
    xvfb-run -a -s "-screen 0 1280x800x24" "${app[@]}"
else
    "${app[@]}"
fi
