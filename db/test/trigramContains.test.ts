import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import { QuerySchema, type TableName } from '../api.js';
import { MIGRATIONS_DIR, SCHEMA_VERSION } from '../migrate.js';
import { openArchive } from '../open/open.js';
import { checkArchive } from '../check/stats.js';
import { countRecords, listRecords, plannedQuery } from '../query/query.js';
import { schemaSnapshot } from '../schemaSnapshot.js';
import { fold } from '../values/fold.js';
import { deleteRecords, restoreRecords, saveRecord, undo, redo } from '../write/write.js';
import { emptyTrash } from '../write/emptyTrash.js';
import { create, testContext } from './fixtures.js';
import { tempArchive, tempDir, track } from './tempArchive.js';

/** The texts of the fixture: scripts, Turkish letters, quotes, and texts that hold others. */
const CITIES = [
  'Istanbul',
  'İstanbul',
  'ISTANBUL',
  'Iğdır',
  'Şanlıurfa',
  'Ташкент',
  'Тошкент',
  'Алматы',
  'Almaty',
  'Nur-Sultan',
  "Xi'an",
  'São Paulo',
  'Zürich',
  'Bishkek',
  'Bishkekabad',
  'Dushanbe',
  'aaa',
  'aaaa',
];
const VENUES = [
  'Ministry of Foreign Affairs',
  'Министерство иностранных дел',
  'Dışişleri Bakanlığı',
  'Hotel "Rixos"',
  'the "Blue" Room, "Palace"',
  '""',
  'Ak Orda',
  'Ақорда',
  'Çırağan Palace',
  "Conference Hall 'A'",
  'Palace of Independence',
];
const TITLES = [
  'Visit to Khiva',
  'Визит в Хиву',
  'Working visit to İzmir',
  'Official visit to "Turkmenistan"',
  'Ташкент: консультации',
  'Çalışma ziyareti Ankara',
  'Visit to Ankara',
];

/** Substrings of every text (one to four characters, at every place), each whole, and others. */
function substrings(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const chars = [...text];
    found.add(text);
    for (let at = 0; at < chars.length; at++) {
      for (const length of [1, 2, 3, 4]) found.add(chars.slice(at, at + length).join(''));
    }
  }
  const others = ['zzz', 'ISTAN', 'istan', 'İSTAN', 'ТАШ', 'тош', 'ığd', 'IĞD', 'şanl', 'ş', 'ı'];
  const quotes = ['"', '""', '"r', 's"', '"blue" room', '" room', "'a'", "i'a", 'a"', '"""'];
  const runs = ['aa', 'aaa', 'aaaa', 'aaaaa', 'a a', '  ', ' ', 'x', '💡x', 'ки'];
  return [...found, ...others, ...quotes, ...runs];
}

/** Meetings and visits over the fixture's texts, a few of them in the trash. */
function fill(db: Database): { meetings: string[]; visits: string[] } {
  const ctx = testContext();
  const day = (i: number) => new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10);
  const meetings = CITIES.flatMap((city, i) =>
    VENUES.filter((_, j) => (i + j) % 3 === 0).map((venue, j) =>
      create(db, 'meetings', { date: day(i * 20 + j), city, venue }, ctx),
    ),
  );
  meetings.push(create(db, 'meetings', { date: day(999), venue: 'No city given' }, ctx));
  const visits = TITLES.flatMap((title, i) =>
    CITIES.filter((_, j) => (i + j) % 4 === 0).map((city, j) =>
      create(db, 'visits', { title, city, start_date: day(i * 30 + j) }, ctx),
    ),
  );
  deleteRecords(db, { table: 'meetings', ids: meetings.filter((_, i) => i % 5 === 0) }, ctx);
  deleteRecords(
    db,
    { table: 'visits', ids: visits.filter((_, i) => i % 5 === 0), meetings: 'keep' },
    ctx,
  );
  return { meetings, visits };
}

const SORT = { meetings: 'date_lo DESC', visits: 'start_date_lo DESC' } as const;

/** What instr() on the folded column finds, in the table's default order. */
function byInstr(
  db: Database,
  table: 'meetings' | 'visits',
  column: string,
  value: string,
  trash: boolean,
): string[] {
  const deleted = trash ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
  return db
    .prepare(
      `SELECT id FROM ${table} WHERE ${deleted} AND instr(${column}_fold, ?) > 0 ORDER BY ${SORT[table]}, rid`,
    )
    .pluck()
    .all(fold(value)) as string[];
}

function contains(table: TableName, field: string, value: string, trash = false) {
  return QuerySchema.parse({
    table,
    where: [{ field, op: 'contains', value }],
    columns: ['id'],
    limit: 1000,
    trash,
  });
}

