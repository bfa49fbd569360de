#!/usr/bin/env bash
# Runs a command with a private PostgreSQL 15 server of its own: a fresh data directory, a free
# port on 127.0.0.1, a short socket directory. Exports DOO_TEST_PG_URL for the tests and stops
# and removes the server afterwards, whatever the command's outcome.
#   tests/with-postgres.sh ctest --test-dir build --output-on-failure
set -euo pipefail

pgbin=${PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$pgbin/initdb" ] || { echo "with-postgres: $pgbin/initdb not found (apt-get install postgresql-15)" >&2; exit 1; }

base=$(mktemp -d /tmp/doo-pg.XXXXXX)
chmod 755 "$base"
run=()
if [ "$(id -u)" = 0 ]; then
    chown postgres: "$base"  # initdb and pg_ctl refuse to run as root
    run=(runuser -u postgres --)
fi

stop() {
    "${run[@]}" "$pgbin/pg_ctl" -D "$base/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$base"
}
trap stop EXIT

"${run[@]}" "$pgbin/initdb" -D "$base/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$base/initdb.log" 2>&1 \
    || { cat "$base/initdb.log" >&2; exit 1; }
# The superuser `postgres` needs no password (the tests' set-up); every other login signs in with
# its password, as on a team's server (wrong-password and keychain tests need a real check).
"${run[@]}" tee "$base/data/pg_hba.conf" >/dev/null <<'HBA'
local all postgres trust
host  all postgres 127.0.0.1/32 trust
local all all scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
HBA
# Another run may take a free-looking port between the check and the start: try the next one.
port=${DOO_PG_PORT:-55432}
started=0
for attempt in $(seq 1 40); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null \
        && "${run[@]}" "$pgbin/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 30 \
            -o "-p $port -k $base -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
        started=1
        break
    fi
    port=$((port + 1))
done
[ $started = 1 ] || { echo "with-postgres: could not start PostgreSQL" >&2; cat "$base/server.log" >&2; exit 1; }

export DOO_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export DOO_TEST_REQUIRE_PG=1
# For tests that stop and restart the server: `$DOO_TEST_PG_CTL restart -m fast` (runs pg_ctl as
# the server's owner with the data directory filled in).
export DOO_TEST_PG_CTL="$base/pg_ctl"
printf '#!/bin/sh\nexec %s "%s/pg_ctl" -D "%s/data" -l "%s/server.log" -w -t 60 "$@"\n' "${run[*]}" "$pgbin" "$base" "$base" > "$base/pg_ctl"
chmod 755 "$base/pg_ctl"
echo "with-postgres: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on port $port"
set +e
"$@"
status=$?
set -e
exit $status
