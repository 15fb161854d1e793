// Lint rules, including the layer fences of docs/architecture.md: each folder may
// import only what its layer allows (scripts/layers.mjs), enforced here rather than by
// memory.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerRules } from './scripts/layers.mjs';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'worker_threads',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-electron/**',
      'renderer/dist/**',
      'out/**',
      'release/**',
      'coverage/**',
      // Local experiments (gitignored).
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // Core: no Electron anywhere, React only in reports, better-sqlite3 only in storage.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/storage/**', 'src/reports/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/ is framework-free: Electron belongs in electron/.' },
            { name: 'better-sqlite3', message: 'Only src/storage talks to SQLite.' },
            { name: 'react', message: 'React is for renderer/ and src/reports only.' },
            { name: 'react-dom', message: 'React is for renderer/ and src/reports only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/ is framework-free.' },
            { name: 'react', message: 'Storage renders nothing.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/reports/**/*.ts', 'src/reports/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/ is framework-free.' },
            { name: 'better-sqlite3', message: 'Only src/storage talks to SQLite.' },
          ],
        },
      ],
    },
  },
  // Renderer: model, contract types and pure helpers only.
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the host through renderer/src/api only.' },
            { name: 'better-sqlite3', message: 'The renderer never touches storage.' },
          ],
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer runs in a browser: no Node built-ins.' },
            {
              group: [
                '**/src/storage',
                '**/src/storage/**',
                '**/src/server/**',
                '**/src/cli/**',
                '**/src/data',
                '**/src/data/**',
                '**/src/api',
                '**/src/api/**',
              ],
              message:
                'The renderer may import the contract (src/contract) and browser-safe core modules, not storage, handlers or hosts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
  // The preload runs beside untrusted content: Electron, nothing else.
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['*', '!electron'],
              message: 'The preload imports only electron (electron/preload-contract.ts checks its names).',
            },
          ],
        },
      ],
    },
  },
  // The layer order and no import cycles, over production code (scripts/layers.mjs).
  ...layerRules({ importX, createNodeResolver }),
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
