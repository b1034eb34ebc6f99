import fs from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE, makePrivateFolder } from '../db/files/privateFiles.js';

/** How many archives File > Open Recent remembers. */
export const RECENT_LIMIT = 10;

export interface RecentArchive {
  path: string;
  /** The file name, which is what the menu shows. */
  name: string;
  /** The file is no longer where it was (moved, deleted, or on a drive not connected now). */
  missing: boolean;
}

/** The list's file in the app's user-data folder. */
export function recentArchivesFile(userData: string): string {
  return path.join(userData, 'recent-archives.json');
}

function samePath(a: string, b: string): boolean {
  // Windows and macOS file names ignore case, so one archive is not listed twice there.
  const fold = process.platform === 'linux' ? (p: string) => p : (p: string) => p.toLowerCase();
  return fold(path.resolve(a)) === fold(path.resolve(b));
}

/** The list with `file` first, each archive once, at most `limit` long. */
export function withRecent(list: readonly string[], file: string, limit = RECENT_LIMIT): string[] {
  const absolute = path.resolve(file);
  return [absolute, ...list.filter((p) => !samePath(p, absolute))].slice(0, limit);
}

/**
 * The remembered paths, newest first. A list that cannot be read or is not what this app writes
 * (edited by hand, cut short by a crash) counts as empty: it only lists files, so nothing of an
 * archive is lost with it.
 */
export function readRecentPaths(listFile: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  } catch {
    return [];
  }
  const paths = (parsed as { archives?: unknown } | null)?.archives;
  if (!Array.isArray(paths)) return [];
  const kept: string[] = [];
  for (const p of paths) {
    if (typeof p === 'string' && path.isAbsolute(p) && !kept.some((k) => samePath(k, p))) {
      kept.push(p);
    }
  }
  return kept.slice(0, RECENT_LIMIT);
}

/** The remembered archives, each marked missing when its file is not there now. */
export function readRecentArchives(listFile: string): RecentArchive[] {
  return readRecentPaths(listFile).map((p) => ({
    path: p,
    name: path.basename(p),
    missing: !fs.existsSync(p),
  }));
}

/** Written beside and renamed over, so a crash mid-write leaves the old list, not half a list. */
function writeRecentPaths(listFile: string, paths: readonly string[]): void {
  makePrivateFolder(path.dirname(listFile));
  const temporary = `${listFile}.${process.pid}.tmp`;
  // Where a user keeps archives is theirs to know: the list is readable by them alone.
  fs.writeFileSync(temporary, `${JSON.stringify({ archives: paths }, null, 2)}\n`, {
    mode: PRIVATE_FILE,
  });
  fs.renameSync(temporary, listFile);
}

/** Puts `file` first in the list (the archive just opened). */
export function rememberArchive(listFile: string, file: string): void {
  writeRecentPaths(listFile, withRecent(readRecentPaths(listFile), file));
}

/** Takes `file` off the list; the archive file itself is not touched. */
export function forgetArchive(listFile: string, file: string): void {
  writeRecentPaths(
    listFile,
    readRecentPaths(listFile).filter((p) => !samePath(p, file)),
  );
}

/** Empties the list; no archive file is touched. */
export function clearRecentArchives(listFile: string): void {
  writeRecentPaths(listFile, []);
}

/** The archive a start opens: the one asked for, else the one opened last if still there. */
export function startingArchive(
  asked: string | undefined,
  listFile: string,
  fallback: string,
): string {
  if (asked) return path.resolve(asked);
  const last = readRecentPaths(listFile)[0];
  return last && fs.existsSync(last) ? last : fallback;
}
