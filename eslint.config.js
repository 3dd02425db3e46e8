import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';

/** I/O modules the pure layers (domain, extract, ledger) must never import. */
const ioModules = [
  'node:fs',
  'node:fs/promises',
  'fs',
  'node:child_process',
  'node:net',
  'node:http',
  'node:worker_threads',
  'better-sqlite3',
  'pg',
  'kysely',
  'fastify',
];
const outerLayers = ['**/store/**', '**/app/**', '**/server/**', '**/cli/**'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', 'web/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'max-params': ['error', 3],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Catastrophic backtracking is a correctness bug for an engine fed untrusted text.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['src/domain/**', 'src/extract/**', 'src/ledger/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules.map((name) => ({ name, message: 'The pure core does no I/O.' })),
          patterns: [
            { group: outerLayers, message: 'Layers point inward: the core imports no adapter.' },
          ],
        },
      ],
    },
  },
  {
    // Only src/store speaks to the database; everyone else goes through its index and the Store.
    files: ['src/app/**', 'src/cli/**', 'src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['kysely', 'pg', 'better-sqlite3'].map((name) => ({
            name,
            message: 'Use openStore and the Store interface from src/store/index.ts.',
          })),
          patterns: [
            {
              group: ['**/store/**', '!**/store/index.ts'],
              message: 'Import the store through src/store/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules.map((name) => ({ name, message: 'The domain does no I/O.' })),
          patterns: [
            {
              group: [...outerLayers, '**/extract/**', '**/ledger/**'],
              message: 'The domain imports nothing of ours.',
            },
          ],
        },
      ],
    },
  },
);
