#!/usr/bin/env bash
# Several instances behind nginx, on loopback, with deploy/'s own files: deploy/nginx/treatyapi.conf (its @...@ values
# filled in with sed), deploy/roll-snapshot.sh, and deploy/systemd/treatyapi@.service (checked with systemd-analyze).
# Starts 3 instances of a published build on ports 5301-5303 and nginx on 5300, then checks that:
#   1. every resource gives the same bytes and ETag from every instance, and through nginx;
#   2. through nginx: If-None-Match gives 304, a GET is cached and /health is not, POSTs are limited per address;
#   3. wrk through nginx loses no request while an instance is killed (SIGKILL) and started again;
#   4. an instance started on a half-copied snapshot is unready (503 + Retry-After) and costs no request, then
#      serves once a whole copy is rolled in, without a restart;
#   5. a new snapshot rolled to the instances one at a time never mixes two snapshots in one answer (every answer,
#      direct or through nginx, is byte for byte the old snapshot's or the new one's), and every instance reports
#      the new snapshot id at the end;
#   6. throughput through nginx beside one instance alone, measured in the same run.
#
#   bench/cluster.sh            full run (3 rounds × 5 s per throughput row, 20 s of wrk around the kill)
#   bench/cluster.sh --quick    1 round × 2 s, 8 s around the kill (CI)
#
# Fails (exit 1) on the first check that does not hold. Installs wrk, nginx, rsync, sqlite3 and jq when missing.
# Everything it starts is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=3; secs=5; kill_secs=20
if [ "${1:-}" = "--quick" ]; then rounds=1; secs=2; kill_secs=8; fi
for tool in wrk nginx rsync sqlite3 jq; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light rsync sqlite3 jq >/dev/null
    break
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

LB=5300                 # nginx
PORTS=(5301 5302 5303)  # the instances
STAGING=5304            # an instance on the new snapshot, before the rollout: the reference for its answers
HOST=treatyapi.test     # one Host header for every request: absolute links (next, Link) are then alike everywhere

