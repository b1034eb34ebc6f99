import { t } from '../i18n/messages.js';
import { dialog, type BrowserWindow } from 'electron';
import type { PickFolder } from '../db/backup/chooseBackupFolder.js';

/**
 * The desktop's way to choose another backups folder: the system's folder dialog, run in main,
 * so that the window never names a path. New folders can be made in the dialog itself.
 */
export function backupFolderDialog(window: () => BrowserWindow | undefined): PickFolder {
  return async (current) => {
    const owner = window();
    const options = {
      title: t('dialog.backupFolder.title'),
      defaultPath: current,
      buttonLabel: t('dialog.backupFolder.button'),
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const picked = owner
      ? await dialog.showOpenDialog(owner, options)
      : await dialog.showOpenDialog(options);
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  };
}
