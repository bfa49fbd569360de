#!/usr/bin/env bash
# Screenshots of every view of the window, in a light and a dark palette, for the README and the
# AppStream metainfo:
#   tests/screenshots.sh [PROGRAM] [FOLDER]
# PROGRAM defaults to build/bin/director-of-one, FOLDER to screenshots. Under a private Xvfb
# screen of 1366x768x24 and a private D-Bus session (dbus-run-session), on a temporary SQLite
# database with the program's sample data (db seed), the program starts once per view and palette
# (--view VIEW --palette light|dark), its window is placed over the whole screen, and the screen is
# saved as FOLDER/VIEW-light.png and FOLDER/VIEW-dark.png (12 files); the sample's director is
# made an ADMIN for the Data view. A view that opens with another window (an error message) fails. Settings, data folder and
# runtime folder are temporary too: nothing of the user's is read or changed. English texts, US
# formats unless SCREENSHOT_LANG names another locale (de_DE.UTF-8, fr_FR.UTF-8).
# Needs xvfb, xauth, dbus, xdotool and imagemagick (packaging/install-deps.sh --test).
set -euo pipefail

views=(board workflows consultations analytics notifications data)
palettes=(light dark)

if [ -z "${DOO_SCREENSHOTS_INNER:-}" ]; then
    program=$(realpath "${1:-build/bin/director-of-one}")
    folder=${2:-screenshots}
    for tool in xvfb-run dbus-run-session xdotool import python3; do
        command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (packaging/install-deps.sh --test)" >&2; exit 1; }
    done
    [ -x "$program" ] || { echo "screenshots: no program at $program" >&2; exit 1; }
    mkdir -p "$folder"
    folder=$(realpath "$folder")
    # The same script again, inside the X server and the session bus.
    DOO_SCREENSHOTS_INNER=1 exec xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" \
        dbus-run-session -- "$0" "$program" "$folder"
fi

program=$1
folder=$2
work=$(mktemp -d /tmp/doo-screenshots.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_RUNTIME_DIR=$work/run XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
export XDG_CACHE_HOME=$work/home/cache QT_QPA_PLATFORM=xcb
unset LC_ALL LANGUAGE DIRECTOR_DATABASE
export LANG=${SCREENSHOT_LANG:-en_US.UTF-8} LC_CTYPE=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"

database=$work/sample.sqlite
"$program" --database "sqlite:$database" db seed >/dev/null
sql() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()" "$database" "$1"; }
# Straight to the window: the onboarding dialog is a first start's, not the views'.
sql "UPDATE app_user SET onboarding_completed = 1"

shoot() { # VIEW PALETTE
    local file=$folder/$1-$2.png pid window
    "$program" --database "sqlite:$database" --view "$1" --palette "$2" >"$work/log" 2>&1 &
    pid=$!
    if ! window=$(timeout 30 xdotool search --sync --onlyvisible --name '^Director of One' | head -n 1) || [ -z "$window" ]; then
        echo "screenshots: no window for $1 ($2)" >&2
        cat "$work/log" >&2
        kill "$pid" 2>/dev/null || true
        exit 1
    fi
    # No window manager: the window is placed and sized by hand, over the whole screen.
    xdotool windowmove "$window" 0 0 windowsize "$window" 1366 768
    sleep 1 # the view loads and lays out at its new size; the charts draw
    # The window alone: another one (a message such as "There is no view") spoils the picture.
    if [ "$(xdotool search --onlyvisible --pid "$pid" | wc -l)" != 1 ]; then
        echo "screenshots: $1 ($2) shows another window beside the main window (saved in $file)" >&2
        import -window root "$file"
        kill "$pid" 2>/dev/null || true
        exit 1
    fi
    import -window root "$file"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$file"
}

for view in "${views[@]}"; do
    # The Data view is an ADMIN's: the sample's director becomes one for its pictures.
    [ "$view" != data ] || sql "UPDATE app_user SET role = 'ADMIN'"
    for palette in "${palettes[@]}"; do
        shoot "$view" "$palette"
    done
done