/** The ids and count the archive answers for a contains filter. */
function byArchive(db: Database, table: TableName, field: string, value: string, trash = false) {
  const q = contains(table, field, value, trash);
  const { rows, total } = listRecords(db, q);
  return { ids: rows.map((r) => r.id), total, count: countRecords(db, q).count };
}

/**
 * How the planned count reads the rows a trigram index lists: each looked up by its row id, or
 * every live row tested against the list (the `+` that the page's walk in its order needs).
 */
function countPath(db: Database, table: TableName, field: string, value: string, trash = false) {
  const { countSql } = plannedQuery(db, contains(table, field, value, trash));
  const list = `t.rid IN (SELECT rowid FROM ${table}_trigram`;
  if (countSql.includes(`+${list}`)) return 'walk';
  return countSql.includes(list) ? 'lookup' : 'none';
}

const FIELDS = [
  ['meetings', 'city'],
  ['meetings', 'venue'],
  ['visits', 'title'],
  ['visits', 'city'],
] as const;

describe('a contains filter through the trigram index', () => {
  test('finds exactly the rows, order and counts that instr() on the folded text finds', () => {
    const { db } = tempArchive();
    fill(db);
    let matched = 0;
    const paths = { walk: 0, lookup: 0, none: 0 };
    for (const [table, field] of FIELDS) {
      const texts = field === 'city' ? CITIES : field === 'venue' ? VENUES : TITLES;
      for (const value of substrings(texts)) {
        for (const trash of [false, true]) {
          const expected = byInstr(db, table, field, value, trash);
          const label = `${table}.${field} contains ${JSON.stringify(value)}${trash ? ' (trash)' : ''}`;
          expect(byArchive(db, table, field, value, trash), label).toEqual({
            ids: expected,
            total: expected.length,
            count: expected.length,
          });
          if (expected.length > 0) matched += 1;
          paths[countPath(db, table, field, value, trash)] += 1;
        }
      }
    }
    // The comparison is about rows found, not only about rows missed.
    expect(matched).toBeGreaterThan(500);
    // Both ways of counting through the trigram index were compared, rare substrings looked up.
    expect(paths.lookup).toBeGreaterThan(200);
    expect(paths.walk).toBeGreaterThan(20);
  });

  test('is the path where every row would be read, for three characters or more', () => {
    const { db } = tempArchive();
    fill(db);
    const sql = (table: TableName, field: string, value: string, trash = false) =>
      plannedQuery(db, contains(table, field, value, trash)).sql;
    // The narrow indexes on the city and the title were read whole.
    for (const [table, field] of [
      ['meetings', 'city'],
      ['visits', 'title'],
      ['visits', 'city'],
    ] as const) {
      expect(sql(table, field, 'abc')).toContain(`${table}_trigram`);
      expect(sql(table, field, 'Şan')).toContain(`${table}_trigram`);
      expect(sql(table, field, 'ab')).not.toContain('_trigram');
      expect(sql(table, field, '💡x')).not.toContain('_trigram');
    }
    // A venue has no narrow index: a rare substring was read from every row of the table, a
    // common one follows the sort's order and fills its page from the first rows.
    expect(sql('meetings', 'venue', 'no such hall')).toContain('meetings_trigram');
    expect(sql('meetings', 'venue', 'palace')).not.toContain('_trigram');
    expect(sql('meetings', 'summary', 'abc')).not.toContain('_trigram');
  });

  test('counts a rare substring by looking up its rows, a common one by walking the live rows', () => {
    const { db } = tempArchive();
    const ctx = testContext();
    const day = (i: number) => new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10);
    for (let i = 0; i < 60; i++) {
      create(db, 'visits', { title: 'Working visit to Ankara', start_date: day(i) }, ctx);
      create(db, 'meetings', { date: day(i), city: i % 2 ? 'Ankara' : 'Bishkek' }, ctx);
    }
    const khiva = create(db, 'visits', { title: 'Visit to Khiva', start_date: day(70) }, ctx);
    create(db, 'visits', { title: 'Visit to Khiva', start_date: day(71) }, ctx);
    const early = create(db, 'meetings', { date: day(80), city: 'Ташкент' }, ctx);
    create(db, 'meetings', { date: day(90), city: 'Ташкент' }, ctx);
    deleteRecords(db, { table: 'visits', ids: [khiva] }, ctx);
    // One title of sixty-one holds 'khiva', all of them 'visit': a lookup per row would cost
    // more than testing every visit against the list.
    expect(countPath(db, 'visits', 'title', 'khiva')).toBe('lookup');
    expect(countPath(db, 'visits', 'title', 'visit')).toBe('walk');
    expect(countPath(db, 'meetings', 'city', 'ташк')).toBe('lookup');
    expect(countRecords(db, contains('visits', 'title', 'khiva')).count).toBe(1);
    expect(countRecords(db, contains('visits', 'title', 'visit')).count).toBe(61);
    // The page keeps following the sort's order either way.
    const page = plannedQuery(db, contains('visits', 'title', 'khiva')).sql;
    expect(page).toContain('+t.rid IN (SELECT rowid FROM visits_trigram');
    // The trash is counted as before; a substring with no trigram never reads the index.
    expect(countPath(db, 'visits', 'title', 'khiva', true)).not.toBe('lookup');
    expect(countRecords(db, contains('visits', 'title', 'khiva', true)).count).toBe(1);
    expect(countPath(db, 'meetings', 'city', 'ta')).toBe('none');
    // With another filter beside it, the count is the rows that hold both.
    const q = QuerySchema.parse({
      table: 'meetings',
      where: [
        { field: 'city', op: 'contains', value: 'ташк' },
        { field: 'date', op: 'after', value: day(85) },
      ],
    });
    expect(plannedQuery(db, q).countSql).not.toContain('+t.rid IN (SELECT rowid');
    expect(countRecords(db, q).count).toBe(1);
    expect(listRecords(db, q).rows.map((r) => r.id)).not.toContain(early);
  });

  test('follows edits, undo and redo, the trash and its emptying', async () => {
    const { db } = tempArchive();
    const ctx = testContext();
    const id = create(
      db,
      'meetings',
      { date: '2024-05-01', city: 'Ankara', venue: 'Çankaya' },
      ctx,
    );
    const visit = create(db, 'visits', { title: 'Visit to Ankara', city: 'Ankara' }, ctx);
    const meetingsIn = (value: string, field = 'city', trash = false) =>
      byArchive(db, 'meetings', field, value, trash).ids;
    expect(meetingsIn('ankar')).toEqual([id]);
    expect(meetingsIn('çank', 'venue')).toEqual([id]);

    saveRecord(db, { table: 'meetings', id, values: { city: 'Тошкент', venue: null } }, ctx);
    expect(meetingsIn('ankar')).toEqual([]);
    expect(meetingsIn('ТОШК')).toEqual([id]);
    expect(meetingsIn('çank', 'venue')).toEqual([]);
    undo(db);
    expect(meetingsIn('ankar')).toEqual([id]);
    expect(meetingsIn('тошк')).toEqual([]);
    expect(meetingsIn('çank', 'venue')).toEqual([id]);
    redo(db);
    expect(meetingsIn('тошк')).toEqual([id]);
    expect(meetingsIn('ankar')).toEqual([]);

    saveRecord(db, { table: 'visits', id: visit, values: { title: 'Visit to "Khiva"' } }, ctx);
    expect(byArchive(db, 'visits', 'title', '"khiva"').ids).toEqual([visit]);
    expect(byArchive(db, 'visits', 'title', 'ankara').ids).toEqual([]);
    expect(byArchive(db, 'visits', 'city', 'ankara').ids).toEqual([visit]);

    deleteRecords(db, { table: 'meetings', ids: [id] }, ctx);
    expect(meetingsIn('тошк')).toEqual([]);
    expect(meetingsIn('тошк', 'city', true)).toEqual([id]);
    restoreRecords(db, { table: 'meetings', ids: [id] }, ctx);
    expect(meetingsIn('тошк')).toEqual([id]);
    deleteRecords(db, { table: 'meetings', ids: [id] }, ctx);
    await emptyTrash(db);
    expect(meetingsIn('тошк', 'city', true)).toEqual([]);
    const other = create(db, 'meetings', { date: '2024-06-01', city: 'Тошкент' }, ctx);
    expect(meetingsIn('тошк')).toEqual([other]);
    // The index holds exactly the words of the rows it indexes (archive check compares it with
    // one built afresh).
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });
});

