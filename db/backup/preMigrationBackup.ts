import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ArchiveError } from '../errors.js';
import { partialName, removeStalePartials } from './backupPartials.js';
import { openBackupsFolder } from './backupsFolder.js';
import { openBeside } from '../open/openBeside.js';

export { backupsDir } from './backupsFolder.js';

/** `2026-11-22T05:10:00.123Z` -> `20261122T051000123Z`: sortable, and legal in Windows file names. */
export function fileTimestamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/**
 * Copies the archive before a migration, synchronously, so that `openArchive` stays a plain
 * function for every caller (better-sqlite3 offers the backup API only as a promise).
 * `VACUUM INTO` writes a consistent snapshot (WAL content included) page by page to a new file,
 * so memory does not grow with the archive. The copy keeps the WAL flag in its header (bytes
 * 18-19 = 2); it is set back to the rollback-journal value 1 so that the backup opens read-only
 * without leaving -wal/-shm files beside it. The copy is written under a temporary name, synced,
 * renamed, then opened read-only and checked before anything migrates.
 */
export function preMigrationBackup(
  db: Database,
  archiveFile: string,
  version: number,
  at: Date,
): string {
  let dir: string;
  try {
    dir = openBackupsFolder(archiveFile);
  } catch (e) {
    throw new ArchiveError('io_error', 'errors.preMigrationBackup.backupFailed', {
      reason: (e as Error).message,
    });
  }
  const target = path.join(dir, `pre-migration-v${version}-${fileTimestamp(at)}.db`);
  const partial = partialName(target);
  const temp = partial.file;
  try {
    removeStalePartials(dir);
    // VACUUM INTO writes into an empty file: made first, readable by its owner only.
    fs.closeSync(fs.openSync(temp, 'wx', 0o600));
    db.prepare('VACUUM INTO ?').run(temp);
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    partial.done();
  } catch (e) {
    fs.rmSync(temp, { force: true });
    partial.done();
    throw new ArchiveError('io_error', 'errors.preMigrationBackup.backupNotWritten', {
      dir,
      reason: (e as Error).message,
    });
  }
  const check = openBeside(db, target, { readonly: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') {
      throw new ArchiveError('io_error', 'errors.preMigrationBackup.backupDamaged', { target });
    }
  } finally {
    check.close();
  }
  return target;
}
