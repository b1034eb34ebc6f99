import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupFolderInfo } from '../api.js';
import { archiveFileOf } from '../files/archiveFileOf.js';
import {
  archiveKey,
  chosenBackupFolder,
  readBackupChoices,
  writeBackupChoice,
} from './backupFolderChoices.js';
import { backupsFolderFor } from './backupsFolder.js';
import { ArchiveError } from '../errors.js';
import type { ApiInput } from '../service.js';

/** Asks the user for a folder in the host's own dialog; null when they chose none. */
export type PickFolder = (current: string) => Promise<string | null>;

function refused(sentence: string): ArchiveError {
  return new ArchiveError('refused', `${sentence} Nothing was changed.`, [
    { path: 'folder', message: sentence },
  ]);
}

function inside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The real path a folder has, or would have once made in its (existing) parent. */
function realFolder(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(folder)), path.basename(folder));
    } catch {
      return folder;
    }
  }
}

/**
 * Checks a folder the user named for the backups of `archiveFile` (read through `readFile`),
 * making it when asked, and answers its real path; refuses with a sentence, having made
 * nothing, a folder that would lose backups or mix them with another archive's.
 */
function checkFolder(db: Database, folder: string, create: boolean): string {
  if (!path.isAbsolute(folder)) {
    throw refused(
      `The backups folder must be a full path, such as /home/you/Backups; “${folder}” is not.`,
    );
  }
  const archiveFile = archiveFileOf(db);
  const real = realFolder(path.resolve(folder));
  const copyFolder = path.dirname(fs.realpathSync(db.name));
  if (archiveKey(db.name) !== archiveKey(archiveFile) && inside(real, copyFolder)) {
    throw refused(
      `${folder} is the temporary folder this archive is read from, which is deleted when the app closes. Choose a folder of your own.`,
    );
  }
  const name = path.basename(archiveFile);
  const sharer = Object.entries(readBackupChoices()).find(
    ([other, chosen]) =>
      other !== archiveKey(archiveFile) && path.basename(other) === name && chosen === real,
  );
  if (sharer) {
    throw refused(
      `The archive ${sharer[0]} already keeps its backups in ${folder}, and two archives named ${name} would share one rotation. Choose another folder.`,
    );
  }
  if (!fs.existsSync(real)) {
    if (!create) {
      throw refused(
        `There is no folder ${folder}. Check the path, or ask for the folder to be created.`,
      );
    }
    try {
      fs.mkdirSync(real, { mode: 0o700 });
    } catch (e) {
      throw refused(
        `The folder ${folder} could not be created (${(e as NodeJS.ErrnoException).code ?? 'error'}): its parent folder must exist and be yours to write to.`,
      );
    }
    return real;
  }
  if (!fs.statSync(real).isDirectory()) {
    throw refused(`${folder} is a file, not a folder. Choose a folder.`);
  }
  try {
    fs.accessSync(real, fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw refused(`You may not write to the folder ${folder}. Choose a folder of your own.`);
  }
  return real;
}

/** Where the archive's backups go now. */
export function backupFolderInfo(db: Database, dialog: boolean, changed = false): BackupFolderInfo {
  const archiveFile = archiveFileOf(db);
  return {
    folder: backupsFolderFor(archiveFile),
    chosen: chosenBackupFolder(archiveFile),
    dialog,
    changed,
  };
}

/**
 * Keeps another backups folder for the open archive, or forgets it (`reset`). With `pick`, the
 * host's dialog names the folder and a path in the input is refused: the desktop window never
 * names one. The backups already taken stay where they are.
 */
export async function setBackupFolder(
  db: Database,
  input: ApiInput<'setBackupFolder'>,
  pick?: PickFolder,
): Promise<BackupFolderInfo> {
  const archiveFile = archiveFileOf(db);
  if (input.reset) {
    writeBackupChoice(archiveFile, null);
    return backupFolderInfo(db, !!pick, true);
  }
  let folder = input.folder;
  if (pick) {
    if (folder !== undefined) {
      throw refused('This window chooses the backups folder in the system’s own dialog.');
    }
    folder =
      (await pick(chosenBackupFolder(archiveFile) ?? path.dirname(archiveFile))) ?? undefined;
    if (folder === undefined) return backupFolderInfo(db, true);
  }
  if (folder === undefined) throw refused('Type the full path of the folder for the backups.');
  writeBackupChoice(archiveFile, checkFolder(db, folder, input.create));
  return backupFolderInfo(db, !!pick, true);
}
