import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ArchiveError } from '../errors.js';
import { partialName, removeStalePartials } from './backupPartials.js';
import { openBackupsFolder } from './backupsFolder.js';
import { openBeside } from '../open/openBeside.js';

export { backupsDir } from './backupsFolder.js';

/** `2026-11-22T05:10:00.123Z` -> `20261122T051000123Z`: sortable, and legal in Windows file names. */
export function fileTimestamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/** What a pre-migration backup tells as it goes. */
export interface BackupSteps {
  /** How much of the archive is copied, 0 to 1, about a hundred times (not for a snapshot copy). */
  copied?: (fraction: number) => void;
  /** The copy is written and now checked whole, which takes longer than the copy. */
  checking?: () => void;
}

/**
 * Copies the archive before a migration, synchronously, so that `openArchive` stays a plain
 * function for every caller (better-sqlite3 offers the backup API only as a promise). The copy
 * is the file's own bytes, read while this connection holds the write lock with the write-ahead
 * log emptied into the file, so nothing can change them, and `said.copied` hears how far it has
 * gone; where the log cannot be emptied (another reader still reads an older state of it),
 * `VACUUM INTO` writes a consistent snapshot (log included) instead, saying nothing until done.
 * Either copy keeps the WAL flag in its header (bytes 18-19 = 2); it is set back to the
 * rollback-journal value 1 so that the backup opens read-only without leaving -wal/-shm files
 * beside it. The copy is written under a temporary name, synced, renamed, then opened read-only
 * and checked before anything migrates.
 */
export function preMigrationBackup(
  db: Database,
  archiveFile: string,
  version: number,
  at: Date,
  said: BackupSteps = {},
): string {
  let dir: string;
  try {
    dir = openBackupsFolder(archiveFile);
  } catch (e) {
    throw new ArchiveError('io_error', 'errors.preMigrationBackup.backupFailed', {
      reason: (e as Error).message,
    });
  }
  const target = path.join(dir, `pre-migration-v${version}-${fileTimestamp(at)}.db`);
  const partial = partialName(target);
  const temp = partial.file;
  try {
    removeStalePartials(dir);
    // VACUUM INTO writes into an empty file: made first, readable by its owner only.
    fs.closeSync(fs.openSync(temp, 'wx', 0o600));
    if (!copyWhileHeld(db, archiveFile, temp, said.copied)) db.prepare('VACUUM INTO ?').run(temp);
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    partial.done();
  } catch (e) {
    fs.rmSync(temp, { force: true });
    partial.done();
    throw new ArchiveError('io_error', 'errors.preMigrationBackup.backupNotWritten', {
      dir,
      reason: (e as Error).message,
    });
  }
  said.checking?.();
  const check = openBeside(db, target, { readonly: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') {
      throw new ArchiveError('io_error', 'errors.preMigrationBackup.backupDamaged', { target });
    }
  } finally {
    check.close();
  }
  return target;
}

/**
 * SQLite's lock bytes (the pending byte, the reserved byte and the shared range): on Windows they
 * are locked ranges of the file that another handle may not read. The page holding them never
 * holds data, so the copy writes zeros there instead of reading them.
 */
const LOCK_BYTES = { start: 0x40000000, end: 0x40000000 + 512 };

/**
 * Copies the archive's file byte by byte, or answers false having copied nothing when its
 * write-ahead log cannot be emptied into it first. The log is emptied and truncated, then the
 * write lock is taken and the log checked still empty: while this connection holds the lock no
 * one appends to the log, so no checkpoint writes the file either. A reader still reading the
 * log's older state keeps it from being emptied.
 */
function copyWhileHeld(
  db: Database,
  file: string,
  temp: string,
  onFraction: ((fraction: number) => void) | undefined,
): boolean {
  // A reader that holds the log answers at once: the snapshot copy does not wait for it.
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  let emptied: { busy: number } | undefined;
  try {
    [emptied] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
  if (emptied?.busy !== 0) return false;
  db.exec('BEGIN IMMEDIATE');
  try {
    if ((fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) return false;
    const pages = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    copyBytes(file, temp, pages * pageSize, onFraction);
    return true;
  } finally {
    db.exec('ROLLBACK');
  }
}

/** Copies the first `size` bytes of `from` into `to` in about a hundred steps, telling each. */
function copyBytes(
  from: string,
  to: string,
  size: number,
  onFraction: ((fraction: number) => void) | undefined,
): void {
  const step = Math.min(16 << 20, Math.max(64 << 10, Math.ceil(size / 100)));
  const buffer = Buffer.alloc(step);
  const input = fs.openSync(from, 'r');
  try {
    const output = fs.openSync(to, 'r+');
    try {
      for (let at = 0; at < size; at += step) {
        const length = Math.min(step, size - at);
        readAround(input, buffer, length, at);
        fs.writeSync(output, buffer, 0, length, at);
        onFraction?.(Math.min(1, (at + length) / size));
      }
    } finally {
      fs.closeSync(output);
    }
  } finally {
    fs.closeSync(input);
  }
}

/** Reads `length` bytes at `at` into `buffer`, leaving zeros where SQLite's lock bytes are. */
function readAround(fd: number, buffer: Buffer, length: number, at: number): void {
  const end = at + length;
  const parts: [number, number][] =
    end <= LOCK_BYTES.start || at >= LOCK_BYTES.end
      ? [[at, end]]
      : [
          [at, Math.max(at, LOCK_BYTES.start)],
          [Math.min(end, LOCK_BYTES.end), end],
        ];
  buffer.fill(0, 0, length);
  for (const [from, to] of parts) {
    for (let done = from; done < to;) {
      const read = fs.readSync(fd, buffer, done - at, to - done, done);
      if (read === 0) throw new Error(`The archive ended at byte ${done} while it was copied.`);
      done += read;
    }
  }
}
