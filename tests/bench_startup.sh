#!/usr/bin/env bash
# Benchmark: how long the window takes to appear, on the seeded sample and on 100,000 tasks.
#   tests/bench_startup.sh [build/bin/director-of-one] [RUNS]
# Starts the program RUNS times (default 7) on each SQLite database under a private Xvfb and
# measures from the start of the process until its main window is mapped (xdotool), then prints
# the medians side by side. The sample's start is the baseline; target: the 100,000-task database
# at most 1.2x of it (start-up must not grow with the data).
# Needs xvfb, xdotool and dbus (packaging/install-deps.sh --test).
set -euo pipefail

doo=$(realpath "${1:-build/bin/director-of-one}")
runs=${2:-7}
for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || { echo "bench_startup: $tool is missing (packaging/install-deps.sh --test)" >&2; exit 1; }
done
work=$(mktemp -d /tmp/doo-bench-startup.XXXXXX)
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=$display DBUS_SESSION_BUS_ADDRESS=disabled: HOME=$work/home XDG_RUNTIME_DIR=$work/run
export XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

sample=$work/sample.sqlite
big=$work/big.sqlite
"$doo" --database "sqlite:$sample" db seed >/dev/null
python3 - "$work/tasks.csv" <<'EOF'
import sys
statuses = ["TODO", "IN_PROGRESS", "REVIEW", "COMPLETED", "CANCELLED"]
with open(sys.argv[1], "w") as f:
    f.write("title,description,status,priority,due_date,tags\n")
    for i in range(100000):
        f.write(f"Task {i} of the quarterly review,Notes for task {i},{statuses[i % 5]},MEDIUM,"
                f"2027-01-{i % 28 + 1:02d},tag{i % 50}\n")
EOF
"$doo" --database "sqlite:$big" import csv "$work/tasks.csv" --kind tasks >/dev/null
# Both go straight to the board (the onboarding dialog is a first start's, not every start's).
for db in "$sample" "$big"; do
    "$doo" --database "sqlite:$db" user set --name Director >/dev/null
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('UPDATE app_user SET onboarding_completed=1'); c.commit()" "$db"
done

# Milliseconds from the start of the process until a visible window with the program's title.
start_once() {
    local start end pid
    start=${EPOCHREALTIME/./}
    "$doo" --database "sqlite:$1" --view board >/dev/null 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name 'Director of One' >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { echo "bench_startup: the program ended before its window appeared" >&2; exit 1; }
        sleep 0.005
    done
    end=${EPOCHREALTIME/./}
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo $(( (end - start) / 1000 ))
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

start_once "$sample" >/dev/null # the first start reads the program's files from disk
small_times=() big_times=()
for _ in $(seq "$runs"); do # interleaved, so that a busy moment of the machine hits both alike
    small_times+=("$(start_once "$sample")")
    big_times+=("$(start_once "$big")")
done
small=$(median "${small_times[@]}")
large=$(median "${big_times[@]}")
echo "window appears (median of $runs, ms): sample $small (${small_times[*]}), 100,000 tasks $large (${big_times[*]})"
awk -v a="$large" -v b="$small" 'BEGIN { printf "ratio 100,000 tasks / sample: %.2f (target at most 1.20)\n", a / b }'
