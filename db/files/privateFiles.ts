/**
 * Files that hold records are their owner's alone, whatever the umask: archives and the folders
 * the app makes for them (0700), the archive file (0600). SQLite's unix VFS gives the -wal,
 * -shm and -journal files the mode of the database file, so they follow it.
 */
import fs from 'node:fs';

export const PRIVATE_FOLDER = 0o700;
export const PRIVATE_FILE = 0o600;

/** Makes the folder and any missing parents readable by the owner only; existing ones are kept. */
export function makePrivateFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
}

/**
 * Creates the empty file a new archive starts as, before SQLite opens it, so that SQLite writes
 * into a file no one else may read. An existing file is left as it is (`wx` opens nothing then);
 * no SQLite connection of this process has a file that does not exist yet, so no lock is lost.
 */
export function createPrivateArchive(file: string): void {
  if (fs.existsSync(file)) return;
  try {
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}
