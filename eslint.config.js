import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'e2e/artifacts/**'] },
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
);
