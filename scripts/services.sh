#!/usr/bin/env bash
# Start a local PostgreSQL 15 and Redis for the production profile (tests, e2e, load bench).
# Idempotent: a second run finds both running and only prints their URLs.
#
# This is a development instance on loopback only: durability is traded for speed
# (fsync off), which a bank's own PostgreSQL must never do. docs/production.md says how
# a real deployment is configured.
#
# Overrides: SERVICES_DIR (data, default /var/tmp/advisor-services), PG_PORT (55432),
# REDIS_PORT (56379), PG_PASSWORD (advisor).
set -euo pipefail

SERVICES_DIR="${SERVICES_DIR:-/var/tmp/advisor-services}"
PG_PORT="${PG_PORT:-55432}"
REDIS_PORT="${REDIS_PORT:-56379}"
PG_PASSWORD="${PG_PASSWORD:-advisor}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_DATA="$SERVICES_DIR/postgres"
PG_SOCKET="$SERVICES_DIR/run"
PG_LOG="$SERVICES_DIR/postgres.log"
REDIS_DIR="$SERVICES_DIR/redis"

say() { echo "services: $*" >&2; }
die() { echo "services: $*" >&2; exit 1; }

as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

install_missing() {
    local packages=()
    [ -x "$PG_BIN/postgres" ] || packages+=(postgresql)
    command -v redis-server >/dev/null || packages+=(redis-server)
    [ ${#packages[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || die "missing ${packages[*]}: install them (sudo apt-get install ${packages[*]}) and run again"
    say "installing ${packages[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    # Debian's package starts its own cluster on 5432 and redis on 6379; ours are separate.
    [ -x "$PG_BIN/postgres" ] || die "apt-get installed postgresql, but $PG_BIN/postgres is not there: set PG_BIN to PostgreSQL 15's bin directory"
}

start_postgres() {
    id postgres >/dev/null 2>&1 || die "no 'postgres' user: install Debian's postgresql package"
    mkdir -p "$SERVICES_DIR"
    chmod 755 "$SERVICES_DIR"
    mkdir -p "$PG_SOCKET"
    chown postgres: "$PG_SOCKET"
    if [ ! -s "$PG_DATA/PG_VERSION" ]; then
        say "initialising PostgreSQL in $PG_DATA"
        mkdir -p "$PG_DATA"
        chown postgres: "$PG_DATA"
        chmod 700 "$PG_DATA"
        as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust \
            --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
        cat >>"$PG_DATA/postgresql.conf" <<EOF
# advisor assistant: development instance (scripts/services.sh)
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKET'
max_connections = 300
shared_buffers = 256MB
# Speed over durability: a throw-away test/dev database, never a bank's.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    fi
    if as_postgres "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
        say "PostgreSQL already running on 127.0.0.1:$PG_PORT"
    else
        # A stale pid file after a crash or a reboot would stop pg_ctl; postgres itself checks it.
        touch "$PG_LOG" && chown postgres: "$PG_LOG"
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null \
            || die "PostgreSQL did not start; see $PG_LOG"
        say "PostgreSQL started on 127.0.0.1:$PG_PORT"
    fi
    psql_admin() { as_postgres "$PG_BIN/psql" -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
    # CREATEDB: the test suite clones a fresh database per test from a migrated template.
    psql_admin -d postgres -c "DO \$\$BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'advisor') THEN
            CREATE ROLE advisor LOGIN CREATEDB;
        END IF;
        ALTER ROLE advisor WITH LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
    END\$\$;"
    # DROP DATABASE ... WITH (FORCE) of a test database may have to end an autovacuum
    # worker, which needs this role.
    psql_admin -d postgres -c "GRANT pg_signal_backend TO advisor"
    for database in advisor advisor_test rasa_tracker; do
        if [ -z "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
            psql_admin -d postgres -c "CREATE DATABASE $database OWNER advisor"
        fi
    done
}

start_redis() {
    if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then
        say "Redis already running on 127.0.0.1:$REDIS_PORT"
        return
    fi
    mkdir -p "$REDIS_DIR"
    # Only locks and nothing else live here: no persistence.
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes \
        --dir "$REDIS_DIR" --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" \
        --save "" --appendonly no --protected-mode yes
    for _ in $(seq 50); do
        redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break
        sleep 0.1
    done
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG \
        || die "Redis did not start; see $REDIS_DIR/redis.log"
    say "Redis started on 127.0.0.1:$REDIS_PORT"
}

# The daemons outlive this script: they must not inherit the caller's open files beyond
# stdin/out/err (a `flock` around this script would otherwise stay held for their lifetime).
close_inherited_files() {
    local fd
    for fd in /proc/$$/fd/*; do
        fd=${fd##*/}
        [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-" 2>/dev/null || true
    done
}

close_inherited_files
install_missing
start_postgres
start_redis

base="postgresql+psycopg://advisor:$PG_PASSWORD@127.0.0.1:$PG_PORT"
cat <<EOF
DATABASE_URL=$base/advisor
TEST_DATABASE_URL=$base/advisor_test
TRACKER_STORE_URL=postgresql://advisor:$PG_PASSWORD@127.0.0.1:$PG_PORT/rasa_tracker
LOCK_STORE_URL=redis://127.0.0.1:$REDIS_PORT/0
EOF
