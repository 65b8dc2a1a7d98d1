#!/usr/bin/env bash
# Where a large ingest's CPU goes, by thread and by kind of code: a `perf record` of one ingest of the bench corpus
# (bench/TreatyApi.Bench) with the runtime defaults, then
#   1. the share of samples per thread (extraction workers, the writer on the main thread, the tiering JIT thread)
#      and per kind of code (JIT-compiled code, the JIT itself, the runtime, SQLite, the kernel);
#   2. our methods nearest to the sample (which recogniser or writer step the time is spent under);
#   3. what the JIT compiled in that run, by tier, in bytes of code (DOTNET_JitDisasmSummary: a second ingest).
#   bench/ingest-profile.sh [DOCS]      (DOCS defaults to 10000)
# Measuring aids only: DOTNET_PerfMapEnabled=1 (symbols for JIT-compiled code) and DOTNET_EnableWriteXorExecute=0
# (without it perf sees JIT code as an anonymous memfd mapping and cannot name it). Installs perf if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-10000}
command -v perf >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  linux-perf >/dev/null; }
work=$(mktemp -d)
# The runtime writes /tmp/perf-PID.map for the ingest's process: only that one is removed.
trap 'rm -f "/tmp/perf-$(cat "$work/pid" 2>/dev/null).map"; rm -rf "$work"' EXIT
dotnet publish src/TreatyApi -c Release -o "$work/app" -v quiet -nologo >/dev/null
dotnet publish bench/TreatyApi.Bench -c Release -o "$work/bench" -v quiet -nologo >/dev/null
corpus=$(dotnet "$work/bench/TreatyApi.Bench.dll" corpus "$work/corpus" "$docs" 1 seeds/catalog)

DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 TreatyApi__Seeds="$corpus" TreatyApi__Database="$work/a.db" \
  perf record -q -F 499 -g -o "$work/perf.data" -- sh -c 'echo $$ > "$1"; exec dotnet "$2" ingest' sh \
  "$work/pid" "$work/app/TreatyApi.dll" > /dev/null 2>&1
perf script -i "$work/perf.data" -F comm,ip,sym,dso 2> /dev/null > "$work/samples"
DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile="$work/jit.txt" TreatyApi__Seeds="$corpus" \
  TreatyApi__Database="$work/b.db" dotnet "$work/app/TreatyApi.dll" ingest > /dev/null

python3 - "$work/samples" "$work/jit.txt" <<'PY'
import collections, re, sys
samples, cur = [], None
for line in open(sys.argv[1]):
    if not line.strip():
        cur = None
        continue
    if not line[0].isspace():
        words = line.split()
        # perf's comm ("dotnet", ".NET TP Worker", ".NET Tiered Com") may hold spaces; a tid after it is dropped.
        cur = {"thread": " ".join(words[:-1] if words[-1].isdigit() else words), "frames": []}
        samples.append(cur)
    elif cur is not None:
        cur["frames"].append(line.strip())
n = len(samples)
def kind(frame):
    m = re.search(r"\(([^)]*)\)\s*$", frame)
    d = m.group(1).split("/")[-1] if m else "?"
    return "JIT-compiled code" if d.startswith("perf-") else d
def ours(frame):
    m = re.search(r"\] ([\w.`<>+$]+::[\w<>$`.]+)\(", frame)
    return m.group(1) if m and "[TreatyApi" in frame else None
by_thread = collections.Counter(s["thread"] for s in samples)
by_kind = collections.Counter((s["thread"], kind(s["frames"][0]) if s["frames"] else "?") for s in samples)
by_method = collections.Counter()
for s in samples:
    mine = [m for m in map(ours, s["frames"]) if m]
    by_method[mine[0] if mine else "(no frame of ours: JIT, tiering, runtime, SQLite)"] += 1
print(f"{n} samples at 499 Hz ({n / 499:.1f} s of CPU)\n")
print("| thread (perf comm; dotnet is the main thread: start-up and the writer) | share |\n| --- | ---: |")
for t, c in by_thread.most_common(6):
    print(f"| {t} | {100 * c / n:.1f}% |")
print("\n| thread | code | share |\n| --- | --- | ---: |")
for (t, k), c in by_kind.most_common(12):
    print(f"| {t} | {k} | {100 * c / n:.1f}% |")
print("\n| nearest method of ours | share |\n| --- | ---: |")
for m, c in by_method.most_common(20):
    print(f"| {m} | {100 * c / n:.1f}% |")
tiers, count = collections.Counter(), collections.Counter()
for line in open(sys.argv[2]):
    m = re.search(
        r"JIT compiled .* \[(.*?)(?: @0x\w+)?(?: with \w+ PGO)?, IL size=\d+, code size=(\d+)", line
    )
    if m:
        tiers[m.group(1)] += int(m.group(2))
        count[m.group(1)] += 1
print("\n| JIT tier | methods | KB of code |\n| --- | ---: | ---: |")
for t, b in tiers.most_common():
    print(f"| {t} | {count[t]} | {b / 1024:.0f} |")
PY
