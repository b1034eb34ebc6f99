import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from '../backup/backupRotation.js';
import { ArchiveError } from '../errors.js';
import { fileTimestamp } from '../backup/preMigrationBackup.js';
import { inspectBackup } from '../backup/restoreBackup.js';
import type { BackupSummary, OpenReadonly } from '../backup/restoreBackup.js';

/**
 * Moves a damaged archive (and its -wal and -shm, which belong to it) aside as
 * `<name>.corrupt-<time>`, so that nothing opens or overwrites it and it can still be sent to
 * someone who may rescue records from it. Returns the new name of the archive file.
 */
export function setAsideCorrupt(archiveFile: string, now: Date = new Date()): string {
  const file = path.resolve(archiveFile);
  const aside = `${file}.corrupt-${fileTimestamp(now)}`;
  try {
    // The log first: an archive renamed without its log would be read without it.
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    }
    fs.renameSync(file, aside);
  } catch (e) {
    throw new ArchiveError('io_error', 'errors.startupRecovery.damagedArchiveNot', {
      file,
      reason: (e as Error).message,
    });
  }
  return aside;
}

/**
 * The newest backup of an archive that opens and passes integrity_check, with its date and record
 * counts for the user to decide on; null when there is none. Damaged backups are passed over.
 */
export function newestGoodBackup(archiveFile: string, open?: OpenReadonly): BackupSummary | null {
  for (const backup of listBackups(archiveFile)) {
    try {
      return inspectBackup(backup.file, open);
    } catch {
      // A damaged or unreadable backup: try the one before it.
    }
  }
  return null;
}

/**
 * Puts a backup in place of a missing or set-aside archive: copied under a temporary name, synced,
 * checked, then renamed, so the archive file is either the whole backup or absent.
 */
export function installBackup(backupFile: string, archiveFile: string, open?: OpenReadonly): void {
  const file = path.resolve(archiveFile);
  if (fs.existsSync(file)) {
    throw new ArchiveError('refused', 'errors.startupRecovery.alreadyArchiveBackup', { file });
  }
  const temp = `${file}.restoring`;
  try {
    fs.copyFileSync(backupFile, temp);
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    inspectBackup(temp, open);
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError('io_error', 'errors.startupRecovery.backupNotPut', {
      reason: (e as Error).message,
    });
  }
}
