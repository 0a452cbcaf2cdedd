import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  // Each test starts its own browser with a fresh profile; two at a time suit a 2-core machine.
  workers: 2,
  fullyParallel: true,
  // Generous: axe-core passes over five pages take 20 s on a busy 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  // Playwright empties its output folder at start: keep it apart from the unit-test report beside it.
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'retain-on-failure' },
});
