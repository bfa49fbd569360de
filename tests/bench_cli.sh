#!/usr/bin/env bash
# Benchmark: the command line against Taskwarrior on 10,000 tasks.
#   tests/bench_cli.sh [build/bin/director-of-one]
# Prints the median of 7 runs of `task list --json` vs `task export`, and `task add` vs `task add`,
# on SQLite (and on PostgreSQL when DOO_TEST_PG_URL is set, e.g. under tests/with-postgres.sh).
# Target: ours takes at most 0.2 of Taskwarrior's time on SQLite and 0.6 on PostgreSQL (every
# command opens its own connection to the server).
set -euo pipefail

doo=$(realpath "${1:-build/bin/director-of-one}")
command -v task >/dev/null || { echo "bench_cli: Taskwarrior is missing (apt-get install taskwarrior)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench_cli: sqlite3 is missing (apt-get install sqlite3)" >&2; exit 1; }
n=10000
runs=7
work=$(mktemp -d /tmp/doo-bench-cli.XXXXXX)
trap 'rm -rf "$work"' EXIT

# median of $runs runs of a command, in microseconds, after one run that is not counted (for
# both programs alike: the first run after setting up reads files the setup just wrote). The clock
# is bash's own $EPOCHREALTIME: a `date` process around each run would add its start-up to both.
median_ms() {
    "$@" >/dev/null 2>&1
    local times=()
    for _ in $(seq $runs); do
        local start end
        start=${EPOCHREALTIME/./}
        "$@" >/dev/null 2>&1
        end=${EPOCHREALTIME/./}
        times+=($(( end - start )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

# Taskwarrior with its own data folder, filled through `task import`.
export TASKRC="$work/taskrc" TASKDATA="$work/taskdata"
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\n' "$TASKDATA" > "$TASKRC"
mkdir -p "$TASKDATA"
awk -v n=$n 'BEGIN {
    for (i = 1; i <= n; i++) {
        p = (i % 3 == 0) ? "H" : (i % 3 == 1) ? "M" : "L";
        printf "{\"description\":\"Task number %d about budget review %d\",\"status\":\"pending\",\"priority\":\"%s\",\"tags\":[\"bench\"],\"entry\":\"20260101T120000Z\"}\n", i, i % 97, p
    }
}' > "$work/tw.json"
task import "$work/tw.json" >/dev/null 2>&1
sync # the setup's writes on disk, not flushed while the programs are timed

tw_export=$(median_ms task export)
tw_add=$(median_ms task add "Benchmark task" project:bench)

report() { # backend list_ms add_ms target_ratio
    awk -v b="$1" -v l="$2" -v a="$3" -v t="$4" -v te="$tw_export" -v ta="$tw_add" 'BEGIN {
        printf "%-11s task list --json %6.1f ms   task export %6.1f ms   ratio %.3f (target %.1f)  %s\n", b, l / 1000, te / 1000, l / te, t, (l / te <= t ? "PASS" : "MISS")
        printf "%-11s task add        %6.1f ms   task add    %6.1f ms   ratio %.3f (target %.1f)  %s\n", b, a / 1000, ta / 1000, a / ta, t, (a / ta <= t ? "PASS" : "MISS")
    }'
}

echo "Director of One vs Taskwarrior $(task --version) on $n tasks (median of $runs runs)"

# SQLite: the schema through our own migrate, the rows through sqlite3 in one statement.
db="$work/bench.sqlite"
"$doo" --database "sqlite:$db" db migrate >/dev/null
sqlite3 "$db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $n)
INSERT INTO task (id, user_id, title, description, priority, status, position, tags, created_at, updated_at, version)
SELECT printf('%08x-0000-4000-8000-%012x', i, i), (SELECT id FROM app_user LIMIT 1), 'Task number ' || i || ' about budget review ' || (i % 97),
       '', CASE i % 3 WHEN 0 THEN 'HIGH' WHEN 1 THEN 'MEDIUM' ELSE 'LOW' END, 'TODO', i * 1024, '[\"bench\"]',
       '2026-01-01T12:00:00.000Z', '2026-01-01T12:00:00.000Z', 1 FROM n;
INSERT INTO task_tag (task_id, tag, tag_key) SELECT id, 'bench', 'bench' FROM task;"
sync
report sqlite "$(median_ms "$doo" --database "sqlite:$db" task list --json)" \
              "$(median_ms "$doo" --database "sqlite:$db" task add "Benchmark task" --tag bench)" 0.2

if [ -n "${DOO_TEST_PG_URL:-}" ] && command -v psql >/dev/null; then
    psql -q "$DOO_TEST_PG_URL" -c "DROP DATABASE IF EXISTS doo_bench_cli" -c "CREATE DATABASE doo_bench_cli" >/dev/null
    pg="${DOO_TEST_PG_URL%/*}/doo_bench_cli"
    "$doo" --database "$pg" db migrate >/dev/null
    psql -q "$pg" -c "INSERT INTO task (id, user_id, title, description, priority, status, position, tags, created_at, updated_at, version)
SELECT lpad(to_hex(i), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(i), 12, '0'), (SELECT id FROM app_user LIMIT 1),
       'Task number ' || i || ' about budget review ' || (i % 97), '',
       CASE i % 3 WHEN 0 THEN 'HIGH' WHEN 1 THEN 'MEDIUM' ELSE 'LOW' END, 'TODO', i * 1024, '[\"bench\"]',
       '2026-01-01T12:00:00Z', '2026-01-01T12:00:00Z', 1 FROM generate_series(1, $n) AS i" \
        -c "INSERT INTO task_tag (task_id, tag, tag_key) SELECT id, 'bench', 'bench' FROM task" >/dev/null
    report postgresql "$(median_ms "$doo" --database "$pg" task list --json)" \
                      "$(median_ms "$doo" --database "$pg" task add "Benchmark task" --tag bench)" 0.6
    psql -q "$DOO_TEST_PG_URL" -c "DROP DATABASE doo_bench_cli WITH (FORCE)" >/dev/null
fi
