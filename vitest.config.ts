import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          // Benchmarks of the pure core run as this project's "unit (bench)" variant: `npm run bench`.
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
          environment: 'happy-dom',
          setupFiles: ['test/unit/setup.ts'],
          // Far above any test's time on an idle machine: a busy one (issue 16) must not turn slow into red.
          testTimeout: 30_000,
        },
      },
      {
        // Checks on the built extension (.output/): run after `npm run build`.
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          benchmark: { include: [] },
          environment: 'node',
          testTimeout: 120_000,
        },
      },
    ],
  },
});
