/**
 * A broad search of meetings, newest first, is read from the newest matches of the date-keyed
 * full-text index (0008_meetings_fts_date_order.sql): its pages must be exactly those of the
 * statement that tests every meeting against the set of all matches, which these tests write
 * out themselves over an index of their own keyed by rid, the shape of meetings_fts before v8.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { QuerySchema, type Query } from '../api.js';
import { MIGRATIONS_DIR, SCHEMA_VERSION } from '../migrate.js';
import { openArchive } from '../open/open.js';
import { listRecords } from '../query/query.js';
import { spellingsQuery } from '../query/personSearch.js';
import { searchPhrases } from '../query/compileSearch.js';
import { checkArchive } from '../check/stats.js';
import { derivedProblems } from '../check/derivedCheck.js';
import { rebuildDerived } from '../check/repairDerived.js';
import { saveRecord } from '../write/write.js';
import { deleteRecords, restoreRecords } from '../write/deleteRecords.js';
import { deleteTrash } from '../write/emptyTrash.js';
import { undo } from '../write/undo.js';
import { insert } from './queryFixture.js';
import { create } from './fixtures.js';
import { tempArchive, tempDir, track } from './tempArchive.js';

const WORDS = ['cooperation', 'connectivity', 'council', 'coal', 'trade', 'energy', 'water'];
const PEOPLE = ['Conrad Hale', 'Ковалёв Кирилл', 'Mara Lind'];
const COUNTRIES = ['KZ', 'UZ', 'DE'];
/** More meetings than make a search broad (BROAD_SEARCH), their dates out of rid order. */
const MEETINGS = 1600;

/** The meetings, some without a date, some with people, some in the trash. */
function fill(db: Database): void {
  const people = PEOPLE.map((name) => create(db, 'people', { name }));
  const link = db.prepare(
    'INSERT INTO meeting_participants (id, meeting_id, person_id, ord) VALUES (?, ?, ?, 0)',
  );
  db.transaction(() => {
    for (let i = 0; i < MEETINGS; i++) {
      const year = 2000 + ((i * 7919) % 26);
      const month = String(1 + ((i * 31) % 12)).padStart(2, '0');
      const day = String(1 + ((i * 17) % 28)).padStart(2, '0');
      // Many meetings share a day, so that ties are broken by rid, as the order does.
      const date = i % 50 === 7 ? null : `${year}-${month}-${i % 3 === 0 ? '05' : day}`;
      const words = [0, 1, 2].map((k) => WORDS[(i * (k + 3) + k) % WORDS.length]);
      const id = insert(db, 'meetings', {
        date,
        country: COUNTRIES[i % 3],
        summary: i % 9 === 4 ? 'Talks held' : `Talks on ${words.join(' and ')}`,
        venue: i % 13 === 0 ? 'Конгресс-холл' : null,
        ...(i % 40 === 3 ? { deleted_at: '2024-02-01T10:00:00.000Z' } : {}),
      });
      if (i % 6 === 1) {
        link.run(`link-${id}`, id, people[Math.floor(i / 6) % 3]);
      }
    }
  })();
}

/** The index meetings_fts was before v8, rowid = rid, made afresh: the reference reads it. */
function referenceIndex(db: Database): void {
  db.exec(`
    DROP TABLE IF EXISTS temp.reference_fts;
    CREATE VIRTUAL TABLE temp.reference_fts USING fts5(
      venue, city, summary, outcomes, atmosphere,
      content='', tokenize='unicode61 remove_diacritics 2'
    );
    INSERT INTO temp.reference_fts (rowid, venue, city, summary, outcomes, atmosphere)
      SELECT rid, venue, city, summary, outcomes, atmosphere FROM main.meetings;
  `);
}

/**
 * The page the search must show, by the statement of before v8: every live meeting that, for
 * each word, holds it (the last word as a prefix) or had someone of that name taking part,
 * newest first.
 */
function reference(db: Database, q: Query, index = 'temp.reference_fts'): string[] {
  const phrases = searchPhrases(q.search ?? '');
  const last = phrases.length - 1;
  const where = q.where?.map(() => 'AND t.country = ?') ?? [];
  const values = q.where?.map((w) => String((w as { value: unknown }).value)) ?? [];
  const words = phrases.map(
    () => `(t.rid IN (SELECT rowid FROM ${index} WHERE ${index.replace('temp.', '')} MATCH ?)
        OR EXISTS (SELECT 1 FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
                   WHERE mp.meeting_id = t.id AND p.deleted_at IS NULL
                     AND p.rid IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?)))`,
  );
  const sql = `
    SELECT t.id FROM meetings t
    WHERE t.deleted_at IS NULL ${where.join(' ')} AND ${words.join(' AND ')}
    ORDER BY t.date_lo DESC, t.rid DESC LIMIT ? OFFSET ?`;
  const matches = phrases.flatMap((tokens, i) => [
    `"${tokens.join(' ')}"${i === last ? ' *' : ''}`,
    spellingsQuery([tokens], i === last),
  ]);
  return db
    .prepare(sql)
    .pluck()
    .all(...values, ...matches, q.limit ?? 100, q.offset ?? 0) as string[];
}

