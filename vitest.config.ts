import { defineConfig } from 'vitest/config';

// Two projects: `unit` (fast, no build: `npx vitest run --project unit`) and `e2e`, whose global
// setup ingests the fixture sources, builds the site once and serves it (tests/e2e/support/).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A few unit tests start Node processes (the CLIs, the module loader); on a loaded
          // 2-core machine one start can take several seconds.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // Each file drives its own Chromium; two at once is what 2 cores take.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
