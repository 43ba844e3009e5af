import { defineConfig } from 'vitest/config';

/**
 * Four projects: everything on the embedded database; the app's components in happy-dom; the
 * server's tests again on real PostgreSQL when TEST_DATABASE_URL is set; the browser tests (e2e/),
 * which `npm run test:e2e` runs alone.
 */
const serverTests = ['server/**/*.test.ts', 'cli/**/*.test.ts'];
/** The browser tests run alone after everything else (groupOrder), never beside the server tests. */
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    // Two cores: one worker per core keeps PGlite's start-up from starving the other tests.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'pglite',
          include: [...serverTests, 'domain/**/*.test.ts', 'app/**/*.test.ts'],
          env: { LEEWAY_TEST_DB: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The browser app's components, rendered in happy-dom (no server, no database).
        test: {
          name: 'components',
          include: ['app/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['app/testing/setup.ts'],
        },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: 'postgres',
                include: serverTests,
                env: { LEEWAY_TEST_DB: 'postgres' },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      // The browser tests run after the rest, on the embedded database and then on PostgreSQL, one
      // server and one browser at a time: two cores do not run two Chromiums and the suite well.
      ...(withPostgres ? ['e2e', 'e2e-postgres'] : ['e2e']).map((name, i) => ({
        test: {
          name,
          include: ['e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll gives up after 1 s by default: on a loaded two-core machine a key press, its
          // render and a focus change can take longer, and the "denies by keyboard" test once did.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
          globalSetup: ['e2e/support/global-setup.ts'],
          sequence: { groupOrder: 1 + i },
        },
      })),
    ],
  },
});
