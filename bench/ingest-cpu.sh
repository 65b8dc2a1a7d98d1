#!/usr/bin/env bash
# Where ingest's time goes, counted in CPU time (user + system), which a busy shared machine disturbs far less than
# wall-clock time: ingest of a small and a large bench corpus (bench/TreatyApi.Bench), alternating, ROUNDS times.
# Prints the median of each, the cost per document ((large - small) / (LARGE - SMALL) documents) and the start-up
# intercept (small minus SMALL documents at that cost): what a change to the extractor's start-up (regex building,
# JIT) moves, against what a change to the work per document moves.
#   bench/ingest-cpu.sh [SMALL [LARGE [ROUNDS]]]      defaults 1000 10000 3; publishes this checkout
#   APPS="DIR_A DIR_B" bench/ingest-cpu.sh ...        compares published builds (`dotnet publish -o DIR` folders),
#                                                     alternating them round by round
# Runs with the runtime's defaults; DOTNET_ variables set by the caller pass through (say so when reporting).
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-1000}; large=${2:-10000}; rounds=${3:-3}
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
apps=${APPS:-}
if [ -z "$apps" ]; then
  dotnet publish src/TreatyApi -c Release -o "$work/app" -v quiet -nologo >/dev/null
  apps="$work/app"
fi
dotnet publish bench/TreatyApi.Bench -c Release -o "$work/bench" -v quiet -nologo >/dev/null
for n in "$small" "$large"; do
  dotnet "$work/bench/TreatyApi.Bench.dll" corpus "$work/corpus-$n" "$n" 1 seeds/catalog > "$work/seeds-$n"
done

for r in $(seq "$rounds"); do
  for app in $apps; do
    for n in "$small" "$large"; do
      /usr/bin/time -f "%e %U %S %M" -o "$work/t" env TreatyApi__Seeds="$(cat "$work/seeds-$n")" \
        TreatyApi__Database="$work/x.db" dotnet "$app/TreatyApi.dll" ingest > /dev/null
      read -r e u s m < "$work/t"
      echo "$app $n $e $u $s $m" >> "$work/runs"
      rm -f "$work/x.db"
    done
  done
done

python3 - "$work/runs" "$small" "$large" <<'PY'
import statistics, sys
runs, small, large = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = {}
for line in open(runs):
    app, n, e, u, s, m = line.split()
    rows.setdefault((app, int(n)), []).append((float(e), float(u) + float(s), int(m) / 1024))
print("| build | docs | CPU s (median) | wall s (median) | peak RSS MB | CPU ms per doc | start-up CPU s |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for app in dict.fromkeys(a for a, _ in rows):
    cpu = {n: statistics.median(c for _, c, _ in rows[(app, n)]) for n in (small, large)}
    per_doc = (cpu[large] - cpu[small]) / (large - small)
    for n in (small, large):
        wall = statistics.median(e for e, _, _ in rows[(app, n)])
        rss = max(m for _, _, m in rows[(app, n)])
        print(f"| {app} | {n} | {cpu[n]:.2f} | {wall:.1f} | {rss:.0f} | {1000 * per_doc:.2f} | "
              f"{cpu[small] - small * per_doc:.2f} |")
PY
