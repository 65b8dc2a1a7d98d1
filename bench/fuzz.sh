#!/usr/bin/env bash
# Hostile input generated from the OpenAPI contract, in volume: 100,000 requests (CI sends 2,000).
# Usage: bench/fuzz.sh [REQUESTS]   — prints the status histogram; fails on any 5xx or non-problem 4xx.
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_REQUESTS=${1:-100000} dotnet test tests/TreatyApi.Tests --filter ContractFuzz \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "contract fuzz|Passed!|Failed!|Error Message|^\s+[0-9]{3} " 
