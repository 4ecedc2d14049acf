#!/usr/bin/env bash
# The README's run command: the hosted service with the bundled sample, ready to call.
#
# Without ConnectionStrings__Compliance it starts a local PostgreSQL kept under .local/pg (scripts/pg.sh up, the same
# script the tests use; installed with apt if missing), stopped again when the service stops and reused next time.
# It builds the host and the command line in one build (scripts/serve.slnf) and runs the host as a deployment does:
# published (docs/deploy.md) to .local/host, in the Production environment unless ASPNETCORE_ENVIRONMENT says otherwise.
# On first run it also trains a risk model on a synthetic inspection panel and makes one API key per role; both are
# kept in .local/ and printed. The service imports data/sample when its register is empty, runs the sweep, decision
# drafts, reminders and inspection lists right away (so the workspace has findings on day one, not after the first
# night); it also creates one sample person per role. Once it answers, this script prints the web address and one
# sign-in per role (passwords made on first run, kept in .local/sign-ins.env).
#
#   bash scripts/serve.sh [--urls http://127.0.0.1:5080] [any other host setting, e.g. --Jobs:Enabled=false]
#   ASPNETCORE_ENVIRONMENT=Development bash scripts/serve.sh      developer error pages
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

echo "serve.sh: building the host and the command line" >&2
dotnet build scripts/serve.slnf -c Release -nologo -v quiet
# A copy, not a second build: the publish folder carries wwwroot, which a Production host does not find in bin/.
dotnet publish src/ComplianceEngine.Host -c Release --no-build -nologo -v quiet -o "$local_dir/host" >/dev/null
host="$local_dir/host/ComplianceEngine.Host.dll"

if [ -z "${Risk__ModelPath:-}" ]; then
  Risk__ModelPath=$(bash scripts/sample-model.sh)
  export Risk__ModelPath
fi

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
  own_keys=1
fi

# One sample person per role (docs/web.md), created by the host with these passwords when it loads the sample; made
# on first run and kept beside the keys. Identity's rules: upper and lower case, a digit and a symbol.
people="$local_dir/sign-ins.env"
if [ -z "${Sample__Passwords__officer:-}" ]; then
  if [ ! -f "$people" ]; then
    password() { printf 'Ce-%s-7x' "$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"; }
    (umask 077 && cat >"$people" <<PEOPLE
export Sample__Passwords__officer=$(password) Sample__Passwords__enforcement=$(password)
export Sample__Passwords__enterprise=$(password) Sample__Passwords__admin=$(password)
PEOPLE
    )
  fi
  # shellcheck disable=SC1090
  source "$people"
  own_people=1
fi

# The web address, one sign-in per role and the API keys, printed once the service answers.
announce() {
  local base=$1
  {
    echo
    echo "serve.sh: ComplianceEngine is up (environment $ASPNETCORE_ENVIRONMENT)"
    echo "  web workspace  $base/"
    if [ -n "${own_people:-}" ]; then
      echo "  sign in at $base/Account/SignIn as (user name / password; kept in $people):"
      echo "    审批 officer      officer / $Sample__Passwords__officer"
      echo "    执法 enforcement  enforcement / $Sample__Passwords__enforcement"
      echo "    企业 enterprise   enterprise / $Sample__Passwords__enterprise  (E-0000001)"
      echo "    管理 admin        admin / $Sample__Passwords__admin"
    fi
    if [ -n "${own_keys:-}" ]; then
      echo "  API keys (kept in $keys), as Authorization: Bearer <key>:"
      echo "    officer      $Auth__ApiKeys__0__Key"
      echo "    enforcement  $Auth__ApiKeys__1__Key"
      echo "    enterprise   $Auth__ApiKeys__2__Key  (E-0000001)"
      echo "    admin        $Auth__ApiKeys__3__Key"
      echo "  e.g. curl -H \"Authorization: Bearer $Auth__ApiKeys__0__Key\" -H 'Content-Type: application/json' --data @data/sample/projects.json $base/api/v1/screenings"
    fi
    echo "  OpenAPI $base/openapi/v1.json; Ctrl-C stops the service (and the local PostgreSQL)"
    echo
  } >&2
}

export Sample__Files__0="${Sample__Files__0:-data/sample/enterprises.json}" Sample__Files__1="${Sample__Files__1:-data/sample/projects.json}"
export Notices__DropFolder="${Notices__DropFolder:-$local_dir/notices-out}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
case " $* " in
  *" --urls "*) urls=(); url=$(sed -n 's/.* --urls \([^ ;]*\).*/\1/p' <<<" $* ") ;;
  *) if [ -n "${ASPNETCORE_URLS:-}" ]; then urls=(); url=${ASPNETCORE_URLS%%;*}; else urls=(--urls http://127.0.0.1:5080); url=http://127.0.0.1:5080; fi ;;
esac
# A wildcard listener (http://+:5080, http://0.0.0.0:5080) is asked and shown on loopback.
url=$(sed -E 's#//(\+|\*|0\.0\.0\.0|\[::\])#//127.0.0.1#' <<<"$url")
# Not exec: the EXIT trap stops the local PostgreSQL when the service stops. The host runs as a child this script
# waits for, and an INT or TERM sent to the script alone (a supervisor, `kill -INT PID`) is passed on as TERM, which the
# host answers with a graceful shutdown (a background child ignores INT); Ctrl-C in a terminal reaches both anyway.
dotnet "$host" "${urls[@]}" "$@" &
service=$!
trap 'kill -TERM "$service" 2>/dev/null' INT TERM
# The banner comes once the service answers, after its start-up log, where a person looks for it (at once without curl).
for _ in $(seq 240); do
  kill -0 "$service" 2>/dev/null || break
  if ! command -v curl >/dev/null 2>&1 || curl -sf -o /dev/null "${url%/}/health/ready" 2>/dev/null; then
    announce "${url%/}"
    break
  fi
  sleep 0.5
done
status=0
while kill -0 "$service" 2>/dev/null; do
  wait "$service"
  status=$?
done
exit "$status"
