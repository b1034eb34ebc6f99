import { dialog } from 'electron';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import type Database from 'better-sqlite3';
import { archiveFileOf } from '../db/files/archiveFileOf.js';
import { takeBackup } from '../db/backup/backupRotation.js';
import { toApiError } from '../db/errors.js';
import { openBeside } from '../db/open/openBeside.js';
import { backupsFolderFor } from '../db/backup/backupsFolder.js';
import { setBackupFolder } from '../db/backup/chooseBackupFolder.js';
import { backupFolderDialog } from './backupFolderDialog.js';
import { inspectBackup, restoreBackup } from '../db/backup/restoreBackup.js';
import type { BackupSummary } from '../db/backup/restoreBackup.js';

type CurrentWindow = () => BrowserWindow | undefined;

function show(window: BrowserWindow | undefined, options: MessageBoxOptions) {
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

function failed(window: BrowserWindow | undefined, title: string, e: unknown): void {
  void show(window, { type: 'error', message: title, detail: toApiError(e).message });
}

/** What a backup holds, in a sentence, for the user to choose by. */
export function describeBackup(summary: BackupSummary): string {
  const when = summary.at ? new Date(summary.at).toLocaleString() : 'an unknown date';
  const { visits, meetings, people, organisations } = summary.counts;
  return `Taken ${when}: ${visits} visits, ${meetings} meetings, ${people} people, ${organisations} organisations (${summary.inTrash} records in the trash).`;
}

/**
 * File > Back Up Now…: a backup into the archive's backups folder, then where it went. A backup
 * that cannot be written offers another folder, kept for this archive, and tries there.
 */
export async function backUpNowDialog(db: Database.Database, window: CurrentWindow): Promise<void> {
  try {
    const backup = await takeBackup(db, 'manual');
    await show(window(), {
      type: 'info',
      message: 'The archive is backed up.',
      detail: `The backup is ${backup.file}. It passed its integrity check.`,
    });
  } catch (e) {
    const answer = await show(window(), {
      type: 'error',
      buttons: ['Choose Another Folder…', 'Close'],
      defaultId: 0,
      cancelId: 1,
      message: 'The archive could not be backed up.',
      detail: toApiError(e).message,
    });
    if (answer.response !== 0) return;
    try {
      const chosen = await setBackupFolder(
        db,
        { create: false, reset: false },
        backupFolderDialog(window),
      );
      if (chosen.changed) await backUpNowDialog(db, window);
    } catch (error) {
      failed(window(), 'The backups folder was not changed.', error);
    }
  }
}

/**
 * File > Restore from Backup…: the user picks a backup (its folder offered first), sees its date
 * and counts, confirms; the current archive is backed up first, then the window reloads.
 */
export async function restoreDialog(db: Database.Database, window: CurrentWindow): Promise<void> {
  const parent = window();
  const options = {
    title: 'Restore from backup',
    defaultPath: backupsFolderFor(archiveFileOf(db)),
    properties: ['openFile' as const],
    filters: [{ name: 'Archive backups', extensions: ['db'] }],
  };
  const picked = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  const file = picked.filePaths[0];
  if (picked.canceled || !file) return;
  try {
    const summary = inspectBackup(file, (f) => openBeside(db, f, { readonly: true }));
    const answer = await show(parent, {
      type: 'question',
      buttons: ['Restore', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'Replace the archive with this backup?',
      detail: `${describeBackup(summary)}\n\nThe archive as it is now is backed up first, so this can be reversed by restoring that backup.`,
    });
    if (answer.response !== 0) return;
    const { safetyCopy } = await restoreBackup(db, file);
    parent?.webContents.reload();
    await show(parent, {
      type: 'info',
      message: 'The archive was restored.',
      detail: `What it held before is kept in ${safetyCopy.file}.`,
    });
  } catch (e) {
    failed(parent, 'The archive was not restored.', e);
  }
}
