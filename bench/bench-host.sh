# Sourced by the host benches (pages.sh, host-load.sh): a scratch folder in $work, a throwaway PostgreSQL unless
# ConnectionStrings__Compliance is set, and one exit trap that stops the host ($host_pid, once started), removes the
# folder and stops the cluster, in that order.
#   source bench/bench-host.sh NAME      (the folder is /tmp/ce-NAME.XXXXXX)
work=$(mktemp -d "/tmp/ce-$1.XXXXXX")
host_pid=""
own_pg=""
cleanup() {
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    kill "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
  if [ -n "$own_pg" ]; then
    pg_stop "$PG_SH_DIR"
  fi
}
if [ -z "${ConnectionStrings__Compliance:-}" ]; then
  # shellcheck source=../scripts/pg.sh
  source scripts/pg.sh
  own_pg=1
fi
# Replaces pg.sh's exit trap, so cleanup() stops the cluster too (after the host).
trap cleanup EXIT