work=$(mktemp -d); chmod 755 "$work"; mkdir -p bench/out
cleanup() {
  local rc=$? f
  set +e   # a process already gone is no failure here
  for f in "$work"/pid-*; do [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null; done
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null
  [ -n "${checker_pids:-}" ] && kill $checker_pids 2>/dev/null
  [ -n "${wrk_pid:-}" ] && kill "$wrk_pid" 2>/dev/null
  sleep 0.2; rm -rf "$work"
  exit "$rc"   # the script's own status, not that of the last kill above
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok [${SECONDS}s]: $*"; }

# --- 0. the systemd unit, as systemd reads it (a template needs an instance name to be verified)
if command -v systemd-analyze >/dev/null; then
  cp deploy/systemd/treatyapi@.service "$work/treatyapi@5301.service"
  verify=$(systemd-analyze verify "$work/treatyapi@5301.service" 2>&1 | grep -v "/opt/treatyapi" || true)
  [ -z "$verify" ] || fail "systemd-analyze verify deploy/systemd/treatyapi@.service: $verify"
  ok "systemd-analyze verify deploy/systemd/treatyapi@.service: no complaint"
else
  echo "skipped: systemd-analyze is not installed"
fi

echo "# [${SECONDS}s] publishing a Release build and ingesting two snapshots" >&2
dotnet publish src/TreatyApi -c Release -o "$work/app" -v quiet -nologo >/dev/null
# A: the seeds. B: the seeds and one more document (what a rollout brings).
echo "# [${SECONDS}s] published" >&2
TreatyApi__Database="$work/snap-a.db" dotnet "$work/app/TreatyApi.dll" ingest >/dev/null
cp -r seeds "$work/seeds-b"
printf '%s\n' "Treaty Inspections to Resume, Officials Say" "" "March 3, 2023" "" \
  "Inspections under New START will resume next month, a spokesman said. \"We expect the first team in April,\" Peskov said (TASS, March 3)." \
  > "$work/seeds-b/documents/900_cluster_rollout.txt"
TreatyApi__Seeds="$work/seeds-b" TreatyApi__Database="$work/snap-b.db" dotnet "$work/app/TreatyApi.dll" ingest >/dev/null
id_of() { sqlite3 -readonly "$1" "SELECT value FROM snapshot_info WHERE key = 'snapshot_id'"; }
id_a=$(id_of "$work/snap-a.db"); id_b=$(id_of "$work/snap-b.db")
[ "$id_a" != "$id_b" ] || fail "the two snapshots have one id"

# start N: instance N (1-based; 4 is staging) on its own database folder, serving only what is copied there.
start() {
  local n=$1 port=$((LB + $1))
  mkdir -p "$work/i$n"
  TreatyApi__Database="$work/i$n/treatyapi.db" TreatyApi__BuildOnStart=false TreatyApi__ReloadIntervalMs=250 \
    TreatyApi__ForwardedHeaders__KnownProxies=127.0.0.1 \
    dotnet "$work/app/TreatyApi.dll" --urls "http://127.0.0.1:$port" >> "$work/i$n.log" 2>&1 &
  echo $! > "$work/pid-$n"; disown $!   # no job-control chatter when it is killed
}
stop() { # N [SIGNAL]: and wait until it is gone
  local p t=$((SECONDS + 30)); p=$(cat "$work/pid-$1"); kill "-${2:-TERM}" "$p"
  while kill -0 "$p" 2>/dev/null && [ $SECONDS -lt $t ]; do sleep 0.05; done; rm -f "$work/pid-$1"
}
ready_id() { curl -sf "http://127.0.0.1:$1/health/ready" | jq -r .snapshotId 2>/dev/null || true; }
wait_ready() { # port id
  local t=$((SECONDS + 120))
  until [ "$(ready_id "$1")" = "$2" ]; do
    [ $SECONDS -lt $t ] || fail "instance $1 did not serve $2 within 120 s; its log ends: $(tail -5 "$work/i$(($1 - LB)).log")"
    sleep 0.1
  done
}
for n in 1 2 3; do mkdir -p "$work/i$n"; rsync "$work/snap-a.db" "$work/i$n/treatyapi.db"; start "$n"; done
for p in "${PORTS[@]}"; do wait_ready "$p" "$id_a"; done
echo "# [${SECONDS}s] 3 instances serve $id_a" >&2

# nginx with deploy/'s configuration, its placeholders filled in; only the process-wide lines are ours.
mkdir -p "$work/nginx/cache" "$work/nginx/logs"
# Started as root, nginx's workers run as nobody: the cache folder must be theirs.
if [ "$(id -u)" = 0 ]; then chown nobody "$work/nginx/cache"; fi
sed -e "s|@LISTEN@|127.0.0.1:$LB|" -e "s|@CACHE_DIR@|$work/nginx/cache|" \
    -e "s|@INSTANCE_1@|127.0.0.1:${PORTS[0]}|" -e "s|@INSTANCE_2@|127.0.0.1:${PORTS[1]}|" -e "s|@INSTANCE_3@|127.0.0.1:${PORTS[2]}|" \
    deploy/nginx/treatyapi.conf > "$work/nginx/treatyapi.conf"
! grep -n '@[A-Z_0-9]*@' "$work/nginx/treatyapi.conf" || fail "placeholders left in deploy/nginx/treatyapi.conf"
cat > "$work/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  include $work/nginx/treatyapi.conf;
}
NGINX
"$NGINX" -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" || fail "nginx -t on deploy/nginx/treatyapi.conf"
"$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf"
until curl -sf -o /dev/null "http://127.0.0.1:$LB/health/ready"; do sleep 0.1; done
lb=http://127.0.0.1:$LB

# --- 1. every resource: the same bytes and ETag from every instance and through nginx
get() { curl -sf -H "Host: $HOST" "http://127.0.0.1:${PORTS[0]}$1"; }
{
  echo /treaties; echo /documents; echo /actors; echo /statements; echo /health/ready
  echo "/search?q=treaty"; echo "/search?q=missile%20defense"; echo "/claims/check?claim=New%20START%20allows%201%2C550%20warheads"
  for s in $(get "/treaties?limit=200" | jq -r '.items[].slug'); do
    printf '/treaties/%s\n/treaties/%s/limits\n/treaties/%s/deadlines\n/treaties/%s/statements\n' "$s" "$s" "$s" "$s"
  done
  get "/documents?limit=200" | jq -r '.items[].id | "/documents/" + .'
  get "/actors?limit=200" | jq -r '.items[].slug | "/actors/" + .'
  page="/statements?limit=200"
  while [ -n "$page" ] && [ "$page" != null ]; do
    echo "$page"
    body=$(get "$page"); echo "$body" | jq -r '.items[].id | "/statements/" + .'
    page=$(echo "$body" | jq -r '.next // empty' | sed "s|^http://$HOST||")
  done
} > "$work/urls"
count=$(wc -l < "$work/urls")
echo "# [${SECONDS}s] $count URLs listed" >&2
# One curl per server: every URL in one process, each body to its own file, status and ETag on a line each.
fetch_all() { # port dir [curl args…]
  local port=$1 dir=$2; shift 2; mkdir -p "$dir"
  awk -v base="http://127.0.0.1:$port" -v dir="$dir" '{ printf "url = \"%s%s\"\noutput = \"%s/%d\"\n", base, $0, dir, NR }' \
    "$work/urls" > "$dir.cfg"
  curl -s -H "Host: $HOST" "$@" -K "$dir.cfg" -w '%{http_code} %header{etag}\n' > "$dir.heads"
}
# manifest DIR: one line per URL, "status ETag sha256" (status alone for a problem: its traceId is the request's own)
manifest() {
  seq 1 "$count" | sed "s|^|$1/|" | xargs sha256sum | awk '{ print $1 }' > "$1.sums"
  paste -d' ' "$1.heads" "$1.sums" | awk '$1 == 200 { print; next } { print $1 }' > "$1.manifest"
}
for accept in application/json text/csv; do
  for p in "${PORTS[@]}" "$LB"; do fetch_all "$p" "$work/all-$p" -H "Accept: $accept"; manifest "$work/all-$p"; done
  ref="$work/all-${PORTS[0]}.manifest"
  # Only some lists are offered as CSV; the others must refuse it (406) alike everywhere.
  bad=$(paste -d' ' "$work/urls" "$ref" | awk -v csv=$([ $accept = text/csv ] && echo 1 || echo 0) '$2 != 200 && !(csv && $2 == 406)')
  [ -z "$bad" ] || fail "as $accept: $(head -3 <<< "$bad")"
  for p in "${PORTS[@]:1}" "$LB"; do
    cmp -s "$ref" "$work/all-$p.manifest" ||
      fail "as $accept, ${PORTS[0]} and $p differ (URL status ETag sha256): $(diff <(paste -d' ' "$work/urls" "$ref") \
        <(paste -d' ' "$work/urls" "$work/all-$p.manifest") | head -4)"
  done
  answered=$(grep -c '^200 ' "$ref" || true)
  rm -rf "$work"/all-*
  if [ "$accept" = application/json ]; then ok "$count resources as JSON: the same bytes and ETag from 3 instances and through nginx"
  else ok "$answered of them as CSV too (the others 406 everywhere): the same bytes and ETag"; fi
done

# --- 2. through nginx: 304, the cache, health never cached, POST limits per address
etag=$(curl -s -o /dev/null -w '%header{etag}' "$lb/treaties/new-start")
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$lb/treaties/new-start")" = 304 ] || fail "If-None-Match through nginx"
[ "$(curl -s -o /dev/null -w '%header{x-cache-status}' "$lb/treaties/new-start")" = HIT ] || fail "a repeated GET is not a cache hit"
[ -z "$(curl -s -o /dev/null -w '%header{x-cache-status}' "$lb/health/ready")" ] || fail "/health/ready went through the cache"
ok "through nginx: If-None-Match → 304 with the instances' ETag, a repeated GET is a cache hit, /health is never cached"
# 40 POSTs at once (curl --parallel): more than the burst nginx allows one address.
for i in $(seq 1 40); do printf 'url = "%s/claims/check"\noutput = "%s/post-%d.json"\n' "$lb" "$work" "$i"; done > "$work/posts.cfg"
codes=$(curl -s --no-progress-meter --parallel --parallel-max 40 -H 'Content-Type: application/json' -d '{"claim": "New START allows 1,550 warheads"}' \
  -K "$work/posts.cfg" -w '%{http_code} %{content_type} %header{retry-after}\n')
