import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // Store suites open real databases and spawn the CLI; two cores are all we have.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
