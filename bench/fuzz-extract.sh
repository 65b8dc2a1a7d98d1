#!/usr/bin/env bash
# The extractor on mangled corpus paragraphs, in volume: every article mutated N times (default 1,000; the test
# suite runs 40). Fails, printing the text, on any exception.
# Usage: bench/fuzz-extract.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRACT_FUZZ=${1:-1000} dotnet test tests/TreatyApi.Tests --filter ExtractorFuzz 2>&1 \
  | grep -E "Passed!|Failed!|Error Message|mutation [0-9]+:|^--- text|^\s{2,}\S" | head -60