function page(db: Database, q: Query): string[] {
  return listRecords(db, QuerySchema.parse({ ...q, withTotal: false })).rows.map((r) =>
    String(r.id),
  );
}

const SEARCHES = [
  'c',
  'co',
  'con',
  'conn',
  'connectivity',
  'cooperation',
  'talks',
  'ко',
  'Conrad',
  'talks co',
  'Conrad talks',
];

/** Every search's first, second and a deep page, with and without a country filter. */
function queries(): Query[] {
  return SEARCHES.flatMap((search) =>
    [0, 40, 700].flatMap((offset) =>
      [undefined, 'UZ'].map((country): Query => ({
        table: 'meetings',
        search,
        limit: 40,
        offset,
        ...(country ? { where: [{ field: 'country', op: 'equals', value: country }] } : {}),
      })),
    ),
  );
}

function expectSamePages(db: Database): void {
  for (const q of queries()) expect(page(db, q), JSON.stringify(q)).toEqual(reference(db, q));
}

describe('a broad search of meetings, newest first', () => {
  test('pages as the set of every match does, with filters, people and ties of date', () => {
    const { db } = tempArchive();
    fill(db);
    referenceIndex(db);
    // The searches are broad ones, and their pages are not empty.
    expect(reference(db, { table: 'meetings', search: 'co' })).toHaveLength(100);
    expect(reference(db, { table: 'meetings', search: 'Conrad', limit: 40 })).toHaveLength(40);
    expectSamePages(db);
  });

  test('pages by keyset as by offset', () => {
    const { db } = tempArchive();
    fill(db);
    referenceIndex(db);
    for (const search of ['co', 'talks', 'Conrad']) {
      const first = page(db, { table: 'meetings', search, limit: 30 });
      const after = page(db, { table: 'meetings', search, limit: 30, after: first.at(-1) });
      expect(after).toEqual(reference(db, { table: 'meetings', search, limit: 30, offset: 30 }));
    }
  });

  test('follows edits that move a meeting in time, the trash, undo and Empty trash', () => {
    const { db } = tempArchive();
    fill(db);
    referenceIndex(db);
    const oldest = reference(db, { table: 'meetings', search: 'connectivity', limit: 3000 }).at(
      -1,
    )!;
    const newest = reference(db, { table: 'meetings', search: 'talks', limit: 1 })[0]!;
    // The oldest match moves to the newest date, the newest to before all others.
    saveRecord(db, { table: 'meetings', id: oldest, values: { date: '2031-06-01' } });
    saveRecord(db, { table: 'meetings', id: newest, values: { date: '1990-03' } });
    referenceIndex(db);
    expect(page(db, { table: 'meetings', search: 'connectivity', limit: 1 })).toEqual([oldest]);
    expectSamePages(db);

    undo(db);
    undo(db);
    referenceIndex(db);
    expectSamePages(db);

    const gone = page(db, { table: 'meetings', search: 'co', limit: 5 });
    deleteRecords(db, { table: 'meetings', ids: gone });
    expectSamePages(db);
    undo(db);
    expectSamePages(db);
    deleteRecords(db, { table: 'meetings', ids: gone });
    restoreRecords(db, { table: 'meetings', ids: gone.slice(0, 2) });
    deleteTrash(db);
    referenceIndex(db);
    expectSamePages(db);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });

  test('the archive check finds a meeting the index lost, and the repair brings it back', () => {
    const { db } = tempArchive();
    fill(db);
    referenceIndex(db);
    const lost = reference(db, { table: 'meetings', search: 'co', limit: 1 })[0]!;
    db.prepare(
      `INSERT INTO meetings_fts (meetings_fts, rowid, venue, city, summary, outcomes, atmosphere)
       SELECT 'delete', date_key, venue, city, summary, outcomes, atmosphere
       FROM meetings_by_date WHERE id = ?`,
    ).run(lost);
    expect(page(db, { table: 'meetings', search: 'co', limit: 1 })).not.toEqual([lost]);
    expect(derivedProblems(db).map(({ kind, table, id }) => ({ kind, table, id }))).toEqual([
      { kind: 'fts', table: 'meetings', id: lost },
    ]);
    rebuildDerived(db);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
    expectSamePages(db);
  });
});

describe('upgrading a version 7 archive', () => {
  test('keeps every search its pages', () => {
    const dir = tempDir();
    const v7 = path.join(dir, 'migrations-v7');
    fs.mkdirSync(v7);
    for (const name of fs.readdirSync(MIGRATIONS_DIR).filter((n) => /^000[1-7]_/.test(n))) {
      fs.copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(v7, name));
    }
    const file = path.join(dir, 'archive.db');
    const old = openArchive(file, { create: true, migrationsDir: v7 });
    fill(old);
    // Before v8 the archive's own index is keyed by rid: the reference reads it as it is.
    const before = queries().map((q) => reference(old, q, 'meetings_fts'));
    old.close();

    const db = track(openArchive(file));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(queries().map((q) => page(db, q))).toEqual(before);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });
});
