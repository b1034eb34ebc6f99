/**
 * A real archive file for query tests, with an insert that fills the shadow columns the way the
 * write path does: text stored NFC, `<field>_fold` folded, `<date>_lo` / `<date>_hi` as spans.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { afterEach } from 'vitest';
import { dateSpan } from '../values/dates.js';
import { fold, normalizeText } from '../values/fold.js';
import { spellingsOf } from '../values/spellings.js';
import { applyMigrations, listMigrations } from '../migrate.js';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

export function queryArchive(): Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  const db = new DatabaseConstructor(path.join(dir, 'archive.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, listMigrations());
  cleanups.push(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

let next = 0;

/** Inserts one record; `aliases` may be given as a list. Answers its id. */
export function insert(db: Database, table: string, values: Record<string, unknown>): string {
  const columns = new Set(
    (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name),
  );
  next += 1;
  const stamp = '2024-01-01T10:00:00.000Z';
  const row: Record<string, unknown> = {
    id: `${table}-${next}`,
    created_at: stamp,
    updated_at: stamp,
  };
  for (const [key, raw] of Object.entries(values)) {
    let value = raw;
    if (key === 'aliases' && Array.isArray(raw)) {
      const list = raw.map((a) => normalizeText(String(a)));
      row.aliases_fold = list.map(fold).join('\n');
      value = JSON.stringify(list);
    } else if (typeof raw === 'string') {
      value = normalizeText(raw);
      if (columns.has(`${key}_fold`)) row[`${key}_fold`] = fold(raw);
      if (columns.has(`${key}_lo`)) {
        const span = dateSpan(raw);
        if (!span) throw new Error(`not a partial date: ${raw}`);
        row[`${key}_lo`] = span.lo;
        row[`${key}_hi`] = span.hi;
      }
    } else if (raw === null && columns.has(`${key}_fold`)) {
      row[`${key}_fold`] = null;
    }
    row[key] = value;
  }
  if (columns.has('spellings_fold')) {
    const aliases = JSON.parse(String(row.aliases ?? '[]')) as string[];
    row.spellings_fold = spellingsOf(String(row.name ?? ''), aliases);
  }
  const keys = Object.keys(row);
  db.prepare(
    `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`,
  ).run(row);
  return String(row.id);
}

/** The ids a list answered, in order. */
export function ids(rows: { id?: unknown }[]): unknown[] {
  return rows.map((r) => r.id);
}
