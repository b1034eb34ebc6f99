import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Secretariat Archive';
export const ARCHIVE_FILE_NAME = 'archive.db';

/**
 * The desktop app's archive: the file in Electron's `app.getPath('userData')` for the product
 * name, so that the CLI and the app open the same archive by default.
 */
export function defaultArchivePath(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  let base: string;
  if (platform === 'win32') base = env.APPDATA || join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') base = join(home, 'Library', 'Application Support');
  else base = env.XDG_CONFIG_HOME || join(home, '.config');
  return join(base, PRODUCT_NAME, ARCHIVE_FILE_NAME);
}

export interface ArchiveLocation {
  file: string;
  /**
   * True when the user named the file (`--db` or `ARCHIVE_DB`): a missing file there is never
   * created, except by `archive init`, so that a mistyped path is an error, not a new archive.
   */
  explicit: boolean;
  /** How the user named it, said when it is missing. */
  namedBy?: '--db' | 'ARCHIVE_DB';
}

/** `--db` when given, else `ARCHIVE_DB`, else the desktop app's archive. */
export function archiveLocation(
  db: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): ArchiveLocation {
  if (db !== undefined) return { file: path.resolve(db), explicit: true, namedBy: '--db' };
  const fromEnv = env.ARCHIVE_DB;
  if (fromEnv) return { file: path.resolve(fromEnv), explicit: true, namedBy: 'ARCHIVE_DB' };
  return { file: path.resolve(defaultArchivePath(env)), explicit: false };
}

/**
 * The app's data folder, where the desktop app keeps its lists (recent archives, chosen backups
 * folders): the default archive's folder, or ARCHIVE_USER_DATA as the desktop app reads it.
 */
export function appDataFolder(env: Readonly<Record<string, string | undefined>>): string {
  return path.resolve(env.ARCHIVE_USER_DATA || path.dirname(defaultArchivePath(env)));
}
