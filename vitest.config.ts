import { defineConfig } from 'vitest/config';

// Two projects: everything that runs in Node, and the browser tests, which need the
// whole platform built and Debian's Chromium, and so run after the rest.
export default defineConfig({
  test: {
    // graphile-worker records a finished job without awaiting it (see apps/api/src/process-guards.ts):
    // when a fault test stops Postgres just then, that rejection is expected and the platform carries
    // on. Only that one is let through; every other unhandled error still fails the run.
    onUnhandledError(error) {
      const recordingAJob = /graphile-worker[\\/]dist[\\/]sql[\\/](completeJobs|failJobs)/.test(error.stack ?? '');
      if (recordingAJob && /ECONNREFUSED|terminating connection|Connection terminated/.test(error.message ?? '')) return false;
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['graders/src/**/*.test.ts', 'reference/src/**/*.test.ts', 'exercises/**/*.test.ts', 'infra/src/**/*.test.ts', 'infra/deploy/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/sandbox/**/*.test.ts', 'tests/challenges/**/*.test.ts', 'tests/security/**/*.test.ts', 'tests/faults/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      // The web app's own helpers, with its config (EventSource behind a Node flag).
      'apps/web/vitest.config.ts',
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          // One file at a time: each starts a whole platform and its own Chromium.
          maxWorkers: 1,
          testTimeout: 180_000,
          hookTimeout: 600_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
