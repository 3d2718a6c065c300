import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // A CLI test starts a process per case, each loading TypeScript; on two busy cores a group of them has
    // taken more than 30 s. The limit is for hangs, not speed (speed is measured in bench/).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: more workers only add contention for SQLite files, PostgreSQL and the browser.
    maxWorkers: 2,
    // A page under load can take more than expect.poll's default second to show what a step changed.
    expect: { poll: { timeout: 5_000 } },
  },
});
