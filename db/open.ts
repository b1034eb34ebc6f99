import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { ArchiveError, toApiError } from './errors.js';
import { MIGRATIONS_DIR, applyMigrations, listMigrations, schemaVersion } from './migrate.js';
import { rememberNativeBinding } from './openBeside.js';
import { preMigrationBackup } from './preMigrationBackup.js';

export interface OpenOptions {
  /** Create the archive when no file is there (otherwise a missing file is refused). */
  create?: boolean;
  /** Open for reading only: nothing is migrated or written. */
  readonly?: boolean;
  /** A better-sqlite3 addon built for another ABI (Electron's), passed to the constructor. */
  nativeBinding?: string;
  /** Where the numbered SQL files are; tests point this at a folder of their own. */
  migrationsDir?: string;
  /** The time used to name a pre-migration backup. */
  now?: () => Date;
  /**
   * Run SQLite's quick_check before answering (on unless false). It reads the whole file, ~25 s
   * for 3 GB: connections opened beside one that has just checked the file leave it out.
   */
  quickCheck?: boolean;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function notAnArchive(file: string): ArchiveError {
  return new ArchiveError(
    'archive_corrupt',
    `The file ${file} is not a Secretariat Archive (it is not an SQLite database, or it is damaged). Choose another file, or restore the archive from a backup.`,
  );
}

function newer(found: number, known: number): ArchiveError {
  return new ArchiveError(
    'archive_newer',
    `This archive was written by a newer version of Secretariat Archive (schema v${found}; this version knows up to v${known}). Update the app to open it.`,
  );
}

/**
 * The first 100 bytes of the file, read without SQLite: a check that must leave a file
 * untouched cannot open it, since even a read-only connection to a WAL archive creates -wal and
 * -shm files beside it. Returns null for an empty file.
 */
function readHeader(file: string): Buffer | null {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    if (read === 0) return null;
    if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) throw notAnArchive(file);
    return header;
  } finally {
    fs.closeSync(fd);
  }
}

/** Why a file cannot be opened, before SQLite sees it; null when it may be opened. */
function refuseBeforeOpening(file: string, options: OpenOptions, newest: number): 'create' | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.size === 0) {
    if (options.create && !options.readonly) {
      if (!fs.existsSync(path.dirname(file))) {
        throw new ArchiveError(
          'io_error',
          `The folder ${path.dirname(file)} does not exist, so no archive was created there. Create the folder first or choose another place.`,
        );
      }
      return 'create';
    }
    throw new ArchiveError(
      'archive_missing',
      stat
        ? `The file ${file} is empty, not an archive. Create an archive with \`archive init --db ${file}\`, or choose another file.`
        : `No archive at ${file}. Create one with \`archive init --db ${file}\`, or check the path.`,
    );
  }
  if (!stat.isFile()) {
    throw new ArchiveError('io_error', `${file} is a folder, not an archive file. Choose a file.`);
  }
  const header = readHeader(file);
  // user_version lives at byte 60 of the header, big-endian.
  if (header && header.readUInt32BE(60) > newest) throw newer(header.readUInt32BE(60), newest);
  return null;
}

/**
 * Opens (or, with `create`, creates) an archive and brings its schema up to date, synchronously.
 * Refused before anything is written: a missing file, a file that is not an archive, an archive
 * of a newer schema (left byte-for-byte untouched), a damaged archive. An existing archive is
 * backed up to `<name>.backups/` before it is migrated.
 */
export function openArchive(file: string, options: OpenOptions = {}): Database {
  const absolute = path.resolve(file);
  const migrations = listMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  const newest = migrations.length;
  let creating: boolean;
  try {
    creating = refuseBeforeOpening(absolute, options, newest) === 'create';
  } catch (e) {
    throw asOpenError(e, absolute);
  }
  let db: Database;
  try {
    db = new DatabaseConstructor(absolute, {
      readonly: options.readonly ?? false,
      fileMustExist: !creating,
      nativeBinding: options.nativeBinding,
    });
  } catch (e) {
    throw asOpenError(e, absolute);
  }
  rememberNativeBinding(db, options.nativeBinding);
  try {
    prepare(db, absolute, options, migrations, creating);
    return db;
  } catch (e) {
    db.close();
    if (creating) removeArchiveFiles(absolute);
    throw asOpenError(e, absolute);
  }
}

function prepare(
  db: Database,
  file: string,
  options: OpenOptions,
  migrations: ReturnType<typeof listMigrations>,
  creating: boolean,
): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Every check reads only, so a refused file is left as it was.
  const version = schemaVersion(db);
  // The header may be older than the archive's WAL, which is read only now.
  if (version > migrations.length) throw newer(version, migrations.length);
  if (version === 0 && !creating) {
    const objects = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
    if (objects.n > 0) throw notAnArchive(file);
  }
  if (version < migrations.length && options.readonly) {
    throw new ArchiveError(
      'refused',
      `The archive ${file} uses an older schema (v${version}) and must be upgraded to v${migrations.length} before it can be read. Open it once without read-only mode to upgrade it.`,
    );
  }
  if (!creating && options.quickCheck !== false) {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new ArchiveError(
        'archive_corrupt',
        `The archive ${file} is damaged (${String(check)}). Restore it from a backup; the folder ${path.basename(file)}.backups beside it may hold one.`,
      );
    }
  }
  if (options.readonly) return;
  if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
    throw new ArchiveError(
      'io_error',
      `The archive ${file} could not be switched to write-ahead logging, which keeps it safe when the computer stops. Move it to a local disk and open it again.`,
    );
  }
  db.pragma('synchronous = FULL');
  if (version < migrations.length) {
    if (version >= 1) {
      preMigrationBackup(db, file, version, (options.now ?? (() => new Date()))());
    }
    applyMigrations(db, migrations);
  }
}

function removeArchiveFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** SQLite's own failures at opening time, said about this archive. */
function asOpenError(e: unknown, file: string): ArchiveError {
  if (e instanceof ArchiveError) return e;
  const nodeCode = (e as { code?: unknown }).code;
  if (nodeCode === 'MODULE_NOT_FOUND' || nodeCode === 'ERR_DLOPEN_FAILED') {
    return new ArchiveError(
      'internal',
      'The database engine of this installation could not be loaded, so no archive was opened. Reinstall Secretariat Archive.',
    );
  }
  if (nodeCode === 'EACCES' || nodeCode === 'EPERM') {
    return new ArchiveError(
      'io_error',
      `You are not allowed to read ${file}. Check its permissions, or choose another file.`,
    );
  }
  const { code, message } = toApiError(e);
  return code === 'archive_corrupt' ? notAnArchive(file) : new ArchiveError(code, message);
}
