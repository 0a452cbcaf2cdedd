#!/usr/bin/env bash
# Benchmarks with budgets (DESIGN §9): the pure core in Node, then the built extension in Chromium.
# Prints every median; exits non-zero when any passes its budget. Not part of `npm test`: timings on a shared
# CI machine would make the suite flaky. Record the figures in BENCHMARKS.md when they change.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh || exit 1
npx wxt build >/dev/null || exit 1
status=0
echo "── the pure core (Node $(npx node --version), $(nproc) cores)"
npx vitest bench --run --project 'unit (bench)' 2>&1 | grep -E 'median|✓|×|FAIL|Error' || true
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
echo "── the built extension in $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
npx playwright test -c playwright.bench.config.ts 2>&1 | grep -E 'BENCH|✓|✘|Error' || true
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
exit $status
