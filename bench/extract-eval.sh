#!/usr/bin/env bash
# The extractor on the gold corpus (tests/TreatyApi.Tests/Corpus/articles): recall and precision per fact kind and
# per gold pattern, and how many notLimits were read as limits.
#   bench/extract-eval.sh            the table
#   bench/extract-eval.sh --misses   and every miss and false positive, article by article
#   bench/extract-eval.sh --check    exit 1 when a kind is under its floor (CI)
#   bench/extract-eval.sh --dir DIR  another folder of NNN-*.txt + NNN-*.gold.json
#   bench/extract-eval.sh --only 005 --facts   one article, every fact returned with its rule and cue
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build "$root/bench/TreatyApi.ExtractEval" -c Release -o "$out" -v quiet -nologo >/dev/null
dotnet "$out/TreatyApi.ExtractEval.dll" "$root" "$@"
