import fs from 'node:fs';
import path from 'node:path';
import { chosenBackupFolder } from './backupFolderChoices.js';
import { ArchiveError } from '../errors.js';

/** The folder beside an archive that holds its backups unless the user chose another. */
export function backupsDir(archiveFile: string): string {
  return path.join(path.dirname(archiveFile), `${path.basename(archiveFile)}.backups`);
}

/**
 * Where an archive's backups go: beside it, or in `<archive name>.backups` inside the folder the
 * user chose, so that two archives sharing a chosen folder never share (and prune) one rotation.
 */
export function backupsFolderFor(archiveFile: string): string {
  const chosen = chosenBackupFolder(archiveFile);
  return chosen
    ? path.join(chosen, path.basename(archiveFile) + '.backups')
    : backupsDir(archiveFile);
}

/**
 * Makes the backups folder, readable by its owner only (backups hold every record), and answers
 * it; refuses, saying where and what to do, when it cannot be made or written. A chosen folder
 * that is gone (a drive not connected) is never made again: backups would land on another disk.
 */
export function openBackupsFolder(archiveFile: string): string {
  const chosen = chosenBackupFolder(archiveFile);
  const dir = backupsFolderFor(archiveFile);
  if (chosen && !fs.existsSync(chosen)) {
    throw new ArchiveError('io_error', 'errors.backupsFolder.chosenMissing', { chosen });
  }
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    const advice = {
      key: chosen ? 'errors.backupsFolder.adviceChosen' : 'errors.backupsFolder.adviceBeside',
    } as const;
    throw new ArchiveError('io_error', 'errors.backupsFolder.unwritable', {
      dir,
      reason: (e as NodeJS.ErrnoException).code ?? 'error',
      advice,
    });
  }
  return dir;
}
