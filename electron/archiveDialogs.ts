import fs from 'node:fs';
import path from 'node:path';
import { dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { t } from '../i18n/messages.js';

const archiveFilters = () => [{ name: t('dialog.archiveFiles'), extensions: ['db'] }];

/** File > New Archive…: where to create it. A file already there is refused, never replaced. */
export async function chooseNewArchive(
  parent: BrowserWindow | undefined,
  near: string,
): Promise<string | undefined> {
  const options: SaveDialogOptions = {
    title: t('dialog.newArchive.title'),
    buttonLabel: t('dialog.newArchive.button'),
    defaultPath: path.join(path.dirname(near), `${t('dialog.newArchive.fileName')}.db`),
    filters: archiveFilters(),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const picked = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (picked.canceled || !picked.filePath) return undefined;
  const file = path.extname(picked.filePath) ? picked.filePath : `${picked.filePath}.db`;
  if (fs.existsSync(file)) {
    dialog.showErrorBox(
      t('dialog.newArchive.existsTitle'),
      t('dialog.newArchive.exists', { file }),
    );
    return undefined;
  }
  return file;
}

/** File > Open Archive…: an existing archive file. */
export async function chooseArchiveToOpen(
  parent: BrowserWindow | undefined,
  near: string,
): Promise<string | undefined> {
  const options: OpenDialogOptions = {
    title: t('dialog.openArchive.title'),
    defaultPath: path.dirname(near),
    filters: archiveFilters(),
    properties: ['openFile'],
  };
  const picked = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return picked.canceled ? undefined : picked.filePaths[0];
}

/** A recent archive that is not where it was: says so, and offers to take it off the list. */
export function askToForgetMissing(parent: BrowserWindow | undefined, file: string): boolean {
  const options = {
    type: 'warning' as const,
    buttons: [t('dialog.missing.remove'), t('dialog.missing.keep')],
    defaultId: 0,
    cancelId: 1,
    message: t('dialog.missing.message', { name: path.basename(file) }),
    detail: t('dialog.missing.detail', { file }),
  };
  const answer = parent
    ? dialog.showMessageBoxSync(parent, options)
    : dialog.showMessageBoxSync(options);
  return answer === 0;
}
