#!/usr/bin/env bash
# Benchmarks (DESIGN §9): the pure core in Node, then the built extension in Chromium, where each page's time to
# interactive is printed as a ratio to an empty extension page (the floor) opened in the same run. Exits non-zero
# when a surface passes 1.5× the floor or a core benchmark its budget. Not part of `npm test`: timings on a shared
# CI machine would make the suite flaky. Record the figures in BENCHMARKS.md when they change.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh || exit 1
npx wxt build >/dev/null || exit 1
# The floor page goes into a copy of the build, never into .output, which is what ships.
bench_extension=test-results/bench-extension
rm -rf "$bench_extension"
mkdir -p test-results
cp -r .output/chrome-mv3 "$bench_extension"
cp test/bench/floor/floor.html test/bench/floor/floor.js "$bench_extension/"
status=0
echo "── the pure core (Node $(npx node --version), $(nproc) cores)"
npx vitest bench --run --project 'unit (bench)' 2>&1 | grep -E 'median|✓|×|FAIL|Error' || true
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
echo "── the built extension in $(/usr/bin/chromium --version 2>/dev/null | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
EXTENSION_PATH="$bench_extension" npx playwright test -c playwright.bench.config.ts 2>&1 | grep -E 'BENCH|✓|✘|Error|Expected|Received' || true
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
exit $status
