#!/usr/bin/env bash
# Where the CPU of a distinct claim check goes: bench/TreatyApi.ClaimPerf checks distinct claims (the templates of
#   bench/claim-perf.sh [COUNT ROUNDS]      (default: 1500 claims, 5 rounds after a warm-up round)
#   bench/claim-perf.sh [COUNT ROUNDS]      (default 1500 claims × 5 rounds after a warm-up round)
# The snapshot is kept in bench/out/claim-perf.db between runs (delete it after a schema change).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1500}; rounds=${2:-5}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p bench/out
dotnet publish bench/TreatyApi.ClaimPerf -c Release -o "$work/perf" -v quiet -nologo >/dev/null
db=bench/out/claim-perf.db
if [ ! -f "$db" ]; then
  dotnet publish bench/TreatyApi.Bench -c Release -o "$work/bench" -v quiet -nologo >/dev/null
  dotnet publish src/TreatyApi -c Release -o "$work/app" -v quiet -nologo >/dev/null
  corpus=$(dotnet "$work/bench/TreatyApi.Bench.dll" corpus "$work/corpus" 10000 1 seeds/catalog)
  DOTNET_TieredPGO=0 TreatyApi__Seeds="$corpus" TreatyApi__Database="$db" \
    dotnet "$work/app/TreatyApi.dll" ingest >/dev/null
fi
REGEX_CACHE=${REGEX_CACHE:-256} \
  dotnet "$work/perf/TreatyApi.ClaimPerf.dll" "$db" bench/claim-uncached.lua "$count" "$rounds"
