import { sentenceOf, t } from '../i18n/messages.js';
import { dialog } from 'electron';
import DatabaseConstructor from 'better-sqlite3';
import type Database from 'better-sqlite3';
import { archiveLocationWarning } from '../db/files/archiveLocation.js';
import { backupIfDue } from '../db/backup/backupRotation.js';
import { toApiError } from '../db/errors.js';
import { backupsFolderFor } from '../db/backup/backupsFolder.js';
import type { OpenReadonly } from '../db/backup/restoreBackup.js';
import { installBackup, newestGoodBackup, setAsideCorrupt } from '../db/open/startupRecovery.js';
import { describeBackup } from './backupDialogs.js';

/**
 * A damaged archive at start: moved aside, and the newest good backup offered with its date and
 * counts. True when the user chose it and it is now in place; never an empty archive silently.
 */
export function offerBackupForDamaged(
  file: string,
  nativeBinding: string | undefined,
  declineLabel = 'Quit',
): boolean {
  const open: OpenReadonly = (f) =>
    new DatabaseConstructor(f, { readonly: true, fileMustExist: true, nativeBinding });
  let aside: string;
  try {
    aside = setAsideCorrupt(file);
  } catch (e) {
    dialog.showErrorBox(t('dialog.damaged.title'), sentenceOf(toApiError(e)));
    return false;
  }
  const offer = newestGoodBackup(file, open);
  if (!offer) {
    dialog.showErrorBox(
      t('dialog.damaged.title'),
      t('dialog.damaged.noBackup', { aside, folder: backupsFolderFor(file) }),
    );
    return false;
  }
  const answer = dialog.showMessageBoxSync({
    type: 'warning',
    buttons: [t('dialog.damaged.restore'), declineLabel],
    defaultId: 0,
    cancelId: 1,
    message: t('dialog.damaged.message'),
    detail: t('dialog.damaged.detail', { backup: describeBackup(offer), aside }),
  });
  if (answer !== 0) return false;
  try {
    installBackup(offer.file, file, open);
    return true;
  } catch (e) {
    dialog.showErrorBox(t('dialog.damaged.restoreFailed'), sentenceOf(toApiError(e)));
    return false;
  }
}

/** Once the archive is open: the daily backup when due, and a warning about a risky location. */
export function afterOpening(db: Database.Database, file: string): void {
  backupIfDue(db).catch((e: unknown) => {
    // Another archive was opened meanwhile and this one closed: nothing failed, and the backup is
    // made the next time this archive opens.
    if (!db.open) return;
    void dialog.showMessageBox({
      type: 'warning',
      message: t('dialog.autoBackupFailed'),
      detail: sentenceOf(toApiError(e)),
    });
  });
  const warning = archiveLocationWarning(file);
  if (warning) {
    void dialog.showMessageBox({
      type: 'warning',
      message: t('dialog.notLocal'),
      detail: t(warning.key, warning.params),
    });
  }
}
