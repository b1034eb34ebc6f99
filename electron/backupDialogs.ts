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
import { currentLanguage, sentenceOf, t, type MessageKey } from '../i18n/messages.js';

type CurrentWindow = () => BrowserWindow | undefined;

function show(window: BrowserWindow | undefined, options: MessageBoxOptions) {
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

function failed(window: BrowserWindow | undefined, title: MessageKey, e: unknown): void {
  void show(window, { type: 'error', message: t(title), detail: sentenceOf(toApiError(e)) });
}

/** What a backup holds, in a sentence, for the user to choose by. */
export function describeBackup(summary: BackupSummary): string {
  const when = summary.at
    ? new Date(summary.at).toLocaleString(currentLanguage())
    : t('dialog.backup.unknownDate');
  return t('dialog.backup.taken', { when, ...summary.counts, inTrash: summary.inTrash });
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
      message: t('dialog.backup.done'),
      detail: t('dialog.backup.doneDetail', { file: backup.file }),
    });
  } catch (e) {
    const answer = await show(window(), {
      type: 'error',
      buttons: [t('dialog.backup.otherFolder'), t('dialog.close')],
      defaultId: 0,
      cancelId: 1,
      message: t('dialog.backup.failed'),
      detail: sentenceOf(toApiError(e)),
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
      failed(window(), 'dialog.backup.folderNotChanged', error);
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
    title: t('dialog.restore.title'),
    defaultPath: backupsFolderFor(archiveFileOf(db)),
    properties: ['openFile' as const],
    filters: [{ name: t('dialog.restore.files'), extensions: ['db'] }],
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
      buttons: [t('dialog.restore.button'), t('dialog.cancel')],
      defaultId: 1,
      cancelId: 1,
      message: t('dialog.restore.message'),
      detail: t('dialog.restore.detail', { backup: describeBackup(summary) }),
    });
    if (answer.response !== 0) return;
    const { safetyCopy } = await restoreBackup(db, file);
    parent?.webContents.reload();
    await show(parent, {
      type: 'info',
      message: t('dialog.restore.done'),
      detail: t('dialog.restore.doneDetail', { file: safetyCopy.file }),
    });
  } catch (e) {
    failed(parent, 'dialog.restore.failed', e);
  }
}
