#!/usr/bin/env bash
# Installs what Director of One needs on Debian 12, with apt-get.
#   packaging/install-deps.sh          build and run the app
#   packaging/install-deps.sh --test   also what the tests need (PostgreSQL 15, Xvfb, D-Bus, keyring,
#                                      the desktop file and metainfo validators) and what
#                                      packaging/check-package.sh and render-icons.sh use
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libpq-dev
)
if [ "${1:-}" = "--test" ]; then
    packages+=(postgresql-15 postgresql-client-15 xvfb xauth dbus dbus-x11 gnome-keyring imagemagick poppler-utils
               python3 python3-icalendar clang-format libsecret-tools
               desktop-file-utils appstream lintian librsvg2-bin dpkg-dev file)
fi

sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
fi
