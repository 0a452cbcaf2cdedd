import { defineConfig } from '@playwright/test';
import { timeouts } from './test/e2e/timeouts';

export default defineConfig({
  testDir: 'test/e2e',
  // Each test starts its own browser with a fresh profile; two at a time suit a 2-core machine.
  workers: 2,
  fullyParallel: true,
  // Scaled with how busy the machine is when the run starts (test/e2e/timeouts.ts).
  timeout: timeouts.test,
  expect: { timeout: timeouts.expect },
  retries: 0,
  // Playwright empties its output folder at start: keep it apart from the unit-test report beside it.
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'retain-on-failure' },
});
