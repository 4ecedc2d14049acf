#!/usr/bin/env bash
# `screen` against the read + write limit, in one run (issue 17 item 1). For each size: `sample generate` writes N
# enterprises as JSON lines; `screen --format jsonl` screens them; the limit (bench/ComplianceEngine.ScreenIo.Bench)
# reads the same file through the same framing with System.Text.Json and writes an output of screen's size with
# Utf8JsonWriter. Each step runs under /usr/bin/time -v: wall, CPU (user + sys), peak RSS, and the load average.
#   bash bench/screen-io.sh [N ...]                 (default 100000; e.g. 100000 1000000 2000000)
#   SCREEN_IO_KEEP=DIR   keep each screen output as DIR/screen-N.jsonl (to cmp two builds)
#   SCREEN_IO_CLI=DLL    another build's compliance.dll (a "before" run)
# Prints a Markdown table; the scratch folder (/tmp/ce-screen-io.*) is removed at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000)

dotnet build src/ComplianceEngine.Cli -c Release -nologo -v quiet >/dev/null
dotnet build bench/ComplianceEngine.ScreenIo.Bench -c Release -nologo -v quiet >/dev/null
cli=${SCREEN_IO_CLI:-src/ComplianceEngine.Cli/bin/Release/net10.0/compliance.dll}
limit=bench/ComplianceEngine.ScreenIo.Bench/bin/Release/net10.0/ComplianceEngine.ScreenIo.Bench.dll
work=$(mktemp -d /tmp/ce-screen-io.XXXXXX)
trap 'rm -rf "$work"' EXIT

# measure NAME COMMAND...: runs it under /usr/bin/time -v; sets wall, cpu (seconds) and rss (MB), load (1-minute).
measure() {
  local name=$1
  shift
  load=$(cut -d' ' -f1 /proc/loadavg)
  if ! /usr/bin/time -v -o "$work/time" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
    echo "$name failed:" >&2
    tail -5 "$work/$name.err" >&2
    exit 1
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$work/time")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$work/time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time")
  load=$(printf '%s–%s' "$load" "$(cut -d' ' -f1 /proc/loadavg)")
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM, $(dotnet --version), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| enterprises | step | input / output | wall s | CPU s (user + sys) | peak RSS MB | load (1 min, start–end) |"
echo "|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  measure generate dotnet "$cli" sample generate --enterprises "$n" --projects 0 --format jsonl --out "$work/in"
  input=$work/in/enterprises.jsonl
  in_mb=$(( $(stat -c %s "$input") / 1048576 ))
  echo "| $n | \`sample generate\` | $in_mb MB written | $wall | $cpu | $rss | $load |"

  measure screen dotnet "$cli" screen --input "$input" --as-of 2026-11-23 --format jsonl --out "$work/screen.jsonl"
  out_bytes=$(stat -c %s "$work/screen.jsonl")
  s_wall=$wall s_cpu=$cpu s_rss=$rss
  echo "| $n | \`screen\` | $in_mb MB → $(( out_bytes / 1048576 )) MB | $wall | $cpu | $rss | $load |"
  if [ -n "${SCREEN_IO_KEEP:-}" ]; then
    mkdir -p "$SCREEN_IO_KEEP"
    mv "$work/screen.jsonl" "$SCREEN_IO_KEEP/screen-$n.jsonl"
  fi
  rm -f "$work/screen.jsonl"

  measure limit dotnet "$limit" --input "$input" --out "$work/limit.jsonl" --bytes "$out_bytes" --records "$n"
  echo "| $n | read + write limit | $in_mb MB → $(( $(stat -c %s "$work/limit.jsonl") / 1048576 )) MB | $wall | $cpu | $rss | $load |"
  echo "| $n | **screen ÷ limit** | | **$(awk -v a="$s_wall" -v b="$wall" 'BEGIN { printf "%.2f×", a / b }')** | **$(awk -v a="$s_cpu" -v b="$cpu" 'BEGIN { printf "%.2f×", a / b }')** | $s_rss vs $rss | |"
  rm -rf "$work/in" "$work/limit.jsonl"
done
