#!/usr/bin/env bash
# Page speed bench (issue 15 item 5; figures in docs/benchmarks.md): p50/p95/p99 of every page and endpoint in
# bench/pages.txt, each asked for by its role, against the published host with the bundled sample loaded.
#
#   bench/pages.sh [client options]       e.g. (nothing: 20 warm-up and 200 measured requests per page, 4 callers at once)
#                                              --requests 500 --concurrency 8
#   bench/pages.sh --help                 every client option
#
# Starts a throwaway PostgreSQL (scripts/pg.sh) unless ConnectionStrings__Compliance is set; builds the host, the
# command line and the client in one build (bench/pages.slnf); publishes the host to a temporary folder and starts it
# there as a deployment runs (Production, console logging at Warning, the sample's risk model from
# scripts/sample-model.sh, one API key and one sample person per role); waits for /health/ready and for the first-run jobs (the sweep, the
# notices and the inspection lists) to finish, so pages show the sample's findings; runs the client; stops the host.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  dotnet run -c Release --project bench/ComplianceEngine.Pages.Bench -- --help
  exit 0
fi

# shellcheck source=bench-host.sh
source bench/bench-host.sh pages

echo "pages.sh: building" >&2
dotnet build bench/pages.slnf -c Release -nologo -v quiet >/dev/null
dotnet publish src/ComplianceEngine.Host -c Release --no-build -nologo -v quiet -o "$work/host" >/dev/null
model=$(bash scripts/sample-model.sh)

key() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
export BENCH_API_KEY_OFFICER BENCH_API_KEY_ENFORCEMENT BENCH_API_KEY_ENTERPRISE BENCH_API_KEY_ADMIN
BENCH_API_KEY_OFFICER=$(key) BENCH_API_KEY_ENFORCEMENT=$(key) BENCH_API_KEY_ENTERPRISE=$(key) BENCH_API_KEY_ADMIN=$(key)
# The sample people's passwords (docs/web.md: upper and lower case, a digit and a symbol), for the host and the client.
password() { printf 'Ce-%s-7x' "$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"; }
export BENCH_PASSWORD_OFFICER BENCH_PASSWORD_ENFORCEMENT BENCH_PASSWORD_ENTERPRISE BENCH_PASSWORD_ADMIN
BENCH_PASSWORD_OFFICER=$(password) BENCH_PASSWORD_ENFORCEMENT=$(password) BENCH_PASSWORD_ENTERPRISE=$(password) BENCH_PASSWORD_ADMIN=$(password)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

# Started from the temporary folder, so nothing of the repository is found by walking up from the working folder.
(
  cd "$work"
  export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Risk__ModelPath="$model" \
    Sample__Files__0="$root/data/sample/enterprises.json" Sample__Files__1="$root/data/sample/projects.json" \
    Notices__DropFolder="$work/notices-out" \
    Auth__ApiKeys__0__Key="$BENCH_API_KEY_OFFICER" Auth__ApiKeys__0__Role=officer \
    Auth__ApiKeys__1__Key="$BENCH_API_KEY_ENFORCEMENT" Auth__ApiKeys__1__Role=enforcement \
    Auth__ApiKeys__2__Key="$BENCH_API_KEY_ENTERPRISE" Auth__ApiKeys__2__Role=enterprise Auth__ApiKeys__2__EnterpriseId=E-0000001 \
    Auth__ApiKeys__3__Key="$BENCH_API_KEY_ADMIN" Auth__ApiKeys__3__Role=admin \
    Sample__Passwords__officer="$BENCH_PASSWORD_OFFICER" Sample__Passwords__enforcement="$BENCH_PASSWORD_ENFORCEMENT" \
    Sample__Passwords__enterprise="$BENCH_PASSWORD_ENTERPRISE" Sample__Passwords__admin="$BENCH_PASSWORD_ADMIN"
  exec dotnet "$work/host/ComplianceEngine.Host.dll" --urls "$url" >"$work/host.log" 2>&1
) &
host_pid=$!

fail() {
  echo "pages.sh: $1; the host's log:" >&2
  tail -n 50 "$work/host.log" >&2
  exit 1
}
for _ in $(seq 240); do
  kill -0 "$host_pid" 2>/dev/null || fail "the host exited"
  curl -sf -o /dev/null "$url/health/ready" && break
  sleep 0.5
done
curl -sf -o /dev/null "$url/health/ready" || fail "the host was not ready within 120 s"

# The first-run jobs: the sweep has stored evaluations and no job is queued or
# running in Hangfire's tables (read with psql from the connection string).
psql_bin=$(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)
conninfo=$(tr ';' '\n' <<<"$ConnectionStrings__Compliance" | sed -n -E 's/^Host=/host=/Ip; s/^Port=/port=/Ip; s/^(Username|User ID)=/user=/Ip; s/^Password=/password=/Ip; s/^Database=/dbname=/Ip' | tr '\n' ' ')
for _ in $(seq 600); do
  pending=$("$psql_bin" "$conninfo" -tAc "SELECT count(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing', 'Scheduled', 'Awaiting')")
  evaluated=$("$psql_bin" "$conninfo" -tAc "SELECT count(DISTINCT record_id) FROM evaluations WHERE record_kind = 'enterprise'")
  [ "$pending" = "0" ] && [ "$evaluated" -gt 0 ] && break
  kill -0 "$host_pid" 2>/dev/null || fail "the host exited"
  sleep 0.5
done
echo "pages.sh: host ready at $url, sample swept ($evaluated enterprises evaluated); measuring; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

status=0
dotnet bench/ComplianceEngine.Pages.Bench/bin/Release/net10.0/ComplianceEngine.Pages.Bench.dll --url "$url" --pages bench/pages.txt "$@" || status=$?
kill -0 "$host_pid" 2>/dev/null || fail "the host died during the run"
echo "pages.sh: done; load average $(cut -d' ' -f1-3 /proc/loadavg) (the machine's other work shows in the figures)" >&2
exit "$status"
