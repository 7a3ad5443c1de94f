import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// The browser's entry of the domain and the files it re-exports (without `.ts`, relative to packages/domain/src).
// Add a file here when shared.ts re-exports it: the rule below is built from this list.
const SHARED_ENTRY_FILES = [
  'roles',
  'permissions',
  'permission-names',
  'policy/policy-vocabulary',
  'moderation/safeguarding-alert',
  'concerns/concern-kinds',
  'consent/consent-vocabulary',
  'reports/report-labels',
  'accounts/account-stewardship',
  'posts/post-vocabulary',
  'sign-in/sign-in-providers',
];

// Raw database access: the ORM, the drivers and the schema's tables. Only packages/db may use them
// (repositories, one per entity); the API reaches the database through repository methods.
const DATABASE_IMPORTS = {
  patterns: [
    { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Queries live in packages/db/src/repositories.' },
    { group: ['pg', '@electric-sql/*'], message: 'The database is opened by @schoolgate/db (openDatabase).' },
  ],
  paths: [
    {
      name: '@schoolgate/db',
      importNames: ['schema'],
      message: 'Tables are for repositories: add a method to packages/db/src/repositories/<entity>.repository.ts.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'e2e/artifacts/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The domain core stays pure (STYLE.md rule 1): no I/O, no framework.
    files: ['packages/domain/src/**/*.ts', 'packages/classifier/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'packages/classifier/src/cli/**', 'packages/classifier/scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:fs*', 'fs', 'node:net', 'node:http*', 'pg', 'drizzle-orm*', 'fastify*', '@electric-sql/*'] },
      ],
    },
  },
  {
    // Queries only in repositories (STYLE.md rule 5). Tests may look at tables directly to check what was stored;
    // apps/api/src/testing holds test helpers; jobs/job-runner.ts hands pg-boss its connection.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'apps/api/src/testing/**'],
    rules: { 'no-restricted-imports': ['error', DATABASE_IMPORTS] },
  },
  {
    // The browser's entry of the domain (`@schoolgate/domain/shared`) and the files it re-exports import nothing
    // but each other, so the web app can use them without pulling Node or the rest of the domain into its bundle.
    files: ['packages/domain/src/shared.ts', ...SHARED_ENTRY_FILES.map((file) => `packages/domain/src/${file}.ts`)],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!\\.{1,2}/(${SHARED_ENTRY_FILES.join('|')})\\.ts$)`,
              message: 'The shared entry imports only the other files of the shared entry.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web app imports only the contracts and the domain's browser entry, never the server's packages.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The web app runs in the browser.' },
            {
              regex: '^@schoolgate/(domain$|db|api|classifier)',
              message: 'The web app imports @schoolgate/contracts or @schoolgate/domain/shared only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Request text is declared with text() (packages/contracts/src/text.ts), which refuses what PostgreSQL cannot
    // store; a bare z.string() would let a NUL or a lone surrogate through to the database.
    files: ['packages/contracts/src/**/*.ts'],
    ignores: ['packages/contracts/src/text.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='z'][callee.property.name='string']",
          message: 'Declare text with text() from ./text.ts, so NUL characters and lone surrogates are refused.',
        },
      ],
    },
  },
  {
    // React's rules of hooks. The plugin's React Compiler checks are left out: they compile every component and
    // doubled the time of `npm run lint` (measured with TIMING=10) without finding anything here.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // No import cycles (STYLE.md: a file's name and first lines say what it may touch). Type-only imports are
    // ignored: they vanish at run time and are how a module names the shape of what it is given.
    // Scoped to the source folders (tests and scripts are leaves nobody imports), which keeps `npm run lint` fast.
    files: ['apps/*/src/**/*.{ts,tsx}', 'packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
