#!/usr/bin/env bash
# Regenerates examples/data/ with the simulate command: one run per scenario (seed 7), saved under stable names
# (easy-cool.fit, hot-long-run.fit, hot-long-run.gpx, hot-long-run.cramps.csv, hot-long-run.weather.csv, ...).
# The simulator is deterministic, so running this again gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
seed="${SEED:-7}"
out="examples/data"
mkdir -p "$out"
dotnet build src/CrampSignals.Cli -c Release -v quiet -nologo
for scenario in easy-cool hot-long-run fast-start-race surges cadence-fatigue; do
  dotnet src/CrampSignals.Cli/bin/Release/net10.0/CrampSignals.Cli.dll simulate --scenario "$scenario" --seed "$seed" --out "$out"
  for ext in fit gpx cramps.csv weather.csv truth.json; do
    mv -f "$out/$scenario-$seed.$ext" "$out/$scenario.$ext"
  done
done
ls -l "$out"
