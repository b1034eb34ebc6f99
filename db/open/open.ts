import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { ArchiveError, toApiError } from '../errors.js';
import { MIGRATIONS_DIR, applyMigrations, listMigrations, schemaVersion } from '../migrate.js';
import { rememberNativeBinding } from './openBeside.js';
import { preMigrationBackup } from '../backup/preMigrationBackup.js';
import { quickCheck } from './quickCheck.js';
import type { OnOpenProgress } from './openProgress.js';

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
  /** Told what an upgrade is doing while it runs (nothing when the schema is current). */
  onProgress?: OnOpenProgress;
}

function notAnArchive(file: string): ArchiveError {
  return new ArchiveError('archive_corrupt', 'errors.open.fileNotSecretariat', { file });
}

function newer(found: number, known: number): ArchiveError {
  return new ArchiveError('archive_newer', 'errors.open.archiveWrittenNewer', { found, known });
}

/**
 * Why a file cannot be opened, found with stat() alone; null when it may be opened. Nothing here
 * opens the file: closing any descriptor of it would drop the locks this process's SQLite
 * connections hold on it (reader threads, another window), and another program could then delete
 * the write-ahead log they still write to.
 */
function refuseBeforeOpening(file: string, options: OpenOptions): 'create' | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.size === 0) {
    if (options.create && !options.readonly) {
      if (!fs.existsSync(path.dirname(file))) {
        throw new ArchiveError('io_error', 'errors.open.folderDoesNot', {
          folder: path.dirname(file),
        });
      }
      return 'create';
    }
    throw new ArchiveError(
      'archive_missing',
      stat ? 'errors.open.emptyFile' : 'errors.open.noArchive',
      { file },
    );
  }
  if (!stat.isFile()) {
    throw new ArchiveError('io_error', 'errors.open.folderNotArchive', { file });
  }
  return null;
}

/**
 * A read-only connection that has checked the file is one of our archives of a schema this
 * version knows. Read-only, so that refusing writes nothing: closing a connection that may write
 * checkpoints the write-ahead log into the file, and the log is where a newer version's latest
 * schema change may still be.
 */
function openChecked(file: string, options: OpenOptions, newest: number): Database {
  const db = new DatabaseConstructor(file, {
    readonly: true,
    fileMustExist: true,
    nativeBinding: options.nativeBinding,
  });
  try {
    refuseForeign(db, file, newest, false);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Refuses a newer schema, or an SQLite file of another program. */
function refuseForeign(db: Database, file: string, newest: number, creating: boolean): number {
  const version = schemaVersion(db);
  if (version > newest) throw newer(version, newest);
  if (version === 0 && !creating) {
    const objects = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
    if (objects.n > 0) throw notAnArchive(file);
  }
  return version;
}

/**
 * Opens (or, with `create`, creates) an archive and brings its schema up to date, synchronously.
 * Refused before anything is written: a missing file, a file that is not an archive, an archive
 * of a newer schema (left byte-for-byte untouched). An existing archive is checked whole and
 * backed up to `<name>.backups/` before it is migrated. Opening costs the same whatever the
 * archive's size: the full check of a file runs elsewhere (checkInBackground, `archive check`).
 */
export function openArchive(file: string, options: OpenOptions = {}): Database {
  const absolute = path.resolve(file);
  const migrations = listMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  let creating: boolean;
  let db: Database;
  try {
    creating = refuseBeforeOpening(absolute, options) === 'create';
    if (options.readonly) {
      db = openChecked(absolute, options, migrations.length);
    } else {
      if (!creating) openChecked(absolute, options, migrations.length).close();
      db = new DatabaseConstructor(absolute, {
        fileMustExist: !creating,
        nativeBinding: options.nativeBinding,
      });
    }
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
  // Checked again: another program may have changed the file since the read-only look.
  const version = refuseForeign(db, file, migrations.length, creating);
  if (version < migrations.length && options.readonly) {
    throw new ArchiveError('refused', 'errors.open.archiveUsesOlder', {
      file,
      version,
      latest: migrations.length,
    });
  }
  if (options.readonly) return;
  if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
    throw new ArchiveError('io_error', 'errors.open.archiveNotSwitched', { file });
  }
  db.pragma('synchronous = FULL');
  if (version < migrations.length) {
    if (version >= 1) {
      // A damaged archive is not migrated, nor backed up as if it were good.
      options.onProgress?.({ phase: 'checking' });
      quickCheck(db, file);
      const said = options.onProgress;
      said?.({ phase: 'backingUp', fraction: null });
      const at = (options.now ?? (() => new Date()))();
      preMigrationBackup(db, file, version, at, {
        copied: (fraction) => said?.({ phase: 'backingUp', fraction }),
        checking: () => said?.({ phase: 'checkingBackup' }),
      });
    }
    // A new archive is made, not upgraded: nothing to say.
    applyMigrations(db, migrations, version >= 1 ? options.onProgress : undefined);
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
    return new ArchiveError('internal', 'errors.open.databaseEngineInstallation');
  }
  if (nodeCode === 'EACCES' || nodeCode === 'EPERM') {
    return new ArchiveError('io_error', 'errors.open.areNotAllowed', { file });
  }
  const answer = toApiError(e);
  return answer.code === 'archive_corrupt' ? notAnArchive(file) : ArchiveError.fromApiError(answer);
}
