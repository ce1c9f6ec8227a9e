import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Store tests create their own databases; two cores, so keep parallelism modest.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'] } },
      // The browser tests serve the built console: it is built once per run, before the first e2e file, and only
      // when an e2e file is queued (a run of test/ files never builds it).
      { extends: true, test: { name: 'e2e', include: ['e2e/**/*.test.ts'], globalSetup: ['e2e/console-build.ts'] } },
    ],
  },
});
