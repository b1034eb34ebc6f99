import fs from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../errors.js';

/**
 * The backups folder the user chose for each archive, kept on the workstation
 * (`backup-folders.json` in the app's data folder) rather than in the archive: the choice matters
 * most for an archive that cannot be written, and a path means nothing on another workstation
 * the archive is copied to. The desktop app, web mode and the command line read the same file.
 */
let choicesFile: string | null = null;

/** Where this process keeps the choices; null keeps every archive's backups beside it. */
export function useBackupChoicesFile(file: string | null): void {
  choicesFile = file === null ? null : path.resolve(file);
}

/** The file name of the choices in an app data folder. */
export function backupChoicesFileIn(appDataFolder: string): string {
  return path.join(appDataFolder, 'backup-folders.json');
}

/** One archive reached through two paths (a link) is one key. */
export function archiveKey(archiveFile: string): string {
  const absolute = path.resolve(archiveFile);
  try {
    return fs.realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/**
 * Archive -> chosen folder. A list that cannot be read or is not this app's counts as empty:
 * backups then go beside their archive, as before any choice.
 */
export function readBackupChoices(): Record<string, string> {
  if (!choicesFile) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(choicesFile, 'utf8'));
  } catch {
    return {};
  }
  const folders = (parsed as { folders?: unknown } | null)?.folders;
  if (!folders || typeof folders !== 'object') return {};
  return Object.fromEntries(
    Object.entries(folders).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && path.isAbsolute(entry[0]) && path.isAbsolute(entry[1]),
    ),
  );
}

/** The folder chosen for an archive, or null for the folder beside it. */
export function chosenBackupFolder(archiveFile: string): string | null {
  return readBackupChoices()[archiveKey(archiveFile)] ?? null;
}

/**
 * Keeps (or, with null, forgets) the folder of one archive. Written beside and renamed over, so
 * a crash leaves the old list whole; readable by its owner only, as it names where records are.
 */
export function writeBackupChoice(archiveFile: string, folder: string | null): void {
  if (!choicesFile) {
    throw new ArchiveError('refused', 'errors.backupFolderChoices.programKeepsNo');
  }
  const folders = readBackupChoices();
  const key = archiveKey(archiveFile);
  if (folder === null) delete folders[key];
  else folders[key] = folder;
  const temporary = `${choicesFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(choicesFile), { recursive: true, mode: 0o700 });
    fs.writeFileSync(temporary, `${JSON.stringify({ folders }, null, 2)}\n`, { mode: 0o600 });
    fs.renameSync(temporary, choicesFile);
  } catch (e) {
    fs.rmSync(temporary, { force: true });
    throw new ArchiveError('io_error', 'errors.backupFolderChoices.choiceBackupsFolder', {
      choicesFile,
      reason: (e as NodeJS.ErrnoException).code ?? 'error',
    });
  }
}
