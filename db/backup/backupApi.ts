import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupEntry, RestoreResult } from '../api.js';
import { archiveFileOf } from '../files/archiveFileOf.js';
import { listBackups, takeBackup } from './backupRotation.js';
import type { BackupInfo } from './backupRotation.js';
import { ArchiveError } from '../errors.js';
import { restoreBackup } from './restoreBackup.js';

function entry(backup: BackupInfo): BackupEntry {
  return {
    name: path.basename(backup.file),
    kind: backup.kind,
    at: backup.at.toISOString(),
    bytes: backup.bytes,
  };
}

/** The backups of the open archive, newest first, by name only: a caller never sends a path. */
export function backupEntries(db: Database): BackupEntry[] {
  return listBackups(archiveFileOf(db)).map(entry);
}

export async function backUpNow(db: Database): Promise<BackupEntry> {
  return entry(await takeBackup(db, 'manual'));
}

/** Restores one of the archive's own backups, named as backupEntries names it. */
export async function restoreNamedBackup(db: Database, name: string): Promise<RestoreResult> {
  const backup = listBackups(archiveFileOf(db)).find((b) => path.basename(b.file) === name);
  if (!backup) {
    throw new ArchiveError('not_found', 'errors.backupApi.noBackupNamed', { name });
  }
  const { restored, safetyCopy } = await restoreBackup(db, backup.file);
  return {
    restored: { ...entry(backup), counts: restored.counts, inTrash: restored.inTrash },
    safetyCopy: entry(safetyCopy),
  };
}
