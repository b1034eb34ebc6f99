import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { listBackups, takeBackup } from '../backup/backupRotation.js';
import { generateDemo } from '../demo/demo.js';
import { SCHEMA_VERSION, schemaVersion } from '../migrate.js';
import { openArchive } from '../open/open.js';
import { backupsDir } from '../backup/preMigrationBackup.js';
import { callApi, createHandlers } from '../service.js';
import { create } from './fixtures.js';
import { startSaveLoop } from './saveLoopProcess.js';
import { tempArchive, track } from './tempArchive.js';

const root = path.resolve(import.meta.dirname, '..', '..');

function topics(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT name FROM topics ORDER BY name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** An archive of schema v1 (made by the first migration only), holding one topic. */
function firstSchemaArchive(dir: string): string {
  const migrations = path.join(dir, 'v1-migrations');
  fs.mkdirSync(migrations);
  fs.copyFileSync(
    path.join(root, 'db', 'migrations', '0001_init.sql'),
    path.join(migrations, '0001_init.sql'),
  );
  const file = path.join(dir, 'v1.db');
  const v1 = openArchive(file, { create: true, migrationsDir: migrations });
  // Plain SQL: the write path writes only the newest schema.
  v1.prepare(
    `INSERT INTO topics (id, name, name_fold, created_at, updated_at)
     VALUES ('t-energy', 'Energy', 'energy', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  ).run();
  v1.pragma('journal_mode = DELETE');
  v1.close();
  return file;
}

test('a backup of an older schema is restored and upgraded, and the answer says so', async () => {
  const { db, file, dir } = tempArchive();
  const name = 'pre-migration-v1-20260101T000000000Z.db';
  fs.mkdirSync(backupsDir(file));
  fs.copyFileSync(firstSchemaArchive(dir), path.join(backupsDir(file), name));
  create(db, 'topics', { name: 'Added since' });

  const handlers = createHandlers(db, file);
  const answer = await callApi(handlers, 'restoreBackup', { name });
  expect(answer).toMatchObject({ ok: true, value: { restored: { name, counts: { topics: 1 } } } });
  expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
  const listed = await callApi(handlers, 'listRecords', { table: 'topics', search: 'energy' });
  expect(listed.ok && listed.value.rows.map((r) => r['name'])).toEqual(['Energy']);
  // The upgraded archive takes what only the newer schema has.
  const saved = await callApi(handlers, 'saveRecord', {
    table: 'organisations',
    values: { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'] },
  });
  expect(saved.ok).toBe(true);
  // What the archive held before is in the copy taken first.
  const safety = listBackups(file).find((b) => b.kind === 'pre-restore');
  expect(topics(safety!.file)).toEqual(['Added since']);

  db.close();
  const reopened = track(openArchive(file));
  expect(schemaVersion(reopened)).toBe(SCHEMA_VERSION);
  expect(topics(file)).toEqual(['Energy']);
});

test('a save asked for while a restore runs is kept: it waits for the restore', async () => {
  const { db, file } = tempArchive();
  create(db, 'topics', { name: 'Before the backup' });
  const backup = await takeBackup(db, 'manual');
  const handlers = createHandlers(db, file);
  const restoring = callApi(handlers, 'restoreBackup', { name: path.basename(backup.file) });
  const saving = callApi(handlers, 'saveRecord', {
    table: 'topics',
    values: { name: 'Saved during the restore' },
  });
  expect(await restoring).toMatchObject({ ok: true });
  expect(await saving).toMatchObject({ ok: true });
  expect(topics(file)).toEqual(['Before the backup', 'Saved during the restore']);
});

test('no save of another process is other.acknowledged and then lost by a restore', async () => {
  const { db, file } = tempArchive();
  // Enough records that checking the safety copy takes a while, as a real archive's does.
  generateDemo(db, { visits: 150, seed: 3 });
  const backup = await takeBackup(db, 'manual');
  const other = startSaveLoop(file, 'other');
  await other.firstSave;
  for (let i = 0; i < 3; i++) {
    const restored = await callApi(createHandlers(db, file), 'restoreBackup', {
      name: path.basename(backup.file),
    });
    expect(restored).toMatchObject({ ok: true });
  }
  await other.stop();

  const kept = new Set([
    ...topics(file),
    ...listBackups(file).flatMap((b) => (b.kind === 'pre-restore' ? topics(b.file) : [])),
  ]);
  expect(other.acknowledged.length).toBeGreaterThan(0);
  expect(other.acknowledged.filter((name) => !kept.has(name))).toEqual([]);
});
