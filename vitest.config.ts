import { defineConfig } from 'vitest/config';

// Three kinds of tests, one command (STYLE.md rule 10):
// - unit: pure code, no database (`*.test.ts` beside the code, not named `*.int.test.ts`)
// - integration: `*.int.test.ts`, against a real database; run once on PGlite and once on the
//   PostgreSQL server named by TEST_DATABASE_URL (required when CI=true, skipped otherwise)
// - web: React components under jsdom
const onCi = process.env.CI === 'true';
const postgresUrl = process.env.TEST_DATABASE_URL;
if (onCi && !postgresUrl) {
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL integration tests must run in CI.');
}

const nodeProject = (name: string, include: string[], exclude: string[] = [], env: Record<string, string> = {}) => ({
  extends: true as const,
  test: {
    name,
    include,
    exclude: ['**/node_modules/**', '**/dist/**', ...exclude],
    environment: 'node' as const,
    env: { TZ: 'UTC', ...env },
  },
});

const integration = ['packages/*/src/**/*.int.test.ts', 'apps/api/src/**/*.int.test.ts'];

export default defineConfig({
  test: {
    // The JSON report lets CI print one plain closing line with the counts.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // A file's set-up (a database, a fixture school) gets a minute; files rely on this rather than each naming it.
    hookTimeout: 60_000,
    projects: [
      nodeProject(
        'unit',
        ['packages/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'bin/**/*.test.ts'],
        integration,
      ),
      nodeProject('int-pglite', integration, [], { SCHOOLGATE_TEST_DB: 'pglite' }),
      ...(postgresUrl
        ? [
            nodeProject('int-postgres', integration, [], {
              SCHOOLGATE_TEST_DB: 'postgres',
              TEST_DATABASE_URL: postgresUrl,
            }),
          ]
        : []),
      {
        // Browser flows: Playwright driving Debian's Chromium against a real server started by the global setup.
        extends: true as const,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node' as const,
          globalSetup: ['./e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: './apps/web/vite.config.ts',
        test: {
          name: 'web',
          root: './apps/web',
          include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
