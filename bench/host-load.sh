#!/usr/bin/env bash
# Load benchmark of the hosted service: POST /api/v1/screenings on loopback (figures in docs/benchmarks.md).
#
#   bench/host-load.sh [client options]      e.g. (nothing: 500/s open loop, 10 s warm-up, 60 s measured)
#                                                 --rate 700 --duration 30
#                                                 --repeat               (resend the sample: stored-evaluation path)
#                                                 --closed-loop 16       (16 in flight, as fast as the host answers)
#   bench/host-load.sh --help                see every client option
#
# Starts a throwaway PostgreSQL (scripts/pg.sh) unless ConnectionStrings__Compliance is set, builds the host and the
# load client (bench/ComplianceEngine.Host.Bench) in Release, starts the host on a free loopback port as a production
# node would run (jobs off, one officer key, console logging at Warning so per-request logging does not dominate),
# waits for /health/ready, runs the client with the given options and stops the host.
#
#   BENCH_DURABLE=1   only with the throwaway cluster: restart it with fsync, full_page_writes and synchronous_commit
#                     on (pg.sh turns them off), so every screening's commit waits for its WAL flush as on a real server.
#
# Exit status: the client's (0 when it ran, whatever the verdict; 2 when it could not start), or 1 when the host does
# not start, dies during the run, or stops with an error.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  dotnet run -c Release --project bench/ComplianceEngine.Host.Bench -- --help
  exit 0
fi

# shellcheck source=bench-host.sh
source bench/bench-host.sh host-load

# The part of the connection string named $1 (Host, Port, Password, …).
conn_part() {
  tr ';' '\n' <<<"$ConnectionStrings__Compliance" | sed -n "s/^$1=//Ip" | head -n 1
}

if [ "${BENCH_DURABLE:-}" = "1" ]; then
  if [ -z "$own_pg" ]; then
    echo "host-load.sh: BENCH_DURABLE=1 restarts the server; it is only for the throwaway cluster this script starts" >&2
    exit 1
  fi
  # pg.sh passes its settings on the server's command line, which outranks ALTER SYSTEM: restart the cluster with
  # the same command line (kept in postmaster.opts) and the durability settings turned back on.
  pg_dir=$(cat "$PG_SH_DIR/cluster")
  pg_as_owner sed -i -e 's/fsync=off/fsync=on/' -e 's/synchronous_commit=off/synchronous_commit=on/' \
    -e 's/full_page_writes=off/full_page_writes=on/' "$pg_dir/data/postmaster.opts"
  pg_as_owner "$(pg_bin_dir)/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 -m fast restart >/dev/null
fi

# Said with every run: durability settings change what a screening's commit costs.
echo "PostgreSQL: $(PGPASSWORD=$(conn_part Password) psql -qAt -h "$(conn_part Host)" -p "$(conn_part Port)" \
  -U "$(conn_part Username)" -d "$(conn_part Database)" \
  -c "SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'server_version')" \
  2>/dev/null || echo "settings not readable")"

echo "building the host and the load client (Release)"
dotnet build -c Release -v quiet -nologo src/ComplianceEngine.Host >"$work/build.log" 2>&1 \
  && dotnet build -c Release -v quiet -nologo bench/ComplianceEngine.Host.Bench >>"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))
key=$(openssl rand -hex 24)
url="http://127.0.0.1:$port"

# The catalog is named explicitly: the default (nearest rules/ above the working folder) depends on where this runs.
env ASPNETCORE_ENVIRONMENT=Production \
  Jobs__Enabled=false \
  Auth__ApiKeys__0__Key="$key" Auth__ApiKeys__0__Role=officer \
  Rules__Directory="$root/rules" \
  Logging__LogLevel__Default=Warning \
  dotnet src/ComplianceEngine.Host/bin/Release/net10.0/ComplianceEngine.Host.dll --urls "$url" >"$work/host.log" 2>&1 &
host_pid=$!

host_failed() {
  echo "host-load.sh: $1; the host's log:" >&2
  cat "$work/host.log" >&2
  exit 1
}

for _ in $(seq 1 240); do
  if ! kill -0 "$host_pid" 2>/dev/null; then
    host_failed "the host exited before it was ready"
  fi
  if curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; then
    break
  fi
  sleep 0.5
done
curl -fsS -o /dev/null "$url/health/ready" || host_failed "the host was not ready after 120 s"
echo "host ready at $url (pid $host_pid); load average $(cut -d ' ' -f 1-3 /proc/loadavg)"

status=0
BENCH_API_KEY="$key" dotnet bench/ComplianceEngine.Host.Bench/bin/Release/net10.0/ComplianceEngine.Host.Bench.dll \
  --url "$url/" "$@" || status=$?

if ! kill -0 "$host_pid" 2>/dev/null; then
  host_failed "the host died during the run"
fi
kill "$host_pid"
host_status=0
wait "$host_pid" || host_status=$?
host_pid=""
if [ -s "$work/host.log" ]; then
  echo "host log (warnings and errors):"
  tail -n 40 "$work/host.log"
fi
if [ "$host_status" -ne 0 ]; then
  host_failed "the host stopped with status $host_status"
fi
exit "$status"
