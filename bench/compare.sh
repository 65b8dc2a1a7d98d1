#!/usr/bin/env bash
# A/B of two builds of the API on the same snapshot: requests/s and the server's CPU time per request, alternating
# A and B, median of the rounds. For a change to the request path, where CPU per request shows a few percent that
# requests/s (shared with wrk on 2 cores) hides.
#
#   bench/compare.sh REV_A REV_B [PATH [wrk args…]]
#   bench/compare.sh HEAD~1 HEAD /treaties/new-start -H 'If-None-Match: "…"'
#
# Each revision is published from a git worktree; both serve the snapshot built from this checkout's seeds/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,9p' "$0"; exit 2; }
rev_a=$1; rev_b=$2; path=${3:-/treaties/new-start}; shift $(( $# >= 3 ? 3 : 2 ))
rounds=${ROUNDS:-5}; secs=${SECS:-5}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

work=$(mktemp -d); pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
            for w in a b; do git worktree remove --force "$work/src-$w" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

port=${PORT_BASE:-5300}  # the first of two ports; set PORT_BASE to stay in a port range of your own
for w in a b; do
  rev=$rev_a; [ $w = b ] && rev=$rev_b
  git worktree add -q --detach "$work/src-$w" "$rev"
  dotnet publish "$work/src-$w/src/TreatyApi" -c Release -o "$work/app-$w" -v quiet -nologo >/dev/null
  port=$((port + 1)); echo $port > "$work/port-$w"
  # Each build reads its own revision's schema, so each builds (once) the snapshot it expects.
  TreatyApi__Database="$work/$w.db" TreatyApi__Seeds=seeds TreatyApi__Schema="$work/src-$w/db" \
    dotnet "$work/app-$w/TreatyApi.dll" --urls "http://127.0.0.1:$port" > "$work/api-$w.log" 2>&1 &
  pids+=($!); echo $! > "$work/pid-$w"
  until curl -sf -o /dev/null "http://127.0.0.1:$port/treaties/new-start"; do sleep 0.05; done
done

run() { # a|b → "rps cpu_us_per_request"
  local w=$1; shift
  local pid; pid=$(cat "$work/pid-$w"); local url="http://127.0.0.1:$(cat "$work/port-$w")$path"
  local t0; t0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  local out; out=$(wrk -t2 -c32 -d"${secs}s" "$@" "$url")
  local t1; t1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  echo "$out" | awk -v ticks=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" \
    '/requests in/ { n = $1 } /Requests\/sec/ { rps = $2 } END { printf "%.0f %.2f\n", rps, ticks * 1e6 / hz / n }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

for w in a b; do run $w "$@" >/dev/null; done # warm-up, unrecorded
for ((i = 0; i < rounds; i++)); do
  for w in a b; do read -r rps cpu <<< "$(run $w "$@")"; echo "$rps" >> "$work/rps-$w"; echo "$cpu" >> "$work/cpu-$w"; done
done
echo "GET $path ${*:+($*) }— median of $rounds alternating rounds, wrk -t2 -c32 -d${secs}s"
for w in a b; do
  rev=$rev_a; [ $w = b ] && rev=$rev_b
  printf '%-10s %8.0f req/s  %6.2f µs CPU/request  (rounds: %s)\n' "$rev" "$(median < "$work/rps-$w")" "$(median < "$work/cpu-$w")" \
    "$(paste -sd' ' "$work/cpu-$w")"
done
