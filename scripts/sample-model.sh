#!/usr/bin/env bash
# A risk model for local runs and benches: trained once on a synthetic inspection panel (docs/risk-model.md; about half
# a minute) into .local/risk and reused after; prints the model's full path. Uses the command line built in Release
# (scripts/serve.sh and bench/pages.sh build it first).
#
#   Risk__ModelPath=$(bash scripts/sample-model.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.local/risk
model="$dir/model.zip"
if [ ! -f "$model" ]; then
  cli=(dotnet src/ComplianceEngine.Cli/bin/Release/net10.0/compliance.dll)
  echo "sample-model.sh: training a risk model on a synthetic inspection panel (once; kept in $dir)" >&2
  "${cli[@]}" sample generate --enterprises 5000 --projects 0 --seed 7 --inspections --years 5 --out "$dir/panel" >&2
  "${cli[@]}" risk train --enterprises "$dir"/panel/risk/enterprises-*.json --inspections "$dir/panel/risk/inspections.csv" \
    --as-of 2026-06-01 --model "$model" >&2
fi
echo "$PWD/$model"
