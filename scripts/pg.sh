#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and local runs.
#
#   source scripts/pg.sh        starts a cluster, exports ConnectionStrings__Compliance, removes it when the shell exits
#   scripts/pg.sh start DIR     starts a cluster, keeps its state in DIR (created if missing), prints the connection string
#   scripts/pg.sh stop DIR      stops that cluster and removes it and DIR
#   scripts/pg.sh up DIR        a lasting cluster kept in DIR: created on first use, started if stopped; prints the connection string
#   scripts/pg.sh down DIR      stops that lasting cluster, keeping its data
#
# PostgreSQL refuses to run as root, so the cluster belongs to the postgres user; it listens on a free loopback
# port and its unix socket stays in its own folder, so it never meets another cluster on the machine.

pg_bin_dir() {
  local d
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return 0
  fi
  # Debian keeps each major version in its own folder; take the newest.
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

pg_install() {
  if pg_bin_dir >/dev/null; then
    return 0
  fi
  echo "pg.sh: installing PostgreSQL with apt-get" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  pg_bin_dir >/dev/null
}

pg_free_port() {
  python3 - 2>/dev/null <<'EOF' || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

# Runs a command as the cluster owner: as-is when we are not root, via runuser/su when we are.
pg_as_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- "$@"
  else
    su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  fi
}

# pg_init DIR PORT PASSWORD LOG: a new cluster in DIR/data owned by postgres, started on PORT, with the compliance role
# and database. DIR must belong to postgres.
pg_init() {
  local dir=$1 port=$2 password=$3 log=$4 bin
  bin=$(pg_bin_dir)
  printf '%s\n' "$password" >"$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
  pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/pwfile" \
    -E UTF8 --locale=C.UTF-8 >"$log" 2>&1 \
    || { cat "$log" >&2; return 1; }
  rm -f "$dir/pwfile"
  pg_run "$dir" "$port" || return 1
  PGPASSWORD="$password" "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 -c "CREATE ROLE compliance LOGIN CREATEDB PASSWORD '$password';" \
    -c "CREATE DATABASE compliance OWNER compliance;" >/dev/null
}

# pg_run DIR PORT: starts the cluster in DIR/data on PORT (loopback only; its socket in DIR/socket).
pg_run() {
  local dir=$1 port=$2 bin
  bin=$(pg_bin_dir)
  pg_as_owner mkdir -p "$dir/socket"
  # Settings for a local cluster: durability buys nothing here, speed does.
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB -c max_wal_size=4GB -c timezone=UTC" \
    >/dev/null || { pg_as_owner cat "$dir/server.log" >&2; return 1; }
}

# pg_start STATE: prints the Npgsql connection string of a fresh cluster and records where it lives in STATE.
# The cluster itself goes in its own /tmp folder owned by postgres: STATE's parents may be closed to that user.
pg_start() {
  local state=$1 port password dir
  pg_install || { echo "pg.sh: no PostgreSQL and apt-get could not install it" >&2; return 1; }
  mkdir -p "$state"
  dir=$(mktemp -d /tmp/compliance-pg.XXXXXX)
  printf '%s\n' "$dir" >"$state/cluster"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"
  port=$(pg_free_port)
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  pg_init "$dir" "$port" "$password" "$state/initdb.log" || return 1
  echo "Host=127.0.0.1;Port=$port;Database=compliance;Username=compliance;Password=$password"
}

# pg_up STATE: a cluster that lasts between runs, kept under STATE (a folder of the repository for a local run):
# created on first use, started if stopped, reused if running; prints its connection string. When the postgres user
# cannot reach STATE (a parent folder closed to it, such as /root), the data goes to /var/tmp and STATE says where.
pg_up() {
  local state=$1 bin dir port password
  pg_install || { echo "pg.sh: no PostgreSQL and apt-get could not install it" >&2; return 1; }
  bin=$(pg_bin_dir)
  mkdir -p "$state"
  state=$(cd "$state" && pwd)
  if [ -f "$state/connection" ]; then
    dir=$(cat "$state/cluster")
    port=$(sed -n 's/.*Port=\([0-9]*\);.*/\1/p' "$state/connection")
    if ! pg_as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      pg_run "$dir" "$port" || return 1
    fi
    cat "$state/connection"
    return 0
  fi

  dir="$state/cluster-data"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  if ! pg_as_owner test -w "$dir" 2>/dev/null; then
    rmdir "$dir"
    dir="/var/tmp/compliance-pg-$(printf '%s' "$state" | cksum | cut -d' ' -f1)"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    echo "pg.sh: the postgres user cannot reach $state; the cluster's data is in $dir" >&2
  fi
  chmod 700 "$dir"
  printf '%s\n' "$dir" >"$state/cluster"
  port=$(pg_free_port)
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  pg_init "$dir" "$port" "$password" "$state/initdb.log" || return 1
  (umask 077 && echo "Host=127.0.0.1;Port=$port;Database=compliance;Username=compliance;Password=$password" >"$state/connection")
  cat "$state/connection"
}

# pg_down STATE: stops a lasting cluster and keeps its data.
pg_down() {
  local state=$1 bin dir
  [ -f "$state/cluster" ] || return 0
  dir=$(cat "$state/cluster")
  bin=$(pg_bin_dir) || return 0
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

pg_stop() {
  local state=$1 bin dir
  [ -d "$state" ] || return 0
  dir=$(cat "$state/cluster" 2>/dev/null || true)
  bin=$(pg_bin_dir) || true
  if [ -n "$dir" ] && [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case "$dir" in /tmp/compliance-pg.*) rm -rf "$dir" ;; esac
  rm -rf "$state"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: one cluster for this shell, gone when it exits.
  PG_SH_DIR=$(mktemp -d /tmp/compliance-pgstate.XXXXXX)
  if ConnectionStrings__Compliance=$(pg_start "$PG_SH_DIR"); then
    export ConnectionStrings__Compliance
    trap 'pg_stop "$PG_SH_DIR"' EXIT
  else
    pg_stop "$PG_SH_DIR"
    echo "pg.sh: could not start PostgreSQL" >&2
    return 1
  fi
else
  set -euo pipefail
  case "${1:-}" in
    start) pg_start "${2:?usage: pg.sh start DIR}" ;;
    stop) pg_stop "${2:?usage: pg.sh stop DIR}" ;;
    up) pg_up "${2:?usage: pg.sh up DIR}" ;;
    down) pg_down "${2:?usage: pg.sh down DIR}" ;;
    *) echo "usage: pg.sh start DIR | stop DIR | up DIR | down DIR   (or: source scripts/pg.sh)" >&2; exit 2 ;;
  esac
fi
