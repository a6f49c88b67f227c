import { defineConfig } from 'vitest/config';

// Tests that use the Neo4j test server (*.neo4j.test.ts) share one database: they run one file at
// a time in their own project; everything else runs in parallel.
const shared = {
  // nodejieba and better-sqlite3 are native addons: run test files in child processes, not worker threads
  pool: 'forks' as const,
  // (a CI host has run 8× slower than this machine for minutes: a whole-corpus test that takes 7 s
  // here once took over 60 s there)
  testTimeout: 120_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-temp.ts'],
    projects: [
      { test: { ...shared, name: 'main', include: ['test/**/*.test.ts'], exclude: ['test/**/*.neo4j.test.ts'] } },
      { test: { ...shared, name: 'neo4j', include: ['test/**/*.neo4j.test.ts'], fileParallelism: false } },
    ],
  },
});
