#!/usr/bin/env bash
# Runs a command in a private D-Bus session bus (ended with the command), with a temporary HOME
# and XDG folders, removed afterwards: for tests that talk to desktop services over D-Bus.
#   tests/with-session-bus.sh build/tests/tst_desktopnotifications
set -euo pipefail

command -v dbus-run-session >/dev/null || { echo "with-session-bus: dbus-run-session not found (apt-get install dbus)" >&2; exit 1; }

base=$(mktemp -d /tmp/doo-bus.XXXXXX)
trap 'rm -rf "$base"' EXIT
export HOME="$base/home" XDG_DATA_HOME="$base/data" XDG_CONFIG_HOME="$base/config" XDG_CACHE_HOME="$base/cache" \
    XDG_STATE_HOME="$base/state" XDG_RUNTIME_DIR="$base/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

set +e
dbus-run-session -- "$@"
status=$?
set -e
exit $status
