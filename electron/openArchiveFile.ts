import { sentenceOf, t } from '../i18n/messages.js';
import fs from 'node:fs';
import path from 'node:path';
import { dialog } from 'electron';
import { toApiError } from '../db/errors.js';
import { openArchiveOrReadOnly, type OpenedArchive } from '../db/open/openArchiveOrReadOnly.js';
import { backupsFolderFor } from '../db/backup/backupsFolder.js';
import { createPrivateArchive, makePrivateFolder } from '../db/files/privateFiles.js';
import { offerBackupForDamaged } from './startupSafety.js';
import { upgradeShowingProgress } from './upgradeWindow.js';

export interface OpenFileOptions {
  /** Create the archive when there is no file yet (the default archive, File > New Archive…). */
  create: boolean;
  nativeBinding: string | undefined;
  /** Started by the user from the File menu: declining a backup keeps the archive already open. */
  fromMenu: boolean;
  /** Said under the reason when an archive engine built for Node cannot load in Electron. */
  hint?: string;
}

/**
 * The archive, for writing or else for reading only (locked, or on a read-only disk), after the
 * checks of a start: integrity (a damaged archive offers its newest good backup), a newer schema
 * refused. An archive of an older schema is upgraded first on a thread of its own, its progress
 * shown in a small window. Undefined when it did not open; the user was told why.
 */
export async function openArchiveFile(
  file: string,
  options: OpenFileOptions,
): Promise<OpenedArchive | undefined> {
  const { nativeBinding } = options;
  try {
    if (options.create) {
      makePrivateFolder(path.dirname(file));
      createPrivateArchive(file);
    }
    await upgradeShowingProgress(file, nativeBinding);
    return openArchiveOrReadOnly(file, {
      create: options.create,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (e) {
    const error = toApiError(e);
    const { code } = error;
    // A file picked from the menu may be some other program's database, which is not moved aside:
    // only a file with its own backups folder is one of this app's archives.
    const ours = !options.fromMenu || fs.existsSync(backupsFolderFor(file));
    if (code === 'archive_corrupt' && ours && fs.existsSync(file)) {
      const decline = t(options.fromMenu ? 'dialog.open.keepCurrent' : 'dialog.open.quit');
      if (!offerBackupForDamaged(file, nativeBinding, decline)) return undefined;
      try {
        // The backup put in its place may be one taken before an upgrade.
        await upgradeShowingProgress(file, nativeBinding);
        return openArchiveOrReadOnly(file, nativeBinding ? { nativeBinding } : {});
      } catch (again) {
        return explain(file, sentenceOf(toApiError(again)), options);
      }
    }
    return explain(file, sentenceOf(error), options);
  }
}

function explain(file: string, message: string, options: OpenFileOptions): undefined {
  const kept = options.fromMenu ? `\n\n${t('dialog.open.staysOpen')}` : '';
  dialog.showErrorBox(
    options.fromMenu
      ? t('dialog.open.failedFile', { name: path.basename(file) })
      : t('dialog.open.failedStart'),
    `${t('dialog.open.detail', { message, file })}${kept}${options.hint ?? ''}`,
  );
  return undefined;
}
