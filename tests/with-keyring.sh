#!/usr/bin/env bash
# Runs a command in a private D-Bus session with an unlocked GNOME Keyring (the Secret Service
# QtKeychain talks to) and a temporary HOME and XDG folders, removed afterwards. The command sees
# the folders' common parent as DOO_TEST_KEYRING_BASE, to search them for leaked secrets.
#   tests/with-keyring.sh build/tests/tst_keychain
set -euo pipefail

command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session not found (apt-get install dbus)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring-daemon not found (apt-get install gnome-keyring)" >&2; exit 1; }

base=$(mktemp -d /tmp/doo-keyring.XXXXXX)
trap 'rm -rf "$base"' EXIT
export HOME="$base/home" XDG_DATA_HOME="$base/data" XDG_CONFIG_HOME="$base/config" XDG_CACHE_HOME="$base/cache" \
    XDG_STATE_HOME="$base/state" XDG_RUNTIME_DIR="$base/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export DOO_TEST_KEYRING_BASE="$base"

set +e
# The keyring's own password only unlocks this throw-away keyring; it is no secret of the tests.
# The daemon ends with the session bus.
dbus-run-session -- bash -c '
    echo -n throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"' with-keyring "$@"
status=$?
set -e
exit $status
