import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { TableName } from './api.js';
import { takeBackup } from './backupRotation.js';
import type { BackupInfo } from './backupRotation.js';
import { ArchiveError, toApiError } from './errors.js';
import { applyMigrations, listMigrations, schemaVersion } from './migrate.js';
import { openBeside } from './openBeside.js';
import { archiveStats } from './stats.js';

/** What a backup holds, to show before it is restored. */
export interface BackupSummary {
  file: string;
  /** When it was taken (from its name in the backups folder), or null for a file chosen elsewhere. */
  at: string | null;
  schemaVersion: number;
  /** Live records per table. */
  counts: Record<TableName, number>;
  inTrash: number;
}

export type OpenReadonly = (file: string) => Database;

const openReadonly: OpenReadonly = (file) =>
  new DatabaseConstructor(file, { readonly: true, fileMustExist: true });

function unusable(file: string, why: string): ArchiveError {
  return new ArchiveError(
    'archive_corrupt',
    `The backup ${file} cannot be restored: ${why}. Choose another backup.`,
  );
}

/** Opens a backup read-only and checks it whole; refuses a damaged one or one of a newer app. */
export function inspectBackup(file: string, open: OpenReadonly = openReadonly): BackupSummary {
  let db: Database;
  try {
    db = open(path.resolve(file));
  } catch (e) {
    throw unusable(file, toApiError(e).message);
  }
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw unusable(file, `it is damaged (${String(check)})`);
    const version = schemaVersion(db);
    const known = listMigrations().length;
    if (version > known) {
      throw new ArchiveError(
        'archive_newer',
        `The backup ${file} was written by a newer version of Secretariat Archive (schema v${version}). Update the app to restore it.`,
      );
    }
    if (version === 0) throw unusable(file, 'it is not a Secretariat Archive');
    const { counts, inTrash } = archiveStats(db, file);
    return {
      file: path.resolve(file),
      at: backupTime(file),
      schemaVersion: version,
      counts,
      inTrash,
    };
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw unusable(file, toApiError(e).message);
  } finally {
    db.close();
  }
}

function backupTime(file: string): string | null {
  const m = /-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.db$/.exec(file);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
}

/**
 * Replaces the open archive's content with a backup's, through SQLite's backup API into the
 * live file (the destination is written in one transaction, so a crash leaves the archive as it
 * was), after backing the current content up first. A backup of an older schema is upgraded.
 */
export async function restoreBackup(
  db: Database,
  backupFile: string,
  now: Date = new Date(),
): Promise<{ restored: BackupSummary; safetyCopy: BackupInfo }> {
  const restored = inspectBackup(backupFile, (f) => openBeside(db, f, { readonly: true }));
  if (path.resolve(backupFile) === path.resolve(db.name)) {
    throw new ArchiveError(
      'refused',
      'An archive cannot be restored from itself. Choose a backup.',
    );
  }
  const safetyCopy = await takeBackup(db, 'pre-restore', now, [restored.file]);
  const source = openBeside(db, restored.file, { readonly: true });
  try {
    await source.backup(db.name);
  } catch (e) {
    throw new ArchiveError(
      'io_error',
      `The archive could not be restored (${toApiError(e).message}); it is as it was. A copy of it is at ${safetyCopy.file}.`,
    );
  } finally {
    source.close();
  }
  applyMigrations(db, listMigrations());
  return { restored, safetyCopy };
}
