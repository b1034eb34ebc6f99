import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ArchiveError, toApiError } from '../errors.js';
import { openBeside } from '../open/openBeside.js';
import { partialName } from './backupPartials.js';

/** How long a backup waits on an archive that gives it no page before it gives up. */
const STALL_LIMIT_MS = 5000;

/** Whether SQLite may write the archive's shared-memory index: a backup reads through it. */
function sharedMemoryWritable(archiveFile: string): boolean {
  try {
    fs.accessSync(`${archiveFile}-shm`, fs.constants.W_OK);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * Copies a consistent state of the archive to `temp`. The backup API copies in steps, so the
 * event loop keeps answering; but where the archive's -shm file is read-only for us (a
 * `chmod 444` archive leaves one so), SQLite reads without a shared index, every step after the
 * first answers "busy", and better-sqlite3 retries that for ever. There the copy is one
 * `VACUUM INTO`, which reads one snapshot whatever the index. A backup that gets no page for
 * STALL_LIMIT_MS stops with a sentence instead of spinning.
 */
async function copyArchive(db: Database, temp: string): Promise<void> {
  if (!sharedMemoryWritable(path.resolve(db.name))) {
    db.prepare('VACUUM INTO ?').run(temp);
    return;
  }
  let remaining = -1;
  let since = Date.now();
  await db.backup(temp, {
    progress: ({ remainingPages }) => {
      if (remainingPages !== remaining) {
        remaining = remainingPages;
        since = Date.now();
      } else if (Date.now() - since > STALL_LIMIT_MS) {
        throw new ArchiveError('archive_busy', 'errors.backup.backupStoppedBecause');
      }
      return 100;
    },
  });
}

export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * Copies the open archive to `outFile` with SQLite's backup API, which copies a consistent
 * state while the archive stays in use (a file copy of a WAL archive can miss or tear pages).
 * The copy is made under a temporary name, turned into a single self-contained file (rollback
 * journal instead of WAL), checked read-only with `integrity_check`, and only then renamed, so
 * `outFile` is either a good backup or absent. An existing file is kept unless `overwrite`.
 */
export async function backupArchive(
  db: Database,
  outFile: string,
  options: { overwrite?: boolean } = {},
): Promise<BackupResult> {
  const target = path.resolve(outFile);
  if (path.resolve(db.name) === target) {
    throw new ArchiveError('refused', 'errors.backup.backupCannotWritten');
  }
  if (fs.existsSync(target) && !options.overwrite) {
    throw new ArchiveError('refused', 'errors.backup.alreadyFileNo', { target });
  }
  if (!fs.existsSync(path.dirname(target))) {
    throw new ArchiveError('io_error', 'errors.backup.folderDoesNot', {
      folder: path.dirname(target),
    });
  }
  const partial = partialName(target);
  const temp = partial.file;
  try {
    // Created empty first, readable by its owner only, so that no byte of it is ever readable by
    // others; SQLite gives its journal the same mode.
    fs.closeSync(fs.openSync(temp, 'wx', 0o600));
    await copyArchive(db, temp);
    const copy = openBeside(db, temp, { readonly: false });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const check = openBeside(db, temp, { readonly: true });
    let result: unknown;
    try {
      result = check.pragma('integrity_check', { simple: true });
    } finally {
      check.close();
    }
    if (result !== 'ok') {
      throw new ArchiveError('io_error', 'errors.backup.backupDidNot', { result: String(result) });
    }
    fs.renameSync(temp, target);
    partial.done();
  } catch (e) {
    for (const suffix of ['', '-journal', '-wal', '-shm'])
      fs.rmSync(temp + suffix, { force: true });
    partial.done();
    if (e instanceof ArchiveError) throw e;
    const answer = toApiError(e);
    if (answer.code !== 'internal') throw ArchiveError.fromApiError(answer);
    throw new ArchiveError('io_error', 'errors.backup.notWritten', { target });
  }
  return { file: target, bytes: fs.statSync(target).size };
}