allowed=$(grep -c '^200 ' <<< "$codes" || true); refused=$(grep -c '^429 application/problem+json [0-9]' <<< "$codes" || true)
[ "$refused" -gt 0 ] && [ $((allowed + refused)) = 40 ] || fail "POST limit: $allowed allowed, $refused refused of 40: $codes"
grep -l '"urn:treatyapi:problem:rate-limited"' "$work"/post-*.json >/dev/null || fail "the 429 is not the API's problem type"
ok "40 POSTs at once from one address: $allowed answered, $refused refused by nginx (429 problem+json, Retry-After)"

# wrk_check NAME OUTPUT: no socket error and no status but 2xx, else fail
wrk_check() {
  local n bad errs
  n=$(awk '/requests in/ { print $1 }' "$2"); bad=$(awk '/Non-2xx/ { print $5 }' "$2")
  errs=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$2")
  [ "${n:-0}" -gt 0 ] && [ "${bad:-0}" = 0 ] && [ "${errs:-0}" = 0 ] ||
    fail "$1: ${n:-0} requests, ${bad:-0} non-2xx, ${errs:-0} socket errors: $(cat "$2")"
  echo "$n requests (slowest $(awk '/Latency/ { print $4 }' "$2"))"
}

# --- 3. an instance killed and started again under load: no request lost
# A request counts as lost on any socket error, any status but 2xx, or no answer within 10 s (wrk's --timeout; its
# default of 2 s is shorter than the first answers of a just-started instance on a busy 2-core machine, which are
# slow, not lost: the slowest is reported).
wrk -t2 -c16 -d"${kill_secs}s" --timeout 10s -s bench/cluster.lua "$lb" > "$work/wrk-kill.txt" &
wrk_pid=$!
sleep $((kill_secs / 4))
stop 2 KILL
sleep 1
start 2; wait_ready "${PORTS[1]}" "$id_a"
wait $wrk_pid
n=$(wrk_check "wrk through nginx while instance 2 was killed" "$work/wrk-kill.txt")
ok "wrk through nginx, every URL new: $n, none lost, while instance 2 was killed (SIGKILL) and started again"

