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

/** The fs calls that open a file by its path (and close it after). */
const FILE_OPENS =
  '/^(open|openSync|openAsBlob|readFile|readFileSync|writeFile|writeFileSync|appendFile|appendFileSync|copyFile|copyFileSync|cp|cpSync|truncate|truncateSync|createReadStream|createWriteStream)$/';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

/** What the renderer may not import, wherever it is. */
const rendererImports = [
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
];

/** What a leaf widget in renderer/components/ may import from outside its folder, and why. */
const LEAF_MAY_USE = [
  '\\.\\./db/api(\\.js)?$', // the contract's types
  'messages(\\.js)?$', // every sentence a user reads
  'styles/[^/]+\\.css$', // the global style sheets a widget's class names refer to
  // The registry of open forms with unsaved changes: a dialog asks it before it closes.
  'unsavedChanges(\\.js)?$',
];

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
    rules: { 'no-restricted-imports': ['error', { patterns: rendererImports }] },
  },
  {
    // Leaf widgets: anything may use them, so they use nothing that knows a screen or the shell.
    // A later block replaces the rule's options, hence the renderer's own patterns again.
    files: ['renderer/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererImports,
            {
              regex: `^\\.\\./(?!${LEAF_MAY_USE.join('|')})`,
              message:
                'A leaf widget imports no screen, no app/ file, nothing outside components/ but what eslint.config.js lists.',
            },
          ],
        },
      ],
    },
  },
  {
    // Closing any descriptor of a file drops every POSIX lock this process's SQLite connections
    // hold on it; another program's sqlite3 may then delete the write-ahead log they still write
    // to (sqlite.org/howtocorrupt.html §2.2). So only SQLite opens an archive file: calls that open
    // a file by path are allowed only in the files listed below, which open other files.
    files: ['db/**', 'cli/**', 'electron/**'],
    ignores: [
      '**/test/**',
      'db/migrate.ts', // the migrations' SQL
      'db/backup/preMigrationBackup.ts', // its own backup file, before anything opens it
      'db/open/startupRecovery.ts', // a backup's copy, before it is put in place
      'db/csv/csvExport.ts', // the CSV file being written
      'db/pressRelease/readPressRelease.ts', // the press release named
      'db/open/openArchiveOrReadOnly.ts', // a copy, when no connection of ours could open the file
      'db/files/archiveLocation.ts', // /proc/mounts
      'cli/commands/importCsv.ts', // the CSV named, read before the archive is opened
      'cli/packageVersion.ts',
      'cli/staticFiles.ts',
      'electron/nativeBinding.ts',
      'electron/recentArchives.ts',
      'electron/languageSetting.ts',
      'electron/appProtocol.ts', // the renderer's own files
      'cli/launchPage.ts', // the page that opens the browser
      'db/backup/backup.ts', // a new backup file, made before SQLite writes into it
      'db/backup/backupFolderChoices.ts', // the list of chosen backups folders
      'db/files/privateFiles.ts', // a new archive file, made before any connection opens it
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[object.name='fs'][property.name=${FILE_OPENS}], MemberExpression[object.property.name='promises'][property.name=${FILE_OPENS}]`,
          message:
            'Only SQLite opens an archive file: an fs open and close drops its locks. Open other files in a module listed in eslint.config.js.',
        },
        {
          selector:
            'ImportDeclaration[source.value=/^(node:)?fs(\\u002Fpromises)?$/] > ImportSpecifier',
          message:
            "Import fs as a whole (`import fs from 'node:fs'`), so that its file opens are seen.",
        },
      ],
    },
  },
  {
    // The catalog is read by the archive (Node) and the page (browser) alike.
    files: ['i18n/**'],
    ignores: ['i18n/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^node:|${packages(nodeBuiltins)}|${ours(['db', 'cli', 'electron', 'renderer'])}`,
              message:
                'i18n/ is shared by the archive and the page: no Node modules, none of ours.',
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
