/** Demo archives in temporary folders for the demo tests, and ways to read them whole. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterAll } from 'vitest';
import { openArchive } from '../open/open.js';

const dirs: string[] = [];
const opened: Database[] = [];

/** A new, empty archive, closed and removed after the file's tests. */
export function newArchive(): Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  dirs.push(dir);
  const db = openArchive(path.join(dir, 'archive.db'), { create: true });
  opened.push(db);
  return db;
}

afterAll(() => {
  for (const db of opened) if (db.open) db.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table but the full-text indexes, in a stable order. */
export function dump(db: Database): string {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return JSON.stringify(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT * FROM ${t} ORDER BY 1${t === 'version_clock' ? '' : ', 2'}`)
        .raw()
        .all(),
    ]),
  );
}

/** The schema objects, by type and name (their order in sqlite_master aside). */
export function schema(db: Database): unknown[] {
  return db
    .prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name')
    .all();
}

/** The first column of every row the query returns. */
export function column(db: Database, sql: string): unknown[] {
  return db.prepare(sql).pluck().all();
}
