#!/usr/bin/env bash
# Contract conformance: the API behind Stoplight Prism's validating proxy, and a battery of requests over every
# operation (bench/conformance.mjs). Prism forwards each request and reports, in an `sl-violations` header, what
# in the request or the answer breaks openapi.yaml. (With `--errors` it would answer an invalid request itself,
# with a 422, and we could not see whether the API accepts it; so it runs without, and the header is read.)
# Prints each finding and the counts; fails when an answer breaks the contract or an invalid request is accepted.
# Usage: bench/conformance.sh [API_URL]   without API_URL it builds the API and starts it on 127.0.0.1:$PORT
#        PORT (default 5500) for the API it starts, PROXY_PORT (default PORT+1, or 5098 with API_URL) for Prism.
set -uo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$work"; }
trap cleanup EXIT
wait_for() { for _ in $(seq 1 120); do curl -s -o /dev/null "$1" && return 0; sleep 0.5; done; echo "not ready: $1"; return 1; }

if [ $# -ge 1 ]; then
  api=$1; proxy_port=${PROXY_PORT:-5098}
else
  port=${PORT:-5500}; proxy_port=${PROXY_PORT:-$((port + 1))}; api=http://127.0.0.1:$port
  dotnet build src/TreatyApi -c Release -o "$work/app" -v quiet -nologo >/dev/null || exit 1
  TreatyApi__Database="$work/snapshot.db" dotnet "$work/app/TreatyApi.dll" --urls "$api" > "$work/api.log" 2>&1 &
  pids+=($!)
fi
wait_for "$api/health/ready" || exit 1

# Prism 5, installed once into a cache folder (npx would re-resolve it on every run).
tools=${CONFORMANCE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/treatyapi-conformance}
if [ ! -x "$tools/node_modules/.bin/prism" ]; then
  mkdir -p "$tools" && (cd "$tools" && echo '{"private":true}' > package.json &&
    npm install --no-audit --no-fund --loglevel=error @stoplight/prism-cli@5.14.2 >/dev/null) || exit 1
fi
"$tools/node_modules/.bin/prism" proxy openapi.yaml "$api" -h 127.0.0.1 -p "$proxy_port" > "$work/prism.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$proxy_port/health/live" || { tail -20 "$work/prism.log"; exit 1; }
node bench/conformance.mjs "http://127.0.0.1:$proxy_port" "$api"
