import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fold } from '../../values/fold.js';
import { listMigrations, MIGRATIONS_DIR } from '../../migrate.js';
import { openArchive } from '../../open/open.js';
import { backupsDir } from '../../backup/preMigrationBackup.js';

/**
 * Puts a backup of schema version 1 (two topics) beside the archive, named as the app names its
 * pre-migration backups, and answers its name. Built in a folder of its own, then copied: the
 * archive itself is never opened with fs.
 */
export function olderBackup(archiveFile: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-older-'));
  try {
    const migrations = path.join(work, 'migrations');
    fs.mkdirSync(migrations);
    for (const m of listMigrations(MIGRATIONS_DIR).filter((m) => m.version <= 1)) {
      fs.copyFileSync(m.file, path.join(migrations, m.name));
    }
    const file = path.join(work, 'v1.db');
    const db = openArchive(file, { create: true, migrationsDir: migrations });
    const insert = db.prepare(
      `INSERT INTO topics (id, name, name_fold, description, description_fold, created_at, updated_at)
       VALUES (?, ?, ?, NULL, NULL, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')`,
    );
    for (const [id, name] of [
      ['older-1', 'Older Energy'],
      ['older-2', 'Старая вода'],
    ] as const) {
      insert.run(id, name, fold(name));
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const name = 'pre-migration-v1-20200101T000000000Z.db';
    fs.mkdirSync(backupsDir(archiveFile), { recursive: true });
    fs.copyFileSync(file, path.join(backupsDir(archiveFile), name));
    return name;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
