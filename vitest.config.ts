import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only add contention for SQLite files, PostgreSQL and the browser.
    maxWorkers: 2,
    // A page under load can take more than expect.poll's default second to show what a step changed.
    expect: { poll: { timeout: 5_000 } },
  },
});
