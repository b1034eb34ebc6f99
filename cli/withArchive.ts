import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ApiMethod, ApiOutput } from '../db/api.js';
import { openArchive } from '../db/open/open.js';
import { createPrivateArchive, makePrivateFolder } from '../db/files/privateFiles.js';
import { openArchiveOrReadOnly } from '../db/open/openArchiveOrReadOnly.js';
import { callApi, createHandlers, type HandlerOptions } from '../db/service.js';
import type { ArchiveLocation } from './archivePath.js';
import { CliError, formatApiError } from './cliError.js';
import { upgradeProgressPrinter } from './upgradeProgress.js';

export interface OpenOptions {
  /** Create the archive when the file does not exist yet. */
  create?: boolean;
  readonly?: boolean;
  /** Where an upgrade's progress is said, a line at a time: stderr unless given. */
  err?: (line: string) => void;
}

const toStderr = (line: string): void => void process.stderr.write(`${line}\n`);

/**
 * Opens the archive a command works on, refusing a missing file unless asked to create it. A
 * command that only reads works wherever the archive can be read (a read-only folder too); one
 * that writes is refused at once, with the reason the archive cannot be written.
 */
export function openForCommand(
  location: ArchiveLocation,
  options: OpenOptions = {},
): Database.Database {
  checkLocation(location, options);
  if (options.create) return openArchive(location.file, { create: true });
  // A command that only reads still upgrades an older archive it may write; where it cannot
  // write, it reads what is there.
  const progress = upgradeProgressPrinter(options.err ?? toStderr);
  const { db, readOnly } = openArchiveOrReadOnly(location.file, {
    onProgress: progress.onProgress,
  });
  progress.done();
  if (!readOnly || options.readonly) return db;
  db.close();
  throw new CliError(`Nothing was changed. ${readOnly.reason}`);
}

/**
 * Refuses a missing archive unless asked to create it, and makes the app's own folder (never a
 * folder the user named): what every command checks before it opens the archive.
 */
export function checkLocation(location: ArchiveLocation, options: OpenOptions = {}): void {
  const { file } = location;
  if (!options.create && !fs.existsSync(file)) {
    const named = location.namedBy ? ` (named by ${location.namedBy})` : '';
    throw new CliError(
      `There is no archive at ${file}${named}. Check the path, or create one with \`archive init --db "${file}"\`.`,
    );
  }
  if (options.create && !fs.existsSync(file)) {
    const folder = path.dirname(file);
    // The app's own folder is made on first use; a folder the user named must already exist,
    // so that a mistyped path does not leave folders behind.
    if (!location.explicit) makePrivateFolder(folder);
    else if (!fs.existsSync(folder)) {
      throw new CliError(
        `The folder ${folder} does not exist. Create it first or choose another --db path.`,
      );
    }
    createPrivateArchive(file);
  }
}

/** Runs `fn` on the open archive and closes it, whatever happens. */
export async function withArchive<T>(
  location: ArchiveLocation,
  options: OpenOptions,
  fn: (db: Database.Database) => T | Promise<T>,
): Promise<T> {
  const db = openForCommand(location, options);
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

/** Calls one API method the way every host does, and turns a refusal into a CLI error. */
export async function runApi<M extends ApiMethod>(
  db: Database.Database,
  file: string,
  method: M,
  input: unknown,
  options?: HandlerOptions,
): Promise<ApiOutput<M>> {
  const result = await callApi(createHandlers(db, file, options), method, input);
  if (!result.ok) throw new CliError(formatApiError(result.error));
  return result.value;
}
