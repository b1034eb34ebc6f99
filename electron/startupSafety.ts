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
    dialog.showErrorBox('The archive is damaged', toApiError(e).message);
    return false;
  }
  const offer = newestGoodBackup(file, open);
  if (!offer) {
    dialog.showErrorBox(
      'The archive is damaged',
      `The archive could not be read, so it was moved aside to ${aside}, where it is kept. No backup that passes its check was found in ${backupsFolderFor(file)}, so no archive was opened. Ask for help to rescue records from the damaged file.`,
    );
    return false;
  }
  const answer = dialog.showMessageBoxSync({
    type: 'warning',
    buttons: ['Restore this backup', declineLabel],
    defaultId: 0,
    cancelId: 1,
    message: 'The archive is damaged. Restore it from its newest good backup?',
    detail: `${describeBackup(offer)}\n\nThe damaged archive is kept at ${aside}. Records added after this backup are not in it.`,
  });
  if (answer !== 0) return false;
  try {
    installBackup(offer.file, file, open);
    return true;
  } catch (e) {
    dialog.showErrorBox('The backup could not be restored', toApiError(e).message);
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
      message: 'Today’s automatic backup could not be made.',
      detail: toApiError(e).message,
    });
  });
  const warning = archiveLocationWarning(file);
  if (warning) {
    void dialog.showMessageBox({
      type: 'warning',
      message: 'This archive is not on a local disk.',
      detail: warning,
    });
  }
}
