// Lint, and the layering of DESIGN.md as rules: a wrong import across layers fails `npx eslint .`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A package, or a path inside it. */
const packages = (names) => `^(${names.join('|')})(/|$)`;

/** A relative import of one of our folders (bare names like 'electron' are packages). */
const ours = (folders) => `^(\\.\\.?/)+(.*/)?(${folders.join('|')})(/|$)`;

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'release/',
      'out/',
      'test-results/',
      'playwright-report/',
      'e2e/output/',
      'bench/data/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: packages(['electron', 'react', 'react-dom']),
              message: 'db/ is the archive alone: no Electron, no UI.',
            },
            {
              regex: ours(['cli', 'electron', 'renderer']),
              message:
                'db/ imports nothing of ours outside db/: the hosts depend on it, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    // The Vite config runs in Node at build time, not in the page.
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^node:|${packages(nodeBuiltins)}`,
              message: 'The renderer runs in a sandboxed page: no Node modules.',
            },
            {
              regex: packages(['better-sqlite3', 'electron']),
              message: 'The renderer reaches the archive only through renderer/api.ts.',
            },
            {
              regex: `${ours(['db'])}(?!api(\\.js)?$)`,
              message: 'The renderer may import only db/api.ts (types and schemas) from db/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright reads a fixture's needs from its first parameter, so `async ({}, use)` is the idiom.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['cli/**', 'electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: ours(['renderer']),
              message: 'The hosts serve the built renderer; they do not import it.',
            },
          ],
        },
      ],
    },
  },
);
