/**
 * How the app's hosts open the archive: for writing when they can, else for reading only, with a
 * reason the window shows. An archive that cannot be written (a read-only file, folder or disk) or
 * that another program is writing to stays readable, rather than the app refusing to start.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ReadOnlyState } from '../api.js';
import { rememberArchiveFile } from '../files/archiveFileOf.js';
import { ArchiveError, toApiError } from '../errors.js';
import { openArchive } from './open.js';
import { readOnlyReason } from './readOnlyReasons.js';
import type { OnOpenProgress } from './openProgress.js';

export interface HostOpenOptions {
  create?: boolean;
  nativeBinding?: string;
  /** How long to wait for another program's write to end before opening for reading only. */
  lockWaitMs?: number;
  /** Told what an upgrade is doing while it runs (see openArchive). */
  onProgress?: OnOpenProgress;
}

export interface OpenedArchive {
  db: Database;
  /** Why the archive is open for reading only, or null when it can be written. */
  readOnly: ReadOnlyState | null;
  /** The file the connection reads (reader threads open it too): a copy when the disk is read-only. */
  readFile: string;
}

/** Why the archive cannot be written, found without opening it; null when it can be. */
export function unwritable(file: string): ReadOnlyState | null {
  const denied = (target: string): string | null => {
    try {
      fs.accessSync(target, fs.constants.W_OK);
      return null;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code ?? 'EACCES';
    }
  };
  if (!fs.existsSync(file)) return null;
  const onFile = denied(file);
  if (onFile) return readOnlyReason(file, onFile === 'EROFS' ? 'disk' : 'file');
  // SQLite creates its write-ahead log and shared-memory files beside the archive.
  const onFolder = denied(path.dirname(file));
  if (onFolder) return readOnlyReason(file, onFolder === 'EROFS' ? 'disk' : 'folder');
  return null;
}

/** False when another connection holds the write lock for longer than `waitMs`. */
function writeLockFree(db: Database, waitMs: number): boolean {
  db.pragma(`busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return true;
  } catch (e) {
    if (toApiError(e).code === 'archive_busy') return false;
    throw e;
  } finally {
    db.pragma('busy_timeout = 5000');
  }
}

const copies: string[] = [];
let cleanupRegistered = false;

/**
 * A copy of the archive (and of its write-ahead log, which holds its latest changes) in a
 * temporary folder: SQLite cannot read an archive in WAL mode from a folder where it cannot create
 * its shared-memory file, and better-sqlite3 does not pass SQLite's `immutable` option.
 */
function temporaryCopy(file: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-read-only-'));
  copies.push(dir);
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    process.once('exit', () => {
      for (const copy of copies) fs.rmSync(copy, { recursive: true, force: true });
    });
  }
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  return copy;
}

/**
 * Opens the archive for reading only, from a temporary copy when SQLite cannot read it in place
 * (a read-only folder, where it cannot create the shared-memory file that WAL reading needs).
 */
function openForReading(
  file: string,
  options: Pick<HostOpenOptions, 'nativeBinding'> = {},
): { db: Database; readFile: string } {
  const absolute = path.resolve(file);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  try {
    return { db: openArchive(absolute, { readonly: true, ...binding }), readFile: absolute };
  } catch (e) {
    if (!(e instanceof ArchiveError) || e.code !== 'io_error') throw e;
  }
  // No connection of ours holds the file here (the one that failed is closed), so copying it
  // with fs drops no lock.
  const copy = temporaryCopy(absolute);
  const db = openArchive(copy, { readonly: true, ...binding });
  rememberArchiveFile(db, absolute);
  return { db, readFile: copy };
}

function openReadOnly(
  file: string,
  readOnly: ReadOnlyState,
  options: HostOpenOptions,
): OpenedArchive {
  return { ...openForReading(file, options), readOnly };
}

/**
 * Opens the archive for writing, or for reading only when it cannot be written: a read-only
 * file, folder or disk, or another program holding the write lock for longer than `lockWaitMs`
 * (1 s unless set). Anything else that keeps it from opening is thrown, as openArchive does.
 */
export function openArchiveOrReadOnly(file: string, options: HostOpenOptions = {}): OpenedArchive {
  const absolute = path.resolve(file);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const cannotWrite = unwritable(absolute);
  if (cannotWrite) return openReadOnly(absolute, cannotWrite, options);
  let db: Database;
  try {
    db = openArchive(absolute, {
      create: options.create ?? false,
      ...binding,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } catch (e) {
    // A schema upgrade waits for the write lock like any write.
    if (toApiError(e).code === 'archive_busy')
      return openReadOnly(absolute, readOnlyReason(absolute, 'locked'), options);
    throw e;
  }
  if (writeLockFree(db, options.lockWaitMs ?? 1000)) {
    return { db, readOnly: null, readFile: absolute };
  }
  db.close();
  return openReadOnly(absolute, readOnlyReason(absolute, 'locked'), options);
}
