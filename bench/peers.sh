#!/usr/bin/env bash
# Five representative rules, four ways, in one run (issue 17 item 4): hand-written C#, the engine and NRules
# (BenchmarkDotNet, 100,000 records, setup checks both peers finding by finding), then json-rules-engine on Node over
# the first N of the same generated records (default 5,000), checked key by key against the engine's findings.
# Prints a table of µs per record and ratios, and the load average. Usage: bash bench/peers.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
records="${1:-5000}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

dotnet build bench/ComplianceEngine.Benchmarks -c Release -nologo -v quiet
bench=bench/ComplianceEngine.Benchmarks/bin/Release/net10.0/ComplianceEngine.Benchmarks.dll
uptime
dotnet "$bench" peers-export "$out" "$records"
dotnet "$bench" --filter '*FiveRulesBenchmarks*' --exporters json --buildTimeout 900 --artifacts "$out/bdn"
(cd bench/peers-js && npm ci --no-audit --no-fund --loglevel=error && node five-rules.js "$out")
node bench/peers-js/ratios.js "$out"
uptime
