#!/usr/bin/env bash
# The documented limits hold on a real Kestrel server (the in-memory test host has none):
# request line, headers, body size, and a slow client that never finishes its headers.
# Usage: bench/limits-check.sh BASE_URL   (e.g. http://127.0.0.1:5099)
set -uo pipefail
base=${1:?usage: limits-check.sh BASE_URL}
hostport=${base#http://}; host=${hostport%:*}; port=${hostport##*:}
fail=0
expect() { # name expected actual
  if [ "$2" = "$3" ]; then echo "ok   $1: $3"; else echo "FAIL $1: expected $2, got $3"; fail=1; fi
}
long=$(head -c 9000 /dev/zero | tr '\0' 'a')
expect "request line over 8 KB" 414 "$(curl -s -o /dev/null -w '%{http_code}' "$base/search?q=$long")"
big=$(head -c 40000 /dev/zero | tr '\0' 'a')
expect "headers over 32 KB" 431 "$(curl -s -o /dev/null -w '%{http_code}' -H "X-Big: $big" "$base/health")"
body=$(mktemp); printf '{"claim":"%s"}' "$(head -c 1100000 /dev/zero | tr '\0' 'a')" > "$body"
expect "body over 1 MB" 413 "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary @"$body" "$base/claims/check")"
rm -f "$body"
# A client that sends half its headers and stalls is cut off after RequestHeadersTimeout (10 s).
start=$(date +%s)
exec 3<>"/dev/tcp/$host/$port"
printf 'GET /health HTTP/1.1\r\nHost: %s\r\n' "$host" >&3
timeout 30 cat <&3 >/dev/null
waited=$(( $(date +%s) - start ))
exec 3<&- 3>&-
if [ "$waited" -ge 9 ] && [ "$waited" -le 20 ]; then echo "ok   slow headers: connection closed after ${waited} s"; else echo "FAIL slow headers: closed after ${waited} s"; fail=1; fi
exit $fail
