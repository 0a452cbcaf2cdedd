#!/usr/bin/env bash
# Every check the project has, in the order a failure is cheapest to see: types, both builds, unit tests and
# checks on the build, then end-to-end tests in Chromium. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json test-results/summary.txt

failed_gates=0
# How long each step took, printed before the summary: a slow run says where its time went.
timings=()
timed() {
  local name=$1 started=$SECONDS
  shift
  "$@"
  local status=$?
  timings+=("$(printf '%5ss  %s' $((SECONDS - started)) "$name")")
  return $status
}
gate() {
  echo "── $1"
  timed "$@" || failed_gates=$((failed_gates + 1))
}

gate "Chromium for the end-to-end tests" bash scripts/ensure-chromium.sh
gate "LibreOffice for the CSV and workbook checks" bash scripts/ensure-libreoffice.sh
gate "poppler for the PDF checks" bash scripts/ensure-poppler.sh
gate "type check" npx tsc --noEmit
gate "build for Chrome" npx wxt build
gate "build for Firefox" npx wxt build -b firefox

echo "── unit tests and checks on the build"
timed "unit tests and checks on the build" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
unit_exit=$?

echo "── end-to-end tests in Chromium"
timed "end-to-end tests" npx playwright test
e2e_exit=$?

echo "── time per step, on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
printf '%s\n' "${timings[@]}"

node scripts/summarize-tests.mjs "$failed_gates" "$unit_exit" "$e2e_exit" > test-results/summary.txt
cat test-results/summary.txt
grep -q ', 0 failed$' test-results/summary.txt
