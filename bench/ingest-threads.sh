#!/usr/bin/env bash
# What bounds a large ingest's wall clock, read from the threads: the ingest of the bench corpus runs while every
# thread's CPU (utime+stime) and state are read from /proc/PID/task/*/stat every 20 ms. Prints, per group of threads
# (extraction, the main thread: start-up then the single SQLite writer, the tiering JIT, GC), the CPU taken; per
# phase (a tenth of the run), each group's CPU and how many threads wanted a core (state R: running or waiting for
# one); and a quiet 2-core machine's wall time, modelled from the trace: each 20 ms step's CPU divided by the cores
# the ingest could use then (threads wanting a core, 1 to 2). On a busy shared machine the wall time itself means
# little, the model and the CPU split do (checked against the lead's quiet bench/run.sh: 10.1-10.9 s modelled at
# load 20-45, 11.0 s measured).
#   bench/ingest-threads.sh [DOCS [ROUNDS]]       defaults 10000 1; publishes this checkout
#   APPS="DIR_A DIR_B" bench/ingest-threads.sh ... published builds (`dotnet publish -o DIR`), alternating by round
# Runtime defaults; DOTNET_ variables set by the caller pass through (say so when reporting).
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-10000}; rounds=${2:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
apps=${APPS:-}
if [ -z "$apps" ]; then
  dotnet publish src/TreatyApi -c Release -o "$work/app" -v quiet -nologo >/dev/null
  apps="$work/app"
fi
dotnet publish bench/TreatyApi.Bench -c Release -o "$work/bench" -v quiet -nologo >/dev/null
corpus=$(dotnet "$work/bench/TreatyApi.Bench.dll" corpus "$work/corpus" "$docs" 1 seeds/catalog)
cat > "$work/threads.py" <<'PY'
import collections, os, subprocess, sys, time
cmd = sys.argv[1:]
t0 = time.time()
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
hz = os.sysconf("SC_CLK_TCK")
def group(comm):
    if comm.startswith("extract") or comm.startswith(".NET TP Worker"): return "extraction"
    if comm == "dotnet": return "main"
    if "Tiered" in comm: return "tiering"
    if "GC" in comm: return "gc"
    return "other"
samples = []  # (time, {tid: (group, cpu s, state)})
while p.poll() is None:
    snap = {}
    try:
        tids = os.listdir(f"/proc/{p.pid}/task")
    except FileNotFoundError:
        break
    for tid in tids:
        try:
            s = open(f"/proc/{p.pid}/task/{tid}/stat").read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        f = s[s.rindex(")") + 2:].split()
        snap[tid] = (group(s[s.index("(") + 1:s.rindex(")")]), (int(f[11]) + int(f[12])) / hz, f[0])
    samples.append((time.time() - t0, snap))
    time.sleep(0.02)
wall = time.time() - t0
groups = ["extraction", "main", "tiering", "gc", "other"]
last = {}
for _, snap in samples:
    last.update(snap)
total = collections.Counter(); threads = collections.Counter()
for g, c, _ in last.values():
    total[g] += c; threads[g] += 1
print(f"wall {wall:.1f} s (load {open('/proc/loadavg').read().split()[0]}), CPU {sum(total.values()):.2f} s: "
      + ", ".join(f"{g} {total[g]:.2f} ({threads[g]} threads)" for g in groups if threads[g]))
print("| phase, s of wall | " + " | ".join(groups[:4]) + " | threads wanting a core | samples with <= 1 |")
print("| --- | " + " | ".join("---:" for _ in groups[:4]) + " | ---: | ---: |")
edges = [wall * i / 10 for i in range(11)]
prev, model, serial = {}, 0.0, 0.0
rows = [[collections.Counter(), []] for _ in range(10)]
for t, snap in samples:
    row = rows[min(int(10 * t / wall), 9)]
    step = 0.0
    for tid, (g, c, _) in snap.items():
        row[0][g] += c - prev.get(tid, 0.0); step += c - prev.get(tid, 0.0); prev[tid] = c
    wanting = sum(1 for _, _, st in snap.values() if st == "R")
    row[1].append(wanting)
    model += step / min(max(wanting, 1), 2)
    serial += step if wanting <= 1 else 0
for i, (cpu, want) in enumerate(rows):
    n = max(len(want), 1)
    print(f"| {edges[i]:.1f}-{edges[i + 1]:.1f} | " + " | ".join(f"{cpu[g]:.2f}" for g in groups[:4])
          + f" | {sum(want) / n:.1f} | {100 * sum(1 for w in want if w <= 1) / n:.0f}% |")
print(f"modelled quiet 2-core wall {model:.2f} s; CPU while <= 1 thread wanted a core {serial:.2f} s")
PY
for r in $(seq "$rounds"); do
  for app in $apps; do
    echo "== $app, round $r"
    TreatyApi__Seeds="$corpus" TreatyApi__Database="$work/x.db" python3 "$work/threads.py" \
      dotnet "$app/TreatyApi.dll" ingest
    rm -f "$work/x.db"
  done
done