describe('upgrading a version 5 archive', () => {
  test('builds the trigram indexes, and the schema is a new archive’s', () => {
    const dir = tempDir();
    const v5 = path.join(dir, 'migrations-v5');
    fs.mkdirSync(v5);
    for (const name of fs.readdirSync(MIGRATIONS_DIR).filter((n) => /^000[1-5]_/.test(n))) {
      fs.copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(v5, name));
    }
    const file = path.join(dir, 'archive.db');
    const old = openArchive(file, { create: true, migrationsDir: v5 });
    const before = fill(old);
    old.close();

    const db = track(openArchive(file));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(schemaSnapshot(db)).toBe(schemaSnapshot(tempArchive().db));
    for (const [table, field] of FIELDS) {
      for (const value of ['stan', 'ташк', 'ığd', '"rixos"', 'khiva', 'ankara', 'palace']) {
        for (const trash of [false, true]) {
          const expected = byInstr(db, table, field, value, trash);
          expect(byArchive(db, table, field, value, trash).ids, `${field} ${value}`).toEqual(
            expected,
          );
        }
      }
    }
    expect(byArchive(db, 'meetings', 'city', 'ташк').ids.length).toBeGreaterThan(0);
    expect(before.meetings.length).toBeGreaterThan(0);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });
});
