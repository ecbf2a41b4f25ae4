#!/usr/bin/env bash
# The PostgreSQL server of the test suite: `server.sh start STATE` creates a fresh cluster in a
# temporary folder (initdb), listening on a Unix socket in that folder only, loads seed.sql and
# writes the folder's path to STATE; `server.sh stop STATE` stops it and removes the folder.
# Started as root (CI), the server runs as the unprivileged system user reclint-pg.
# Without server binaries: a failure under CI=true, else STATE says "unavailable: ..." and the
# tests that need the server are reported as skipped.
set -euo pipefail
action="${1:?usage: server.sh start|stop STATE_FILE}"
state="${2:?usage: server.sh start|stop STATE_FILE}"
here="$(cd "$(dirname "$0")" && pwd)"

find_bindir() {
  local candidates=()
  if command -v pg_config >/dev/null 2>&1; then candidates+=("$(pg_config --bindir)"); fi
  # Debian's pg_config (libpq-dev) may name the client's folder: look for the server's too.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V -r); do candidates+=("$dir"); done
  if command -v initdb >/dev/null 2>&1; then candidates+=("$(dirname "$(command -v initdb)")"); fi
  for dir in "${candidates[@]}"; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$server_user" -- "$@"; else "$@"; fi
}

stop() {
  [ -f "$state" ] || exit 0
  local dir
  dir="$(head -n 1 "$state")"
  rm -f "$state"
  case "$dir" in unavailable:*) exit 0 ;; esac
  [ -d "$dir" ] || exit 0
  local bindir
  bindir="$(cat "$dir/bindir")"
  server_user="$(stat -c %U "$dir")"
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

start() {
  # A server left by an interrupted run is stopped first.
  [ -f "$state" ] && (stop) || true
  local bindir
  if ! bindir="$(find_bindir)"; then
    local why="no PostgreSQL server binaries (initdb, pg_ctl, postgres): install the Debian package postgresql"
    if [ "${CI:-}" = true ]; then
      echo "error: $why" >&2
      exit 1
    fi
    echo "unavailable: $why" >"$state"
    echo "warning: $why; the tests that need a server will be skipped" >&2
    exit 0
  fi
  # A short folder: a socket's path holds at most 107 bytes.
  local dir
  dir="$(mktemp -d /tmp/reclint-pg.XXXXXX)"
  server_user="$(id -un)"
  if [ "$(id -u)" = 0 ]; then
    server_user=reclint-pg
    id -u "$server_user" >/dev/null 2>&1 ||
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$server_user"
    chown "$server_user" "$dir"
  fi
  chmod 755 "$dir"
  echo "$bindir" >"$dir/bindir"
  as_server_user "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=reject \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    exit 1
  }
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 40
CONF
  # The role with a password proves that reclint passes a password on and never prints it.
  cat >"$dir/data/pg_hba.conf" <<CONF
local all reclint_password scram-sha-256
local all all trust
CONF
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null || {
    cat "$dir/server.log" >&2
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    exit 1
  }
  echo "$dir" >"$state"
  if ! "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -U postgres -d postgres -f "$here/seed.sql" >"$dir/seed.log" 2>&1; then
    cat "$dir/seed.log" >&2
    stop
    exit 1
  fi
  echo "$("$bindir/postgres" --version) running in $dir as $server_user"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: server.sh start|stop STATE_FILE" >&2; exit 2 ;;
esac
