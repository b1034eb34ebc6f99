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
import { t, type MessageKey, type MessageParams } from '../../i18n/messages.js';

/** Asks the user for a folder in the host's own dialog; null when they chose none. */
export type PickFolder = (current: string) => Promise<string | null>;

function refused(key: MessageKey, params: MessageParams = {}): ArchiveError {
  const sentence = { key, params };
  return new ArchiveError('refused', 'errors.chooseBackupFolder.nothingChanged', { sentence }, [
    { path: 'folder', message: t(key, params), key, params },
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
    throw refused('errors.chooseBackupFolder.backupsFolderFull', { folder });
  }
  const archiveFile = archiveFileOf(db);
  const real = realFolder(path.resolve(folder));
  const copyFolder = path.dirname(fs.realpathSync(db.name));
  if (archiveKey(db.name) !== archiveKey(archiveFile) && inside(real, copyFolder)) {
    throw refused('errors.chooseBackupFolder.temporaryFolderArchive', { folder });
  }
  const name = path.basename(archiveFile);
  const sharer = Object.entries(readBackupChoices()).find(
    ([other, chosen]) =>
      other !== archiveKey(archiveFile) && path.basename(other) === name && chosen === real,
  );
  if (sharer) {
    throw refused('errors.chooseBackupFolder.archiveAlreadyKeeps', {
      sharer: sharer[0],
      folder,
      name,
    });
  }
  if (!fs.existsSync(real)) {
    if (!create) {
      throw refused('errors.chooseBackupFolder.noFolderCheck', { folder });
    }
    try {
      fs.mkdirSync(real, { mode: 0o700 });
    } catch (e) {
      throw refused('errors.chooseBackupFolder.folderNotCreated', {
        folder,
        reason: (e as NodeJS.ErrnoException).code ?? 'error',
      });
    }
    return real;
  }
  if (!fs.statSync(real).isDirectory()) {
    throw refused('errors.chooseBackupFolder.fileNotFolder', { folder });
  }
  try {
    fs.accessSync(real, fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw refused('errors.chooseBackupFolder.mayNotWrite', { folder });
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
      throw refused('errors.chooseBackupFolder.windowChoosesBackups');
    }
    folder =
      (await pick(chosenBackupFolder(archiveFile) ?? path.dirname(archiveFile))) ?? undefined;
    if (folder === undefined) return backupFolderInfo(db, true);
  }
  if (folder === undefined) throw refused('errors.chooseBackupFolder.typeFullPath');
  writeBackupChoice(archiveFile, checkFolder(db, folder, input.create));
  return backupFolderInfo(db, !!pick, true);
}
