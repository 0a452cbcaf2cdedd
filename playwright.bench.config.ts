import { defineConfig } from '@playwright/test';

// Browser benchmarks: one worker, so nothing else competes for the two cores while they time.
export default defineConfig({
  testDir: 'test/bench',
  testMatch: '*.bench.spec.ts',
  workers: 1,
  outputDir: 'test-results/bench-artifacts',
  timeout: 120_000,
  reporter: [['list']],
});
