import { defineConfig } from 'vitest/config';

// The web app's pure helpers (formatting, grouping, chart scales, following a grading).
// Run from the repository root: npx vitest run --config apps/web/vitest.config.ts
export default defineConfig({
  test: {
    name: 'web',
    root: import.meta.dirname,
    include: ['lib/**/*.test.ts'],
    // Node ships EventSource behind a flag; the client under test uses it as a browser would.
    execArgv: ['--experimental-eventsource'],
  },
});
