#!/usr/bin/env bash
# Deadline precision per class of reading (rule, cue, how the date was resolved) over several sets at once, with the
# sets named REAL pooled apart: the table the deadlines are kept or cut by (README → Deadlines by class).
#   bench/deadline-classes.sh [--real DIR]... [DIR]...
#   e.g. bench/deadline-classes.sh --real ../real/dev --real ../real/dev2 tests/TreatyApi.Tests/Corpus/articles \
#          tests/TreatyApi.Tests/Corpus/heldout-{2,3,4,5}
# Each DIR holds NNN-*.txt + NNN-*.gold.json. Prints one row per class: right/wrong per set, pooled over the REAL
# sets, and over all.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build "$root/bench/TreatyApi.ExtractEval" -c Release -o "$out/bin" -v quiet -nologo >/dev/null
sets=()
real=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--real" ]; then real+=("$2"); sets+=("$2"); shift 2; else sets+=("$1"); shift; fi
done
i=0
for d in "${sets[@]}"; do
  i=$((i + 1))
  dotnet "$out/bin/TreatyApi.ExtractEval.dll" "$root" --dir "$d" > "$out/$i.txt"
  echo "$i $(basename "$d") $([[ " ${real[*]:-} " == *" $d "* ]] && echo real || echo other)" >> "$out/sets"
done
python3 - "$out" <<'PY'
import collections, re, sys
out = sys.argv[1]
sets = [line.split() for line in open(f"{out}/sets")]
rows = collections.defaultdict(dict)
for n, name, kind in sets:
    for line in open(f"{out}/{n}.txt"):
        m = re.match(r"\s+dlclass (.*?)\s+\d+ ?%\s+(\d+)/(\d+)$", line)
        if m:
            rows[m.group(1).strip()][n] = (int(m.group(2)), int(m.group(3)))
names = [name[:9] for _, name, _ in sets]
print(f"{'class (right/wrong)':66} " + " ".join(f"{x:>9}" for x in names) + f" {'REAL':>13} {'ALL':>13}")
def pooled(row, keep):
    r = sum(v[0] for k, v in row.items() if keep(k))
    w = sum(v[1] for k, v in row.items() if keep(k))
    return f"{r}/{w} {100 * r / (r + w):.0f}%" if r + w else "-"
real = {n for n, _, kind in sets if kind == "real"}
for key in sorted(rows):
    row = rows[key]
    cells = " ".join(f"{'%d/%d' % row[n] if n in row else '-':>9}" for n, _, _ in sets)
    print(f"{key[:66]:66} {cells} {pooled(row, lambda k: k in real):>13} {pooled(row, lambda k: True):>13}")
PY
