// Sums Vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed".
// Usage: node summarize-tests.mjs <failed gate steps> <vitest exit code> <playwright exit code>
// A gate (type check, a build) that failed counts as one failure; so does a runner that failed without
// reporting a failed test (it crashed, or found nothing to run), or left no report.
import { existsSync, readFileSync } from 'node:fs';

const [failedGates, unitExit, e2eExit] = process.argv.slice(2).map(Number);

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0, missing: true };
  return { ...read(JSON.parse(readFileSync(file, 'utf8'))), missing: false };
}

const unit = counts('test-results/unit.json', (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
}));
const e2e = counts('test-results/e2e.json', ({ stats }) => ({
  passed: stats.expected,
  failed: stats.unexpected + stats.flaky,
}));

// A missing report means the runner never got going: that is a failure even if it exited 0.
const runnerFailure = (exit, report) => ((exit !== 0 && report.failed === 0) || report.missing ? 1 : 0);
const passed = unit.passed + e2e.passed;
const failed = failedGates + unit.failed + e2e.failed + runnerFailure(unitExit, unit) + runnerFailure(e2eExit, e2e);
console.log(`${passed} passed, ${failed} failed`);
