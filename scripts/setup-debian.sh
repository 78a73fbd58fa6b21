#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# Installs every system package Pathway's build, app, tests and benchmarks need on
# Debian bookworm. Idempotent: running it twice changes nothing the second time.
#
# SQLCipher 4.6.1 comes from the bookworm-backports suite. Its archive address is derived
# from this machine's own apt configuration (the source that already serves "bookworm"),
# so no host name is written here.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

backports_list=/etc/apt/sources.list.d/pathway-bookworm-backports.list

find_debian_uri() {
    # deb822 .sources files: a stanza whose Suites include "bookworm".
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk '
            BEGIN { RS=""; FS="\n" }
            {
                uri=""; suites=""; comps=""
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^URIs:/)       { sub(/^URIs:[ \t]*/, "", $i); split($i, u, /[ \t]+/); uri=u[1] }
                    if ($i ~ /^Suites:/)     { sub(/^Suites:[ \t]*/, "", $i); suites=" " $i " " }
                }
                if (uri != "" && suites ~ / bookworm /) { print uri; exit }
            }' "$f"
    done
    # one-line sources.list format.
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
        | awk '$1 == "deb" && $0 ~ / bookworm / { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' || true
}

if ! grep -rqsE '(^|[ \t])bookworm-backports([ \t]|$)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    uri=$(find_debian_uri | head -n 1 || true)
    if [ -z "$uri" ]; then
        echo "setup: cannot find a Debian bookworm source in the apt configuration to derive bookworm-backports from" >&2
        exit 1
    fi
    echo "deb $uri bookworm-backports main" | $SUDO tee "$backports_list" >/dev/null
    $SUDO apt-get update -q
elif [ ! -f /var/lib/apt/lists/lock ] || [ -z "$(ls /var/lib/apt/lists/ 2>/dev/null | grep -i backports)" ]; then
    $SUDO apt-get update -q
fi

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    clang libclang-rt-14-dev clang-format clang-tidy reuse
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qtquick-templates
    qml6-module-qttest qml6-module-qtquick-dialogs qml6-module-qtqml
    qml6-module-qtqml-models qml6-module-qtquick-shapes
    qt6-charts-dev qml6-module-qtcharts
    libqt6svg6 qt6-qpa-plugins libgl-dev libxkbcommon-dev
    qtkeychain-qt6-dev libqrencode-dev
    fonts-material-design-icons-iconfont
    qt6-speech-dev qt6-speech-speechd-plugin speech-dispatcher espeak-ng
    libsodium-dev libssl-dev libboost1.81-dev zlib1g-dev libpq-dev libxlsxwriter-dev
    postgresql-15 postgresql-client-15
    xvfb xauth x11-utils imagemagick
    # Fonts for every shipped language: Arabic script (Arabic, Farsi, Pashto, Sorani) in Noto
    # Naskh/Sans Arabic, Ge'ez (Tigrinya) in Abyssinica SIL and Noto Sans Ethiopic.
    fonts-noto-core fonts-sil-abyssinica
    poppler-utils fonts-dejavu-core
    curl python3 procps sqlite3
    # Tests read the Annex A workbook back with openpyxl.
    python3-openpyxl
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sqlcipher_ok=0
if dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | grep -qE '^4\.'; then sqlcipher_ok=1; fi

if [ ${#missing[@]} -gt 0 ] || [ $sqlcipher_ok -eq 0 ]; then
    $SUDO apt-get update -q || true
    if [ ${#missing[@]} -gt 0 ]; then
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
    if [ $sqlcipher_ok -eq 0 ]; then
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
            -t bookworm-backports libsqlcipher-dev libsqlcipher1 sqlcipher
    fi
fi

ver=$(dpkg-query -W -f='${Version}' libsqlcipher-dev)
case "$ver" in
    4.*) echo "setup: SQLCipher $ver installed" ;;
    *) echo "setup: libsqlcipher-dev is $ver, but Pathway needs 4.x from bookworm-backports" >&2; exit 1 ;;
esac
