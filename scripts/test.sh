#!/usr/bin/env bash
# The README's test command: builds the solution and runs every test project, then prints one summary line.
# The data tests need a real PostgreSQL: unless ConnectionStrings__Compliance is already set, a throwaway cluster
# is started (scripts/pg.sh, installing PostgreSQL with apt if missing) and removed at exit.
set -euo pipefail
cd "$(dirname "$0")/.."

# LightGBM (risk model) loads libgomp at run time; a fresh machine or CI image may not have it.
if command -v apt-get >/dev/null 2>&1 && ! dpkg -s libgomp1 >/dev/null 2>&1; then
  apt-get install -y libgomp1 >/dev/null || { apt-get update >/dev/null && apt-get install -y libgomp1 >/dev/null; }
fi

# The browser tests (tests/ComplianceEngine.Host.Tests/Pages) drive Debian's chromium through Playwright; a CJK font
# makes their screenshots readable.
if command -v apt-get >/dev/null 2>&1 && ! dpkg -s chromium chromium-driver fonts-wqy-microhei >/dev/null 2>&1; then
  apt-get install -y chromium chromium-driver fonts-wqy-microhei >/dev/null \
    || { apt-get update >/dev/null && apt-get install -y chromium chromium-driver fonts-wqy-microhei >/dev/null; }
fi

log=$(mktemp)
if [ -z "${ConnectionStrings__Compliance:-}" ]; then
  # shellcheck source=scripts/pg.sh
  source scripts/pg.sh
  trap 'rm -f "$log"; pg_stop "$PG_SH_DIR"' EXIT
else
  trap 'rm -f "$log"' EXIT
fi

dotnet build ComplianceEngine.sln -c Release -nologo -v quiet
set +e
dotnet test ComplianceEngine.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Sum the per-assembly lines ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12") into one line.
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
