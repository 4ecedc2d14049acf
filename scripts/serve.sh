#!/usr/bin/env bash
# The README's run command: the hosted service with the bundled sample, ready to call.
#
# Without ConnectionStrings__Compliance it starts a local PostgreSQL kept under .local/pg (scripts/pg.sh up, the same
# script the tests use; installed with apt if missing), stopped again when the service stops and reused next time.
# On first run it also trains a risk model on a synthetic inspection panel and makes one API key per role; both are
# kept in .local/ and printed. The service imports data/sample when its register is empty and prints its URL.
#
#   bash scripts/serve.sh [--urls http://127.0.0.1:5080] [any other host setting, e.g. --Jobs:Enabled=false]
set -euo pipefail
cd "$(dirname "$0")/.."
local_dir=.local
mkdir -p "$local_dir"

if command -v apt-get >/dev/null 2>&1 && ! dpkg -s libgomp1 >/dev/null 2>&1; then
  apt-get install -y libgomp1 >/dev/null || { apt-get update >/dev/null && apt-get install -y libgomp1 >/dev/null; }
fi

if [ -z "${ConnectionStrings__Compliance:-}" ]; then
  ConnectionStrings__Compliance=$(bash scripts/pg.sh up "$local_dir/pg")
  export ConnectionStrings__Compliance
  trap 'bash scripts/pg.sh down "$local_dir/pg"' EXIT
  echo "serve.sh: local PostgreSQL up (data in $local_dir/pg; 'bash scripts/pg.sh stop $local_dir/pg' removes it)" >&2
fi

echo "serve.sh: building" >&2
dotnet build src/ComplianceEngine.Host -c Release -nologo -v quiet
host=src/ComplianceEngine.Host/bin/Release/net10.0/ComplianceEngine.Host.dll

model="$local_dir/risk/model.zip"
if [ -z "${Risk__ModelPath:-}" ] && [ ! -f "$model" ]; then
  echo "serve.sh: training a risk model on a synthetic inspection panel (once; kept in $local_dir/risk)" >&2
  dotnet build src/ComplianceEngine.Cli -c Release -nologo -v quiet
  cli="dotnet src/ComplianceEngine.Cli/bin/Release/net10.0/compliance.dll"
  $cli sample generate --enterprises 5000 --projects 0 --seed 7 --inspections --years 5 --out "$local_dir/risk/panel" >&2
  $cli risk train --enterprises "$local_dir"/risk/panel/risk/enterprises-*.json --inspections "$local_dir/risk/panel/risk/inspections.csv" \
    --as-of 2026-06-01 --model "$model" >&2
fi
export Risk__ModelPath="${Risk__ModelPath:-$model}"

keys="$local_dir/api-keys.env"
if [ -z "${Auth__ApiKeys__0__Key:-}" ]; then
  if [ ! -f "$keys" ]; then
    key() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
    (umask 077 && cat >"$keys" <<KEYS
export Auth__ApiKeys__0__Key=$(key) Auth__ApiKeys__0__Role=officer
export Auth__ApiKeys__1__Key=$(key) Auth__ApiKeys__1__Role=enforcement
export Auth__ApiKeys__2__Key=$(key) Auth__ApiKeys__2__Role=enterprise Auth__ApiKeys__2__EnterpriseId=E-0000001
export Auth__ApiKeys__3__Key=$(key) Auth__ApiKeys__3__Role=admin
KEYS
    )
  fi
  # shellcheck disable=SC1090
  source "$keys"
  cat >&2 <<HELP
serve.sh: API keys for this local service (kept in $keys):
  officer      $Auth__ApiKeys__0__Key
  enforcement  $Auth__ApiKeys__1__Key
  enterprise   $Auth__ApiKeys__2__Key  (E-0000001)
  admin        $Auth__ApiKeys__3__Key
  e.g. curl -H "Authorization: Bearer $Auth__ApiKeys__0__Key" -H 'Content-Type: application/json' --data @data/sample/projects.json http://127.0.0.1:5080/api/v1/screenings
HELP
fi

export Sample__Files__0="${Sample__Files__0:-data/sample/enterprises.json}" Sample__Files__1="${Sample__Files__1:-data/sample/projects.json}"
export Notices__DropFolder="${Notices__DropFolder:-$local_dir/notices-out}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
case " $* " in *" --urls "*) urls=() ;; *) urls=(--urls http://127.0.0.1:5080) ;; esac
# Not exec: the EXIT trap stops the local PostgreSQL when the service stops. The host runs as a child this script
# waits for, and an INT or TERM sent to the script alone (a supervisor, `kill -INT PID`) is passed on as TERM, which the
# host answers with a graceful shutdown (a background child ignores INT); Ctrl-C in a terminal reaches both anyway.
dotnet "$host" "${urls[@]}" "$@" &
service=$!
trap 'kill -TERM "$service" 2>/dev/null' INT TERM
status=0
while kill -0 "$service" 2>/dev/null; do
  wait "$service"
  status=$?
done
exit "$status"
