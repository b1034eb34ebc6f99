import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupArchive } from './backup.js';
import { archiveFileOf } from '../files/archiveFileOf.js';
import { removeStalePartials } from './backupPartials.js';
import { backupsFolderFor, openBackupsFolder } from './backupsFolder.js';
import { ArchiveError } from '../errors.js';
import { reasonOf } from '../open/readOnlyReasons.js';
import { unwritable } from '../open/openArchiveOrReadOnly.js';
import { fileTimestamp } from './preMigrationBackup.js';

/** Why a backup was taken; pre-migration backups are named `pre-migration-v<N>`. */
export type BackupKind =
  | 'daily'
  | 'manual'
  | 'pre-import'
  | 'pre-empty-trash'
  | 'pre-restore'
  | `pre-migration-v${number}`;

export interface BackupInfo {
  file: string;
  kind: string;
  /** When it was taken, from its name. */
  at: Date;
  bytes: number;
}

/**
 * How many backups the rotation keeps: the newest of each of so many days, weeks and months, no
 * more than `lastDay` of the last 24 hours, and no more than `count` backups and `bytes` in all
 * (the newest is kept whatever its size). Pre-migration backups are outside the rotation.
 */
export const ROTATION = {
  days: 7,
  weeks: 4,
  months: 12,
  lastDay: 5,
  count: 20,
  bytes: 2 * 1024 ** 3,
} as const;

const DAY_MS = 86_400_000;
const BACKUP_NAME = /^(.+)-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.db$/;

/** An archive's backups (beside it, or in the folder chosen for it), newest first. */
export function listBackups(archiveFile: string): BackupInfo[] {
  const dir = backupsFolderFor(path.resolve(archiveFile));
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const m = BACKUP_NAME.exec(name);
      if (!m) return [];
      const [, kind = '', ...parts] = m;
      const [y, mo, d, h, mi, s, ms] = parts.map(Number) as [number, ...number[]];
      const at = new Date(Date.UTC(y, mo! - 1, d, h, mi, s, ms));
      const file = path.join(dir, name);
      return [{ file, kind, at, bytes: fs.statSync(file).size }];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

function isPreMigration(backup: BackupInfo): boolean {
  return backup.kind.startsWith('pre-migration-');
}

/** Monday-based weeks counted from the epoch (a Thursday), in UTC. */
function weekKey(at: Date): number {
  return Math.floor((Math.floor(at.getTime() / DAY_MS) + 3) / 7);
}

/**
 * The backups the rotation lets go: of all but the pre-migration ones (kept for good), the newest
 * few of the day before the newest are kept (a manual backup is not lost to an import an hour
 * later), then the newest of each of the last 7 days, 4 weeks and 12 months that have one; then,
 * oldest first, what goes over the count or the total size, never the newest.
 */
export function backupsToPrune(backups: BackupInfo[]): BackupInfo[] {
  const rotated = backups.filter((b) => !isPreMigration(b));
  const newest = rotated[0]?.at.getTime() ?? 0;
  const keep = new Set<BackupInfo>(
    rotated.filter((b) => newest - b.at.getTime() < DAY_MS).slice(0, ROTATION.lastDay),
  );
  const periods: [number, (at: Date) => string | number][] = [
    [ROTATION.days, (at) => at.toISOString().slice(0, 10)],
    [ROTATION.weeks, weekKey],
    [ROTATION.months, (at) => at.toISOString().slice(0, 7)],
  ];
  for (const [count, key] of periods) {
    const seen = new Set<string | number>();
    for (const backup of rotated) {
      const k = key(backup.at);
      if (seen.has(k)) continue;
      if (seen.size === count) break;
      seen.add(k);
      keep.add(backup);
    }
  }
  let count = 0;
  let bytes = 0;
  for (const backup of rotated) {
    if (!keep.has(backup)) continue;
    if (count > 0 && (count >= ROTATION.count || bytes + backup.bytes > ROTATION.bytes)) {
      keep.delete(backup);
      continue;
    }
    count += 1;
    bytes += backup.bytes;
  }
  return rotated.filter((b) => !keep.has(b));
}

/** Deletes what the rotation lets go, but never the files in `keep`; returns those removed. */
export function pruneBackups(archiveFile: string, keep: string[] = []): string[] {
  const kept = new Set(keep.map((file) => path.resolve(file)));
  const removed = backupsToPrune(listBackups(archiveFile))
    .map((b) => b.file)
    .filter((file) => !kept.has(file));
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

/**
 * Backs the open archive up into its backups folder (backupsFolderFor) with SQLite's backup API (checked with
 * integrity_check before it is kept, see backupArchive), then applies the rotation.
 */
export async function takeBackup(
  db: Database,
  kind: BackupKind,
  now: Date = new Date(),
  keep: string[] = [],
): Promise<BackupInfo> {
  const archiveFile = archiveFileOf(db);
  const dir = openBackupsFolder(archiveFile);
  removeStalePartials(dir);
  // Two backups in the same millisecond (a test, a double click) get distinct names.
  let at = now;
  while (fs.existsSync(path.join(dir, `${kind}-${fileTimestamp(at)}.db`))) {
    at = new Date(at.getTime() + 1);
  }
  const { file, bytes } = await backupArchive(
    db,
    path.join(dir, `${kind}-${fileTimestamp(at)}.db`),
  );
  pruneBackups(archiveFile, keep);
  return { file, kind, at, bytes };
}

/** At start: a backup when the newest one is older than a day (or there is none). */
export async function backupIfDue(
  db: Database,
  now: Date = new Date(),
): Promise<BackupInfo | null> {
  removeStalePartials(backupsFolderFor(archiveFileOf(db)));
  const [newest] = listBackups(archiveFileOf(db));
  if (newest && now.getTime() - newest.at.getTime() < DAY_MS) return null;
  return takeBackup(db, 'daily', now);
}

/**
 * Called before an import or before emptying the trash, which cannot be undone otherwise. An
 * archive the user cannot write is refused first, saying why: its backup would be for nothing.
 */
export function backupBefore(
  db: Database,
  operation: 'import' | 'empty-trash',
  now: Date = new Date(),
): Promise<BackupInfo> {
  const cannotWrite = unwritable(archiveFileOf(db));
  if (cannotWrite) {
    return Promise.reject(
      new ArchiveError('refused', 'errors.backupRotation.nothingChanged', {
        reason: reasonOf(cannotWrite),
      }),
    );
  }
  return takeBackup(db, operation === 'import' ? 'pre-import' : 'pre-empty-trash', now);
}