# --- 4. an instance started on a half-copied snapshot: unready, costs no request, then served without a restart
wrk -t2 -c16 -d"$((kill_secs / 2 + 4))s" --timeout 10s -s bench/cluster.lua "$lb" > "$work/wrk-unready.txt" &
wrk_pid=$!
stop 3
size=$(stat -c %s "$work/snap-a.db")
head -c $((size / 2)) "$work/snap-a.db" > "$work/i3/treatyapi.db"
start 3
t=$((SECONDS + 60))
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[2]}/health/ready")" = 503 ]; do
  [ $SECONDS -lt $t ] || fail "instance 3 on a half-copied snapshot never answered 503"; sleep 0.1
done
headers=$(curl -s -D - -o "$work/unready.json" "http://127.0.0.1:${PORTS[2]}/health/ready")
grep -qi '^retry-after: [0-9]' <<< "$headers" || fail "the 503 has no Retry-After"
jq -e '.detail | test("incomplete")' "$work/unready.json" >/dev/null || fail "the 503 does not say why: $(cat "$work/unready.json")"
grep -q "is $((size / 2)) bytes where its header says $size" "$work/i3.log" || fail "instance 3 did not log why"
sleep 2
ROLL_TIMEOUT=30 deploy/roll-snapshot.sh "$work/snap-a.db" "$work/i3/treatyapi.db=http://127.0.0.1:${PORTS[2]}" >/dev/null
wait $wrk_pid
n=$(wrk_check "wrk through nginx while instance 3 was unready" "$work/wrk-unready.txt")
ok "instance 3 on a half-copied snapshot: 503 + Retry-After, '$(jq -r .detail "$work/unready.json")', the reason logged;" \
  "served once a whole copy was rolled in, no restart; wrk through nginx meanwhile: $n, none lost"

