import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { TableName } from '../api.js';
import { takeBackup } from './backupRotation.js';
import type { BackupInfo } from './backupRotation.js';
import { ArchiveError, toApiError } from '../errors.js';
import { reasonOf } from '../open/readOnlyReasons.js';
import { applyMigrations, listMigrations, schemaVersion } from '../migrate.js';
import { archiveFileOf } from '../files/archiveFileOf.js';
import { openBeside } from '../open/openBeside.js';
import { unwritable } from '../open/openArchiveOrReadOnly.js';
import { replaceContent } from './replaceContent.js';
import { holdingWriteLock } from '../open/holdingWriteLock.js';
import { archiveStats } from '../check/stats.js';

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
  return new ArchiveError('archive_corrupt', 'errors.restoreBackup.backupCannotRestored', {
    file,
    why,
  });
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
      throw new ArchiveError('archive_newer', 'errors.restoreBackup.backupWrittenNewer', {
        file,
        version,
      });
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
 * Replaces the open archive's content with a backup's, after backing the current content up
 * first. The write lock is held from the safety copy to the end (holdingWriteLock), so no save
 * lands in between, in neither. The content is copied in through the connection that holds the
 * lock, in one transaction, and a backup of an older schema is upgraded in it too: a crash or a
 * failure leaves the archive as it was, and the answer is the truth. (A copy written by SQLite's
 * backup API through yet another connection left this one on the old schema.)
 */
export async function restoreBackup(
  db: Database,
  backupFile: string,
  now: Date = new Date(),
): Promise<{ restored: BackupSummary; safetyCopy: BackupInfo }> {
  const restored = inspectBackup(backupFile, (f) => openBeside(db, f, { readonly: true }));
  if (path.resolve(backupFile) === path.resolve(db.name)) {
    throw new ArchiveError('refused', 'errors.restoreBackup.archiveCannotRestored');
  }
  const cannotWrite = unwritable(archiveFileOf(db));
  if (cannotWrite)
    throw new ArchiveError('refused', 'errors.backupRotation.nothingChanged', {
      reason: reasonOf(cannotWrite),
    });
  let safetyCopy: BackupInfo | undefined;
  try {
    return await holdingWriteLock(
      db,
      async (writer) => {
        safetyCopy = await takeBackup(db, 'pre-restore', now, [restored.file]);
        replaceContent(writer);
        applyMigrations(writer, listMigrations());
        return { restored, safetyCopy };
      },
      { attach: restored.file, foreignKeysOff: true },
    );
  } catch (e) {
    const copy = safetyCopy ? ` A copy of it is at ${safetyCopy.file}.` : '';
    const { code, message } = toApiError(e);
    throw new ArchiveError(
      code === 'archive_busy' ? code : 'io_error',
      'errors.restoreBackup.archiveNotRestored',
      { message, copy },
    );
  }
}
