import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // End-to-end tests start servers and Chromium; two cores are all CI has.
    maxWorkers: 2,
    // One throwaway PostgreSQL cluster per run; each test file takes its own database.
    globalSetup: ['tests/support/postgres-global-setup.ts'],
  },
});
