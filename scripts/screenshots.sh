#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# Screenshots of every main screen: each role, phone (360x800) and desktop (1280x800) size, and
# every main page again on a phone at 200% text (the young person's in the dark theme too),
# in English and in Arabic (right to left), the young person's main pages in each other language,
# of the set-up steps, of the banner and sheet shown
# when a sign-in has expired, of a PA's "Set up their phone" sheet (code and QR code), and of the
# alerts page signed in to a server (with an acknowledgement and the note dialog), saved to
# screenshots/. Builds the app if needed and runs it under a virtual X
# server (the offscreen platform draws Material controls wrongly).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PATHWAY_BUILD_DIR:-build/screenshots}
out=${1:-screenshots}

# The sign-in-again banner and sheet need a server that ends the session: their Qt Quick test
# (tests/ui, which starts pathway-server on 127.0.0.1) saves them, so tests and server are built too.
signin_test="$build/tests/ui/tst_signinagain_qml"
alerts_test="$build/tests/ui/tst_alerts_qml"
onboarding_test="$build/tests/ui/tst_onboarding_qml"
# "Sync now" and an urgent request from the Talk page to the PA's caseload and record and back.
requests_test="$build/tests/ui/tst_requests_qml"
if [ ! -x "$build/src/app/pathway" ] || [ ! -x "$signin_test" ] || [ ! -x "$alerts_test" ] \
    || [ ! -x "$onboarding_test" ] || [ ! -x "$requests_test" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPATHWAY_BUILD_TESTS=ON \
        -DPATHWAY_BUILD_BENCH=OFF -DPATHWAY_BUILD_SERVER=ON
fi
cmake --build "$build" --target pathway tst_signinagain_qml tst_alerts_qml tst_onboarding_qml tst_requests_qml \
    -j "$(nproc)"

mkdir -p "$out"
export QT_QPA_PLATFORM=xcb
for lang in en ar; do
    xvfb-run -a -s "-screen 0 1400x900x24" "$build/src/app/pathway" --screenshots "$out" --lang "$lang"
    # The sign-in expired: the banner (desktop, and phone at 200% text) and the sheet to sign in again.
    PATHWAY_SCREENSHOT_DIR="$out" PATHWAY_TEST_LANG="$lang" \
        xvfb-run -a -s "-screen 0 1400x900x24" "$signin_test" >/dev/null
    # The alerts page of a PA and a manager signed in, an acknowledgement, and the note dialog; the
    # manager's Team page with the returns (OC3, Annex A) after saving Annex A.
    PATHWAY_SCREENSHOT_DIR="$out" PATHWAY_TEST_LANG="$lang" \
        xvfb-run -a -s "-screen 0 1400x900x24" "$alerts_test" >/dev/null
    # A PA's sheet to set up a young person's phone: a real code from the server, and its QR code.
    PATHWAY_SCREENSHOT_DIR="$out" PATHWAY_TEST_LANG="$lang" \
        xvfb-run -a -s "-screen 0 1400x900x24" "$onboarding_test" >/dev/null
    # English only: these tests find controls by their English names.
    if [ "$lang" = en ]; then
        PATHWAY_SCREENSHOT_DIR="$out" PATHWAY_TEST_LANG="$lang" \
            xvfb-run -a -s "-screen 0 1400x900x24" "$requests_test" >/dev/null
    fi
done
# Every other language: the first screen (with the language choice) and the young person's home,
# plan, offer and documents pages at phone size, to check each script shows (no boxes) and mirrors.
for lang in fa ps ti ckb sq vi so; do
    xvfb-run -a -s "-screen 0 1400x900x24" "$build/src/app/pathway" --screenshots "$out" --lang "$lang" \
        --young-person-pages
done
echo "Screenshots are in $out/"
