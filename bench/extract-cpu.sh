#!/usr/bin/env bash
# The extractor alone, on one thread, in CPU time (steadier than wall time on a busy machine): for a change that
# must make extraction cheaper without changing what it finds.
#   bench/extract-cpu.sh [REV [ROUNDS [DOCS]]]   extracts the DOCS-document bench corpus (default 10000) on one
#       thread with this checkout and, when REV is given, with REV (a temporary worktree), alternating ROUNDS times
#       (default 3); prints each build's CPU for the first document (the patterns built and JIT-compiled), per
#       document block by block (warm-up), and in total, with the medians.
#   bench/extract-cpu.sh --same REV [DIR...]     whether this checkout and REV extract the very same result (facts,
#       explanations, warnings, as JSON) from every text of the corpus, the held-out sets, seeds/, the bench corpus
#       and each DIR given (a folder of *.txt outside the repository); exits 1 on the first difference.
# Runtime defaults; DOTNET_ variables set by the caller pass through (say so when reporting).
set -euo pipefail
cd "$(dirname "$0")/.."
same=; [ "${1:-}" = --same ] && { same=1; shift; }
rev=${1:-}; [ $# -gt 0 ] && shift
work=$(mktemp -d)
cleanup() { [ -n "$rev" ] && git worktree remove --force "$work/src" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
dotnet build bench/TreatyApi.ExtractCpu -c Release -o "$work/new" -v quiet -nologo >/dev/null
builds="$work/new"
if [ -n "$rev" ]; then
  git worktree add -q --detach "$work/src" "$rev"
  # The tool is this checkout's, built against REV's extractor.
  mkdir -p "$work/src/bench" && cp -r bench/TreatyApi.ExtractCpu "$work/src/bench/"
  rm -rf "$work/src/bench/TreatyApi.ExtractCpu/bin" "$work/src/bench/TreatyApi.ExtractCpu/obj"
  dotnet build "$work/src/bench/TreatyApi.ExtractCpu" -c Release -o "$work/old" -v quiet -nologo >/dev/null
  builds="$work/old $work/new"
fi
dotnet publish bench/TreatyApi.Bench -c Release -o "$work/bench" -v quiet -nologo >/dev/null

if [ -n "$same" ]; then
  [ -n "$rev" ] || { echo "--same needs REV" >&2; exit 2; }
  corpus=$(dotnet "$work/bench/TreatyApi.Bench.dll" corpus "$work/corpus" 10000 1 seeds/catalog)
  dirs=(tests/TreatyApi.Tests/Corpus seeds/documents "$corpus/documents" "$@")
  for b in old new; do
    dotnet "$work/$b/TreatyApi.ExtractCpu.dll" dump seeds "$work/$b.jsonl" "${dirs[@]}"
  done
  echo "$(wc -l < "$work/new.jsonl") texts"
  if cmp -s "$work/old.jsonl" "$work/new.jsonl"; then echo "same result on every text"
  else
    echo "DIFFERENT; first differing texts:"
    diff <(cut -c1-300 "$work/old.jsonl") <(cut -c1-300 "$work/new.jsonl") | head -8
    exit 1
  fi
  exit 0
fi

rounds=${1:-3}; docs=${2:-10000}
corpus=$(dotnet "$work/bench/TreatyApi.Bench.dll" corpus "$work/corpus" "$docs" 1 seeds/catalog)
for r in $(seq "$rounds"); do
  for b in $builds; do
    dotnet "$b/TreatyApi.ExtractCpu.dll" time "$corpus" 1000 > "$work/out"
    name=$(basename "$b"); [ "$name" = old ] && name=$rev; [ "$name" = new ] && name=checkout
    echo "== $name, round $r (load $(cut -d' ' -f1 /proc/loadavg))"; cat "$work/out"
    printf '%s %s %s\n' "$name" "$(grep '^first document' "$work/out" | grep -o '[0-9.]* ms' | cut -d' ' -f1)" \
      "$(grep '^total' "$work/out" | grep -o '[0-9.]* s' | cut -d' ' -f1)" >> "$work/summary"
  done
done
python3 - "$work/summary" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, first, total = line.split()
    rows[name].append((float(first), float(total)))
print("\n| build | first document, ms of CPU | median | total, s of CPU | median |\n| --- | --- | ---: | --- | ---: |")
for name, v in rows.items():
    print(f"| {name} | {' / '.join(f'{f:.0f}' for f, _ in v)} | {statistics.median(f for f, _ in v):.0f} | "
          f"{' / '.join(f'{t:.2f}' for _, t in v)} | {statistics.median(t for _, t in v):.2f} |")
PY
