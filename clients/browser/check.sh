#!/usr/bin/env bash
# A real browser (Debian's headless Chromium) loads a page from another origin that fetches a treaty from
# the API and reads its JSON and ETag. Passes when the page says CORS-OK.
set -uo pipefail
api=${1:?usage: check.sh API_BASE_URL}
here=$(cd "$(dirname "$0")" && pwd)
port=5098
node "$here/serve.mjs" $port & server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1
profile=$(mktemp -d)
# The page is on localhost, the API on 127.0.0.1: two origins. Flags as Chromium needs them here (root, no network).
dom=$(timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
  --virtual-time-budget=15000 --dump-dom "http://localhost:$port/?api=$api" 2>/dev/null)
rm -rf "$profile"
# Only the result element counts (the page's own script also spells the words).
echo "$dom" | grep -o 'id="result">[^<]*'
echo "$dom" | grep -q 'id="result">CORS-OK'
