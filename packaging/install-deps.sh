#!/usr/bin/env bash
# Installs what Director of One needs on Debian 12, with apt-get.
#   packaging/install-deps.sh          build and run the app
#   packaging/install-deps.sh --test   also what the tests need (PostgreSQL 15, Xvfb, D-Bus, keyring,
#                                      the desktop file and metainfo validators) and what
#                                      packaging/check-package.sh and render-icons.sh use, and
#                                      clang with its sanitizer and libFuzzer runtimes
#                                      (tests/sanitizers.sh)
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libpq-dev
)
if [ "${1:-}" = "--test" ]; then
    packages+=(postgresql-15 postgresql-client-15 xvfb xauth dbus dbus-x11 gnome-keyring imagemagick poppler-utils
               python3 python3-icalendar clang-format libsecret-tools xdotool
               desktop-file-utils appstream lintian librsvg2-bin dpkg-dev file clang libclang-rt-14-dev)
fi

sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# tst_package (packaging/check-package.sh) asks apt whether the package installs on a clean system:
# that needs the archive's package lists, which slim images delete.
lists_missing=false
if [ "${1:-}" = "--test" ] && ! ls /var/lib/apt/lists/*_Packages* > /dev/null 2>&1; then
    lists_missing=true
fi
export DEBIAN_FRONTEND=noninteractive
if [ ${#missing[@]} -gt 0 ] || $lists_missing; then
    "${sudo[@]}" apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
    "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
fi
