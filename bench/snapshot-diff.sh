#!/usr/bin/env bash
# Whether two snapshots hold the same facts: every table, row by row (sorted by all its columns), compared with
# sqlite3. For a change that must not change output (a faster ingest, a refactor of the writer).
#   bench/snapshot-diff.sh A.db B.db            compare two snapshots already built
#   bench/snapshot-diff.sh --build REV [DOCS]   publish REV and this checkout, ingest seeds/ and the DOCS-document
#                                               bench corpus (default 10000) with each, compare both pairs
# Not compared: built_at and snapshot_id in snapshot_info (the time, and a hash that includes the extractor
# build), and FTS5's shadow tables (their pages depend on how inserts were batched); the search table's rows are.
# Prints one line per table ("same" or the first differing rows) and exits 1 when any table differs.
set -euo pipefail
cd "$(dirname "$0")/.."

compare() { # a.db b.db
  local a=$1 b=$2 status=0 t
  local tables; tables=$(sqlite3 "$a" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
    AND name NOT LIKE 'search_%' ORDER BY name"
    sqlite3 "$a" "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search_%'
      AND name NOT IN ('search_data', 'search_idx', 'search_content', 'search_docsize', 'search_config') ORDER BY name")
  [ "$tables" = "$(sqlite3 "$b" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
    AND name NOT LIKE 'search_%' ORDER BY name"
    sqlite3 "$b" "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search_%'
      AND name NOT IN ('search_data', 'search_idx', 'search_content', 'search_docsize', 'search_config')
      ORDER BY name")" ] \
    || { echo "tables differ"; return 1; }
  for t in $tables; do
    local query
    if [ "$t" = search ]; then query="SELECT rowid, body, extra FROM search ORDER BY rowid"
    else
      local cols; cols=$(sqlite3 "$a" "SELECT group_concat(quote(name), ', ') FROM pragma_table_info('$t')")
      query="SELECT * FROM \"$t\""
      [ "$t" = snapshot_info ] && query="$query WHERE key NOT IN ('built_at', 'snapshot_id')"
      query="$query ORDER BY $cols"
    fi
    local ha hb
    ha=$(sqlite3 -bail -json "$a" "$query" | sha256sum); hb=$(sqlite3 -bail -json "$b" "$query" | sha256sum)
    if [ "$ha" = "$hb" ]; then
      printf '%-24s same (%s rows)\n' "$t" "$(sqlite3 "$a" "SELECT count(*) FROM \"$t\"")"
    else
      status=1
      printf '%-24s DIFFERS (%s vs %s rows); first differences:\n' "$t" \
        "$(sqlite3 "$a" "SELECT count(*) FROM \"$t\"")" "$(sqlite3 "$b" "SELECT count(*) FROM \"$t\"")"
      diff <(sqlite3 "$a" "$query") <(sqlite3 "$b" "$query") | head -6 | cut -c1-200 || true
    fi
  done
  return $status
}

if [ "${1:-}" = --build ]; then
  rev=${2:?REV}; docs=${3:-10000}
  work=$(mktemp -d)
  cleanup() { git worktree remove --force "$work/src" 2>/dev/null || true; rm -rf "$work"; }
  trap cleanup EXIT
  git worktree add -q --detach "$work/src" "$rev"
  dotnet publish "$work/src/src/TreatyApi" -c Release -o "$work/app-a" -v quiet -nologo >/dev/null
  dotnet publish src/TreatyApi -c Release -o "$work/app-b" -v quiet -nologo >/dev/null
  dotnet publish bench/TreatyApi.Bench -c Release -o "$work/bench" -v quiet -nologo >/dev/null
  corpus=$(dotnet "$work/bench/TreatyApi.Bench.dll" corpus "$work/corpus" "$docs" 1 seeds/catalog)
  status=0
  for w in a b; do
    schema=db; [ $w = a ] && schema="$work/src/db"
    TreatyApi__Seeds=seeds TreatyApi__Schema="$schema" TreatyApi__Database="$work/seeds-$w.db" \
      dotnet "$work/app-$w/TreatyApi.dll" ingest > /dev/null
    TreatyApi__Seeds="$corpus" TreatyApi__Schema="$schema" TreatyApi__Database="$work/corpus-$w.db" \
      dotnet "$work/app-$w/TreatyApi.dll" ingest > /dev/null
  done
  echo "== seeds/: $rev vs this checkout"; compare "$work/seeds-a.db" "$work/seeds-b.db" || status=1
  echo "== $docs-document bench corpus: $rev vs this checkout"
  compare "$work/corpus-a.db" "$work/corpus-b.db" || status=1
  exit $status
fi
[ $# -eq 2 ] || { sed -n '2,9p' "$0"; exit 2; }
compare "$1" "$2"
