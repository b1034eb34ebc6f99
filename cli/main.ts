import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupChoicesFileIn, useBackupChoicesFile } from '../db/backup/backupFolderChoices.js';
import { toApiError } from '../db/errors.js';
import { appDataFolder } from './archivePath.js';
import { CLI_COMMANDS as COMMANDS, type CliCommandEntry } from './cliCommands.js';
import { CliError, formatApiError } from './cliError.js';
import { processIo, type CliIo } from './cliIo.js';
import { packageVersion } from './packageVersion.js';

function commandNamed(name: string): CliCommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}

function usage(): string {
  const pad = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: archive <command> [options]',
    '',
    'Secretariat Archive: the records of working visits and meetings, from the command line.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(pad)}  ${c.summary}`),
    `  ${'help'.padEnd(pad)}  Show this text, or a command's: archive help <command>.`,
    '',
    "Every command takes --db PATH; without it, $ARCHIVE_DB or the desktop app's archive is used.",
    'Options: --help, --version',
  ].join('\n');
}

function unknownCommand(name: string): CliError {
  const names = [...COMMANDS.map((c) => c.name), 'help'].join(', ');
  return new CliError(`There is no command "${name}". The commands are: ${names}.`, 2);
}

async function help(topic: string | undefined, io: CliIo): Promise<number> {
  if (topic === undefined) {
    io.out(usage());
    return 0;
  }
  const command = commandNamed(topic);
  if (!command) throw unknownCommand(topic);
  io.out((await command.load()).help);
  return 0;
}

/** Runs `archive <argv>` and resolves to its exit code: 0 done, 1 failed, 2 not understood. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      io.err(usage());
      return 2;
    }
    if (name === 'help' || name === '--help' || name === '-h') {
      if (rest.length > 1) throw new CliError('archive help takes at most one command name.', 2);
      return await help(rest[0], io);
    }
    if (name === '--version' || name === '-v') {
      io.out(packageVersion());
      return 0;
    }
    const command = commandNamed(name);
    if (!command) throw unknownCommand(name);
    // The backups folders chosen in the desktop app or web mode hold this command's backups too.
    useBackupChoicesFile(backupChoicesFileIn(appDataFolder(io.env)));
    return await (await command.load()).run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(formatApiError(toApiError(e)));
    return 1;
  }
}

function isEntryModule(): boolean {
  const entry = process.argv[1];
  return !!entry && path.resolve(entry) === fileURLToPath(import.meta.url);
}

if (isEntryModule()) process.exitCode = await main(process.argv.slice(2));
