#!/usr/bin/env bash
# End-to-end history measurement: a simulated Strava bulk export of N activities over Y years (runs, rides, swims, walks,
# manual entries; cramps written in titles and notes) through `crampsignals history EXPORT.zip` (zip streamed, sports told
# apart, runs analysed, statistics), against `crampsignals cohort` over the same run files unpacked in a folder, in the same
# run on the same machine. Timed with /usr/bin/time -v.
# Usage: benchmarks/history-throughput.sh [N=2000] [Y=10]
# Prints wall time, CPU time, activities per second, peak resident memory and the ratio history/cohort (target: at most 1.5).
set -euo pipefail
cd "$(dirname "$0")/.."
activities="${1:-2000}"
years="${2:-10}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/CrampSignals.Cli -c Release -v quiet -nologo >/dev/null
cli=src/CrampSignals.Cli/bin/Release/net10.0/CrampSignals.Cli.dll
dotnet "$cli" simulate --archive strava --activities "$activities" --years "$years" --seed 7 --out "$work/export.zip" >/dev/null
# The same run files for cohort: the runs the export lists, unpacked, one runner.
mkdir -p "$work/unpacked" "$work/runs/me"
(cd "$work/unpacked" && unzip -q ../export.zip)
python3 - "$work/unpacked" "$work/runs/me" <<'PY'
import csv, os, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
with open(os.path.join(src, "activities.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
head = rows[0]
kind, name = head.index("Activity Type"), head.index("Filename")
for r in rows[1:]:
    if r[name] and r[kind] in ("Run", "Trail Run", "Virtual Run"):
        shutil.copy(os.path.join(src, r[name]), os.path.join(dst, os.path.basename(r[name])))
PY
runs=$(ls "$work/runs/me" | wc -l)

measure() {
  local label="$1" n="$2"; shift 2
  /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/time.txt"; exit 1; }
  local wall user sys rss
  wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  user=$(grep 'User time' "$work/time.txt" | awk '{print $NF}')
  sys=$(grep 'System time' "$work/time.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$work/time.txt" | awk '{print $NF}')
  echo "$wall" >"$work/$label.wall"
  awk -v l="$label" -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%-8s %6d files  wall %7.1f s  cpu %7.1f s  %7.1f files/s  peak %6.0f MB\n", l, n, w, u+s, n/w, r/1024 }'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure cohort "$runs" dotnet "$cli" cohort "$work/runs" --format json
measure history "$activities" dotnet "$cli" history "$work/export.zip" --format json
awk -v h="$(cat "$work/history.wall")" -v c="$(cat "$work/cohort.wall")" 'BEGIN { printf "history / cohort: %.2f (target at most 1.5)\n", h / c }'
