#!/usr/bin/env bash
# Regenerates examples/data/ with the simulate command: one run per scenario (seed 7), saved under stable names
# (easy-cool.fit, hot-long-run.fit, hot-long-run.gpx, hot-long-run.cramps.csv, hot-long-run.weather.csv, ...), and a
# small Strava export (strava-export.zip with its strava-export.truth.json).
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
# A runner's small Strava bulk export (40 activities over two years, cramps written in titles and notes) for `history`.
dotnet src/CrampSignals.Cli/bin/Release/net10.0/CrampSignals.Cli.dll simulate --archive strava --activities 40 --years 2 --seed 5 --out "$out/strava-export.zip"
ls -l "$out"
