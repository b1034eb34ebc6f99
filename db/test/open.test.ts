import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { backupArchive } from '../backup/backup.js';
import { MIGRATIONS_DIR, SCHEMA_VERSION } from '../migrate.js';
import { openArchive } from '../open/open.js';
import { tempArchive, tempDir, track } from './tempArchive.js';
import { refusal } from './fixtures.js';

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('openArchive', () => {
  test('a new archive is in WAL mode with full sync and foreign keys on', () => {
    const { db } = tempArchive();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  test('an archive reopens with its records', () => {
    const { db, file } = tempArchive();
    db.prepare(
      "INSERT INTO topics (id, name, name_fold, created_at, updated_at) VALUES ('t1', 'Water', 'water', 'x', 'x')",
    ).run();
    db.close();
    const again = track(openArchive(file));
    expect(again.prepare('SELECT name FROM topics').pluck().get()).toBe('Water');
  });

  test('a missing path is refused and no file is created', () => {
    const file = path.join(tempDir(), 'nothing.db');
    const error = refusal(() => openArchive(file));
    expect(error.code).toBe('archive_missing');
    expect(error.message).toContain(`No archive at ${file}`);
    expect(error.message).toContain('archive init --db');
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });

  test('a file that is not SQLite is refused and left as it was', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'Minutes of the meeting, not a database.\n'.repeat(20));
    const before = sha256(file);
    const error = refusal(() => openArchive(file, { create: true }));
    expect(error.code).toBe('archive_corrupt');
    expect(error.message).toContain('not a Secretariat Archive');
    expect(sha256(file)).toBe(before);
  });

  test('a damaged archive is refused', () => {
    const { db, file } = tempArchive();
    const insert = db.prepare(
      'INSERT INTO topics (id, name, name_fold, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`t${i}`, `Topic ${i}`, `topic ${i}`, 'x', 'x');
    })();
    db.close();
    const bytes = fs.readFileSync(file);
    // Overwrite pages in the middle of the file, keeping the header intact.
    bytes.fill(0xa5, 8192, bytes.length - 4096);
    fs.writeFileSync(file, bytes);
    expect(refusal(() => openArchive(file)).code).toBe('archive_corrupt');
  });

  test('an SQLite database of another program is refused', () => {
    const file = path.join(tempDir(), 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    const before = sha256(file);
    expect(refusal(() => openArchive(file)).code).toBe('archive_corrupt');
    expect(sha256(file)).toBe(before);
  });

  test('an archive of a newer schema is refused and left byte-for-byte untouched', () => {
    const { db, file, dir } = tempArchive();
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = sha256(file);
    const listing = fs.readdirSync(dir).sort();
    for (const options of [{}, { readonly: true }, { create: true }]) {
      const error = refusal(() => openArchive(file, options));
      expect(error.code).toBe('archive_newer');
      expect(error.message).toBe(
        `This archive was written by a newer version of Secretariat Archive (schema v${SCHEMA_VERSION + 1}; this version knows up to v${SCHEMA_VERSION}). Update the app to open it.`,
      );
    }
    expect(sha256(file)).toBe(before);
    // The version is read through SQLite, never with fs (which would drop the locks of this
    // process's other connections); its read-only look may leave an empty log and index beside.
    const extra = fs.readdirSync(dir).filter((name) => !listing.includes(name));
    expect(extra.every((name) => ['archive.db-wal', 'archive.db-shm'].includes(name))).toBe(true);
    if (fs.existsSync(`${file}-wal`)) expect(fs.statSync(`${file}-wal`).size).toBe(0);
  });

  test('an empty file is not taken for an archive unless asked to create one', () => {
    const file = path.join(tempDir(), 'empty.db');
    fs.writeFileSync(file, '');
    expect(refusal(() => openArchive(file)).code).toBe('archive_missing');
    expect(fs.statSync(file).size).toBe(0);
    const db = track(openArchive(file, { create: true }));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  test('read-only opening refuses writes', () => {
    const { db, file } = tempArchive();
    db.close();
    const reader = track(openArchive(file, { readonly: true }));
    expect(() =>
      reader.prepare("INSERT INTO settings (key, value) VALUES ('a', '1')").run(),
    ).toThrow(/readonly/);
  });

  test('an archive is backed up before it is migrated, and the backup opens and checks', () => {
    const dir = tempDir();
    const v1 = path.join(dir, 'migrations-v1');
    fs.mkdirSync(v1);
    fs.copyFileSync(path.join(MIGRATIONS_DIR, '0001_init.sql'), path.join(v1, '0001_init.sql'));
    const file = path.join(dir, 'archive.db');
    const db = openArchive(file, { create: true, migrationsDir: v1 });
    db.prepare(
      "INSERT INTO topics (id, name, name_fold, created_at, updated_at) VALUES ('t1', 'Water', 'water', 'x', 'x')",
    ).run();
    db.close();

    const v2 = path.join(dir, 'migrations-v2');
    fs.cpSync(v1, v2, { recursive: true });
    fs.writeFileSync(
      path.join(v2, '0002_topic_notes.sql'),
      'ALTER TABLE topics ADD COLUMN notes TEXT;\n',
    );
    const at = new Date('2026-11-22T05:30:00.000Z');
    const migrated = track(openArchive(file, { migrationsDir: v2, now: () => at }));
    expect(migrated.pragma('user_version', { simple: true })).toBe(2);
    expect(migrated.prepare('SELECT name, notes FROM topics').get()).toEqual({
      name: 'Water',
      notes: null,
    });

    const backups = path.join(dir, 'archive.db.backups');
    expect(fs.readdirSync(backups)).toEqual(['pre-migration-v1-20261122T053000000Z.db']);
    const backup = new Database(path.join(backups, 'pre-migration-v1-20261122T053000000Z.db'), {
      readonly: true,
    });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT name FROM topics').pluck().all()).toEqual(['Water']);
    backup.close();
    // A backup opens without leaving -wal/-shm files beside it.
    expect(fs.readdirSync(backups)).toHaveLength(1);
  });

  test('a failed migration leaves the archive at its last complete version', () => {
    const dir = tempDir();
    const migrations = path.join(dir, 'migrations');
    fs.mkdirSync(migrations);
    fs.copyFileSync(
      path.join(MIGRATIONS_DIR, '0001_init.sql'),
      path.join(migrations, '0001_init.sql'),
    );
    const file = path.join(dir, 'archive.db');
    openArchive(file, { create: true, migrationsDir: migrations }).close();
    fs.writeFileSync(
      path.join(migrations, '0002_broken.sql'),
      'ALTER TABLE topics ADD COLUMN notes TEXT;\nALTER TABLE no_such_table ADD COLUMN x TEXT;\n',
    );
    expect(() => openArchive(file, { migrationsDir: migrations })).toThrow();
    const db = track(new Database(file, { readonly: true }));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const columns = db.pragma('table_info(topics)') as { name: string }[];
    expect(columns.map((c) => c.name)).not.toContain('notes');
  });

  test('loads the better-sqlite3 addon it is given, for itself and for its backups', async () => {
    const nativeBinding = createRequire(import.meta.url).resolve(
      'better-sqlite3/build/Release/better_sqlite3.node',
    );
    const dir = tempDir();
    const file = path.join(dir, 'archive.db');
    const db = track(openArchive(file, { create: true, nativeBinding }));
    const { bytes } = await backupArchive(db, path.join(dir, 'copy.db'));
    expect(bytes).toBeGreaterThan(0);
    // The option reaches better-sqlite3: an addon that is not there cannot open anything.
    const elsewhere = path.join(dir, 'other.db');
    const missing = path.join(dir, 'no-such-addon.node');
    expect(
      refusal(() => openArchive(elsewhere, { create: true, nativeBinding: missing })).message,
    ).toMatch(/database engine of this installation could not be loaded/);
    expect(fs.existsSync(elsewhere)).toBe(false);
  });
});
