import fs from 'node:fs';
import path from 'node:path';
import { dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';

const ARCHIVE_FILTERS = [{ name: 'Secretariat archives', extensions: ['db'] }];

/** File > New Archive…: where to create it. A file already there is refused, never replaced. */
export async function chooseNewArchive(
  parent: BrowserWindow | undefined,
  near: string,
): Promise<string | undefined> {
  const options: SaveDialogOptions = {
    title: 'New archive',
    buttonLabel: 'Create',
    defaultPath: path.join(path.dirname(near), 'New archive.db'),
    filters: ARCHIVE_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const picked = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (picked.canceled || !picked.filePath) return undefined;
  const file = path.extname(picked.filePath) ? picked.filePath : `${picked.filePath}.db`;
  if (fs.existsSync(file)) {
    dialog.showErrorBox(
      'There is already a file with this name',
      `${file} already exists, so no new archive was made and the file was not changed. To open it, use File > Open Archive…; for a new archive, choose another name.`,
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
    title: 'Open archive',
    defaultPath: path.dirname(near),
    filters: ARCHIVE_FILTERS,
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
    buttons: ['Remove from list', 'Keep in list'],
    defaultId: 0,
    cancelId: 1,
    message: `${path.basename(file)} was not found`,
    detail: `There is no file at ${file} now: it may have been moved or deleted, or it is on a drive that is not connected. Removing it from the list does not delete anything.`,
  };
  const answer = parent
    ? dialog.showMessageBoxSync(parent, options)
    : dialog.showMessageBoxSync(options);
  return answer === 0;
}
