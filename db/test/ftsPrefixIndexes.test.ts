import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { generateDemo } from '../demo/demo.js';
import { FTS_TABLE } from '../query/fields.js';
import { applyMigrations, listMigrations } from '../migrate.js';
import { listRecords } from '../query/query.js';
import { tempDir, track } from './tempArchive.js';
import { insert } from './queryFixture.js';
import { parseQuery } from '../query/compileQuery.js';

const SEARCHES = ['c', 'co', 'ta', 'tas', 'conn', 'connectivity', 'Ташкент'];

function found(db: DatabaseConstructor.Database, table: 'meetings' | 'visits', search: string) {
  const { rows } = listRecords(db, parseQuery({ table, search, columns: ['id'], limit: 1000 }));
  return rows.map((r) => r.id).sort();
}

describe('full-text prefix indexes', () => {
  test('an archive upgraded to them finds what it found before, and keeps them in step', () => {
    const file = path.join(tempDir(), 'archive.db');
    const db = track(new DatabaseConstructor(file));
    db.pragma('journal_mode = WAL');
    applyMigrations(
      db,
      listMigrations().filter((m) => m.version <= 2),
    );
    generateDemo(db, { visits: 30, seed: 3 });
    const before = SEARCHES.map((s) => [found(db, 'meetings', s), found(db, 'visits', s)]);
    expect(before.flat(2).length).toBeGreaterThan(0);

    applyMigrations(db, listMigrations());

    // Every index lets FTS5 answer one, two and three first letters from their own lists.
    for (const fts of new Set(Object.values(FTS_TABLE))) {
      const sql = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(fts);
      expect(sql, fts).toContain("prefix='1 2 3'");
      db.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('integrity-check')`).run();
    }
    expect(SEARCHES.map((s) => [found(db, 'meetings', s), found(db, 'visits', s)])).toEqual(before);
    const added = insert(db, 'meetings', { date: '2024-05-01', venue: 'Qyzylorda akimat' });
    expect(found(db, 'meetings', 'q')).toContain(added);
    expect(found(db, 'meetings', 'qyz')).toEqual([added]);
  });
});
