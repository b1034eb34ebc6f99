import type { CliCommand } from './cliCommand.js';

/**
 * Every `archive` command: its name and line of help here, its code loaded only when it runs, so
 * that a command does not pay for what the others import (document readers, the web server,
 * CSV decoders).
 */
export interface CliCommandEntry {
  name: string;
  /** One line for `archive help`. */
  summary: string;
  load(): Promise<CliCommand>;
}

export const CLI_COMMANDS: readonly CliCommandEntry[] = [
  {
    name: 'init',
    summary: 'Create a new, empty archive.',
    load: async () => (await import('./commands/init.js')).initCommand,
  },
  {
    name: 'demo',
    summary: 'Fill an empty archive with invented demo records.',
    load: async () => (await import('./commands/demo.js')).demoCommand,
  },
  {
    name: 'list',
    summary: 'List the records of a table, filtered and sorted.',
    load: async () => (await import('./commands/list.js')).listCommand,
  },
  {
    name: 'export',
    summary: 'Write the records of a table, filtered and sorted, as a CSV file.',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'import-csv',
    summary: 'Add the rows of a CSV file to a table, all or none.',
    load: async () => (await import('./commands/importCsv.js')).importCsvCommand,
  },
  {
    name: 'stats',
    summary: 'Show how many records the archive holds, and its size.',
    load: async () => (await import('./commands/stats.js')).statsCommand,
  },
  {
    name: 'check',
    summary:
      "Check the archive's integrity, references and derived data; exit code 1 on any problem.",
    load: async () => (await import('./commands/check.js')).checkCommand,
  },
  {
    name: 'backup',
    summary: 'Copy the archive, consistently, to a new file.',
    load: async () => (await import('./commands/backup.js')).backupCommand,
  },
  {
    name: 'serve',
    summary: 'Open the archive in a web browser (web mode), on this computer only.',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
  {
    name: 'import-press-release',
    summary: 'Read a press release and save its visit, meetings and people (or only show them).',
    load: async () => (await import('./commands/importPressRelease.js')).importPressReleaseCommand,
  },
];