# --- 5. a new snapshot rolled out one instance at a time: no answer mixes the two
mapfile -t roll_urls <<'URLS'
/health/ready
/statements?limit=200
/statements?speaker=dmitry-peskov
/documents?limit=200
/treaties/new-start
/treaties/new-start/statements
/actors/dmitry-peskov
/search?q=inspections
/treaties/abm-treaty
/treaties
URLS
# answers PORT DIR: each reference answer's sha256 and ETag, one line per URL
answers() { local u; for u in "${roll_urls[@]}"; do
  curl -s -H "Host: $HOST" -o "$2.body" -w '%header{etag}' "http://127.0.0.1:$1$u"; echo " $(sha256sum < "$2.body" | cut -c1-64)"
done > "$2"; }
answers "${PORTS[0]}" "$work/ref-a"
mkdir -p "$work/i4"; rsync "$work/snap-b.db" "$work/i4/treatyapi.db"; start 4; wait_ready "$STAGING" "$id_b"
answers "$STAGING" "$work/ref-b"; stop 4
differ=$(paste -d' ' "$work/ref-a" "$work/ref-b" | awk '$1 != $3 && $2 != $4' | wc -l)
[ "$differ" -ge 5 ] || fail "only $differ of ${#roll_urls[@]} answers differ between the snapshots: the check would prove little"
# Checkers: each answer, from each instance and through nginx, must be the old snapshot's or the new one's, whole.
checker() { # port
  local seen_a=0 seen_b=0 i etag sum want_a want_b
  while [ ! -f "$work/stop-checkers" ]; do
    for i in "${!roll_urls[@]}"; do
      etag=$(curl -s -H "Host: $HOST" -o "$work/check-$1.body" -w '%header{etag}' "http://127.0.0.1:$1${roll_urls[$i]}")
      sum=$(sha256sum < "$work/check-$1.body" | cut -c1-64)
      want_a=$(sed -n "$((i + 1))p" "$work/ref-a"); want_b=$(sed -n "$((i + 1))p" "$work/ref-b")
      if [ "$etag $sum" = "$want_a" ]; then seen_a=$((seen_a + 1))
      elif [ "$etag $sum" = "$want_b" ]; then seen_b=$((seen_b + 1))
      else echo "port $1 ${roll_urls[$i]}: ETag $etag, body $sum is neither snapshot's answer" >> "$work/mixed"
        cp "$work/check-$1.body" "$work/mixed-$1-$i"; fi
    done
  done
  echo "$1 $seen_a $seen_b" >> "$work/seen"
}
rm -f "$work/stop-checkers" "$work/mixed" "$work/seen"
checker_pids=""
for p in "${PORTS[@]}" "$LB"; do checker "$p" & checker_pids="$checker_pids $!"; done
sleep 1
targets=(); for n in 1 2 3; do targets+=("$work/i$n/treatyapi.db=http://127.0.0.1:${PORTS[$((n - 1))]}"); done
t0=$(date +%s%3N)
ROLL_TIMEOUT=30 deploy/roll-snapshot.sh "$work/snap-b.db" "${targets[@]}" > "$work/roll.log" || fail "rollout: $(cat "$work/roll.log")"
roll_ms=$(( $(date +%s%3N) - t0 ))
sleep 11   # past nginx's 10 s cache, so the checker through nginx sees the new snapshot too
touch "$work/stop-checkers"; wait $checker_pids; checker_pids=""
[ ! -s "$work/mixed" ] || fail "answers that mix snapshots: $(head -5 "$work/mixed")"
for p in "${PORTS[@]}"; do [ "$(ready_id "$p")" = "$id_b" ] || fail "instance $p reports $(ready_id "$p"), not $id_b"; done
answers_seen=$(awk '{ a += $2; b += $3 } END { print a + b " answers checked, " a " from the old snapshot and " b " from the new" }' "$work/seen")
awk '$3 == 0 { exit 1 }' "$work/seen" || fail "a checker never saw the new snapshot: $(cat "$work/seen")"
ok "rollout $id_a → $id_b, one instance at a time, in $roll_ms ms: $answers_seen;" \
  "none mixed (each byte for byte one snapshot's, with its ETag); every instance reports $id_b"

# --- 6. throughput: one instance alone beside nginx in front of three, the same URLs, alternating
# wrk_rps URL [wrk args…] → requests/s, failing on any lost request
wrk_rps() { local url=$1; shift; wrk -t2 -c32 -d"${secs}s" --timeout 10s "$@" "$url" > "$work/wrk.txt"; wrk_check "wrk $url $*" "$work/wrk.txt" >/dev/null
  awk '/Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk.txt"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
row() { # name path [wrk args…]
  local name=$1 path=$2; shift 2; local one=() lb_=()
  for ((r = 0; r < rounds; r++)); do
    one+=("$(wrk_rps "http://127.0.0.1:${PORTS[0]}$path" -H "Host: $HOST" "$@")")
    lb_+=("$(wrk_rps "$lb$path" "$@")")
  done
  local a b; a=$(printf '%s\n' "${one[@]}" | median); b=$(printf '%s\n' "${lb_[@]}" | median)
  printf '| %s | %s | %s | %.2f× |\n' "$name" "$a" "$b" "$(awk "BEGIN { print $b / $a }")"
}
load=$(cut -d' ' -f1 /proc/loadavg)
wrk -t2 -c32 -d1s "$lb/treaties/new-start" >/dev/null; wrk -t2 -c32 -d1s -H "Host: $HOST" "http://127.0.0.1:${PORTS[0]}/treaties/new-start" >/dev/null
{
  echo "Measured $(date -u +%F) on $(nproc) cores with \`bench/cluster.sh ${1:-}\`: \`wrk -t2 -c32 -d${secs}s\`, median of $rounds" \
    "alternating rounds; wrk, nginx and the instances share the machine's cores (load average before the first" \
    "round: $load, from other work on the machine too)."
  echo
  echo "| requests | one instance req/s | nginx + 3 instances req/s | ratio |"
  echo "| --- | ---: | ---: | ---: |"
  row "GET /treaties/new-start (one hot page: nginx answers from its cache)" /treaties/new-start
  row "GET /statements?from=…&limit=… (every URL new: every request runs a query on an instance)" / -s bench/cluster.lua
} | tee bench/out/cluster.md
ok "throughput measured (bench/out/cluster.md)"
echo "cluster checks passed"
