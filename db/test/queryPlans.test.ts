import { beforeEach, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Query } from '../api.js';
import {
  compileQuery,
  inlineParams,
  type CompileOptions,
  parseQuery,
} from '../query/compileQuery.js';
import { countRecords, listRecords, plannedQuery } from '../query/query.js';
import { insert, queryArchive } from './queryFixture.js';

let db: Database;

const WORDS = ['energy', 'water', 'youth', 'museum', 'trade'];

beforeEach(() => {
  db = queryArchive();
  db.transaction(() => {
    for (let i = 0; i < 1500; i++) {
      insert(db, 'visits', {
        id: `v${String(i).padStart(4, '0')}`,
        title: `Visit ${i}`,
        city: i % 7 === 0 ? 'Astana' : 'Baku',
        start_date: `20${10 + (i % 13)}-0${1 + (i % 9)}`,
        summary: `${WORDS[i % 5]} talks${i === 42 ? ' on a rare seabird' : ''}`,
        deleted_at: i % 50 === 0 ? '2024-01-01T00:00:00.000Z' : null,
      });
    }
  })();
});

function run(query: Query, options: CompileOptions): unknown[] {
  const c = compileQuery(parseQuery(query), options);
  return db
    .prepare(c.sql)
    .all(...c.params)
    .map((r) => (r as { id: string }).id);
}

const QUERIES: Query[] = [
  { table: 'visits', search: 'energy', limit: 50, offset: 20 },
  { table: 'visits', search: 'energy', sort: [{ field: 'city' }, { field: 'title', dir: 'desc' }] },
  { table: 'visits', search: 'seabird' },
  { table: 'visits', search: 'talks', trash: true },
  { table: 'visits', where: [{ field: 'summary', op: 'contains', value: 'rare sea' }] },
  { table: 'visits', where: [{ field: 'summary', op: 'contains', value: 'youth' }], offset: 250 },
  { table: 'visits', where: [{ field: 'city', op: 'contains', value: 'stan' }], offset: 100 },
  { table: 'visits', where: [{ field: 'city', op: 'contains', value: 'stan' }], trash: true },
];

test('every plan of a query answers the same rows in the same order', () => {
  for (const query of QUERIES) {
    const plain = run(query, {});
    expect(plain.length).toBeGreaterThan(0);
    expect(run(query, { broadSearch: true })).toEqual(plain);
    expect(run(query, { scanContains: true })).toEqual(plain);
    expect(listRecords(db, parseQuery(query)).rows.map((r) => r.id)).toEqual(plain);
  }
});

test('a search matching more records than a narrow plan reads still pages and counts fully', () => {
  const query: Query = { table: 'visits', search: 'talks', limit: 1000 };
  const first = listRecords(db, parseQuery(query));
  const rest = listRecords(db, parseQuery({ ...query, offset: 1000 }));
  const all = [...first.rows, ...rest.rows].map((r) => r.id);
  expect(first.total).toBe(1470);
  expect(new Set(all).size).toBe(1470);
  expect(countRecords(db, parseQuery(query)).count).toBe(1470);
});

test('the planned SQL runs as text too, for the sqlite3 shell, and answers what listRecords does', () => {
  const queries: Query[] = [
    { table: 'visits', where: [{ field: 'summary', op: 'contains', value: "o'clock" }] },
    { table: 'visits', search: 'energy', where: [{ field: 'city', op: 'equals', value: 'Baku' }] },
    { table: 'visits', where: [{ field: 'summary', op: 'contains', value: 'seabird' }] },
  ];
  for (const query of queries) {
    const c = plannedQuery(db, parseQuery(query));
    const inline = inlineParams(c.sql, c.params);
    expect(inline).not.toContain('?');
    const ids = db
      .prepare(inline)
      .all()
      .map((r) => (r as { id: string }).id);
    expect(ids).toEqual(listRecords(db, parseQuery(query)).rows.map((r) => r.id));
    expect(db.prepare(inlineParams(c.countSql, c.countParams)).get()).toEqual({
      count: countRecords(db, parseQuery(query)).count,
    });
  }
});
