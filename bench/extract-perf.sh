#!/usr/bin/env bash
# The extractor's speed, in the two places it runs:
#   1. ingest of the 10,000-document bench corpus (bench/TreatyApi.Bench) with the runtime defaults: docs/s
#      (target ≥ 2,000), and with DOTNET_TieredPGO=0 for comparison;
#   2. POST /extract of a 5 KB article (corpus articles joined to 5 KB), one connection, wrk --latency:
#      p50 and p99 (target p50 ≤ 5 ms), with and without ?explain=true.
#   bench/extract-perf.sh [DOCS]      (DOCS defaults to 10000)
# Binds 127.0.0.1:5451. Installs wrk and time if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-10000}
port=5451
if ! command -v wrk >/dev/null || ! [ -x /usr/bin/time ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk time >/dev/null
fi
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
dotnet publish src/TreatyApi -c Release -o "$work/app" -v quiet -nologo >/dev/null
dotnet publish bench/TreatyApi.Bench -c Release -o "$work/bench" -v quiet -nologo >/dev/null

corpus=$(dotnet "$work/bench/TreatyApi.Bench.dll" corpus "$work/corpus" "$docs" 1 seeds/catalog)
/usr/bin/time -f "%e %M" -o "$work/default.time" env TreatyApi__Seeds="$corpus" TreatyApi__Database="$work/a.db" \
  dotnet "$work/app/TreatyApi.dll" ingest > /dev/null
/usr/bin/time -f "%e %M" -o "$work/nopgo.time" env DOTNET_TieredPGO=0 TreatyApi__Seeds="$corpus" \
  TreatyApi__Database="$work/b.db" dotnet "$work/app/TreatyApi.dll" ingest > /dev/null
read -r t_default _ < "$work/default.time"; read -r t_nopgo _ < "$work/nopgo.time"

# A 5 KB article: corpus articles, paragraph by paragraph, until 5,120 bytes.
python3 - "$work/article.txt" <<'PY'
import glob, sys
out, size = [], 0
files = sorted(glob.glob("tests/TreatyApi.Tests/Corpus/articles/*.txt")) or ["seeds/documents/000_ab7fea950d0af36e.txt"]
for f in files * 4:
    for para in open(f, encoding="utf-8").read().split("\n\n"):
        b = len(para.encode("utf-8")) + 2
        if size + b > 5120: break
        out.append(para); size += b
    else: continue
    break
open(sys.argv[1], "w", encoding="utf-8").write("\n\n".join(out))
PY
bytes=$(wc -c < "$work/article.txt")
cat > "$work/post.lua" <<LUA
local f = io.open("$work/article.txt", "rb"); local body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.body = body; wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
done = function(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("P50 %.2f P99 %.2f N %d BAD %d\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, bad))
end
LUA
TreatyApi__Database="$work/api.db" TreatyApi__PostsPerMinute=1000000000 \
  dotnet "$work/app/TreatyApi.dll" --urls "http://127.0.0.1:$port" > "$work/api.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do sleep 0.05; done
wrk -t1 -c1 -d3s -s "$work/post.lua" "http://127.0.0.1:$port/extract" > /dev/null   # warm-up
plain=$(wrk -t1 -c1 -d10s -s "$work/post.lua" "http://127.0.0.1:$port/extract" | grep '^P50')
explain=$(wrk -t1 -c1 -d10s -s "$work/post.lua" "http://127.0.0.1:$port/extract?explain=true" | grep '^P50')

calc() { python3 -c "print($1)"; }
echo "| measure | figure |"
echo "| --- | --- |"
printf '| ingest of %s documents, runtime defaults | %.1f s: %.0f docs/s |\n' "$docs" "$t_default" "$(calc "$docs / $t_default")"
printf '| the same with DOTNET_TieredPGO=0 | %.1f s: %.0f docs/s |\n' "$t_nopgo" "$(calc "$docs / $t_nopgo")"
read -r _ p50 _ p99 _ n _ bad <<< "$plain"
printf '| POST /extract, %s-byte article, 1 connection | p50 %s ms, p99 %s ms (%s requests, %s not 200) |\n' "$bytes" "$p50" "$p99" "$n" "$bad"
read -r _ p50 _ p99 _ n _ bad <<< "$explain"
printf '| POST /extract?explain=true, same article | p50 %s ms, p99 %s ms (%s requests, %s not 200) |\n' "$p50" "$p99" "$n" "$bad"
