#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# Kills at scale (not part of CI: it takes a while): the app's real sync client and pathway-server
# are killed with SIGKILL at random points, 1,000 times by default, each restarted; then the
# client drains and the server's records are checked against everything the client saved.
# Prints kills, records, lost and duplicated, and whether device and server hold the same records.
#
#   bash scripts/soak-kill.sh [kills=1000] [seed=1] [build dir=build/ci]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-1000}
seed=${2:-1}
build=${3:-build/ci}
cmake --build "$build" --target soak_kill pathway-server
"$build/bench/soak/soak_kill" "$kills" "$seed"
