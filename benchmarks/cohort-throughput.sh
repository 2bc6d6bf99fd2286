#!/usr/bin/env bash
# End-to-end cohort measurement: N generated 4-hour 1 Hz runs (50 runner folders, a cramps.csv each) through
# `crampsignals cohort DIR --out OUT` (load, signals, statistics, Parquet), timed with /usr/bin/time -v.
# Usage: benchmarks/cohort-throughput.sh [N=1000] [--before]
#   --before  also runs `crampsignals analyze DIR --format json` on the same files (the folder analysis that loads every
#             run before analysing any) for a baseline from the same machine in the same run.
# Prints wall time, CPU time, runs per second and peak resident memory. Quote the machine and its load with the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000}"
before="${2:-}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/CrampSignals.Cli -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/CrampSignals.Benchmarks -c Release -v quiet -nologo >/dev/null
dotnet benchmarks/CrampSignals.Benchmarks/bin/Release/net10.0/CrampSignals.Benchmarks.dll make-cohort "$work/runs" "$runs"
cli=src/CrampSignals.Cli/bin/Release/net10.0/CrampSignals.Cli.dll

measure() {
  local label="$1"; shift
  /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/time.txt"; exit 1; }
  local wall user sys rss
  wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  user=$(grep 'User time' "$work/time.txt" | awk '{print $NF}')
  sys=$(grep 'System time' "$work/time.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$work/time.txt" | awk '{print $NF}')
  awk -v l="$label" -v n="$runs" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%-8s %6d runs  wall %7.1f s  cpu %7.1f s  %7.1f runs/s  peak %6.0f MB\n", l, n, w, u+s, n/w, r/1024 }'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$before" = "--before" ]; then
  measure analyze dotnet "$cli" analyze "$work/runs" --format json
fi
measure cohort dotnet "$cli" cohort "$work/runs" --out "$work/tables" --format json
ls -l "$work/tables"
