import { beforeEach, describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Query, Sort } from '../api.js';
import { countRecords, listRecords } from '../query/query.js';
import { ids, insert, queryArchive } from './queryFixture.js';
import { parseQuery } from '../query/compileQuery.js';

let db: Database;

function visits(query: Omit<Query, 'table'>): unknown[] {
  return ids(listRecords(db, parseQuery({ table: 'visits', ...query })).rows);
}

beforeEach(() => {
  db = queryArchive();
  insert(db, 'visits', { id: 'a', title: 'banana', start_date: '2023-09-19', status: 'completed' });
  insert(db, 'visits', { id: 'b', title: 'Apple', start_date: '2023-09', status: 'planned' });
  insert(db, 'visits', { id: 'c', title: 'cherry', start_date: '2021', status: 'completed' });
  insert(db, 'visits', { id: 'd', title: 'date', start_date: null, status: 'planned' });
});

describe('sort', () => {
  test('visits come newest first by default, undated last', () => {
    expect(visits({})).toEqual(['a', 'b', 'c', 'd']);
  });

  test('ascending dates keep undated records last too', () => {
    expect(visits({ sort: [{ field: 'start_date', dir: 'asc' }] })).toEqual(['c', 'b', 'a', 'd']);
  });

  test('text sorts without regard to case', () => {
    expect(visits({ sort: [{ field: 'title' }] })).toEqual(['b', 'a', 'c', 'd']);
    expect(visits({ sort: [{ field: 'title', dir: 'desc' }] })).toEqual(['d', 'c', 'a', 'b']);
  });

  test('several fields sort in turn, each in its own direction', () => {
    const sort: Sort[] = [
      { field: 'status', dir: 'asc' },
      { field: 'title', dir: 'desc' },
    ];
    expect(visits({ sort })).toEqual(['c', 'a', 'd', 'b']);
  });

  test('empty text sorts last in both directions', () => {
    insert(db, 'visits', { id: 'e', title: 'elder', city: 'Bishkek' });
    insert(db, 'visits', { id: 'f', title: 'fig', city: 'almaty' });
    const where = [{ field: 'id', op: 'in' as const, value: ['a', 'e', 'f'] }];
    expect(visits({ where, sort: [{ field: 'city' }] })).toEqual(['f', 'e', 'a']);
    expect(visits({ where, sort: [{ field: 'city', dir: 'desc' }] })).toEqual(['e', 'f', 'a']);
  });

  test('people, organisations and topics come by name by default', () => {
    insert(db, 'topics', { id: 't1', name: 'Youth' });
    insert(db, 'topics', { id: 't2', name: 'connectivity' });
    expect(ids(listRecords(db, parseQuery({ table: 'topics' })).rows)).toEqual(['t2', 't1']);
  });
});

describe('paging', () => {
  test('pages put together are the whole sorted list, even among equal values', () => {
    for (let i = 0; i < 57; i++) {
      insert(db, 'visits', { id: `p${i}`, title: `visit ${i % 3}`, start_date: `202${i % 4}` });
    }
    for (const sort of [
      [],
      [{ field: 'title' }],
      [{ field: 'start_date', dir: 'asc' }],
    ] as Sort[][]) {
      const whole = visits({ sort, limit: 1000 });
      const paged: unknown[] = [];
      for (let offset = 0; offset < whole.length + 10; offset += 10) {
        paged.push(...visits({ sort, limit: 10, offset }));
      }
      expect(whole).toHaveLength(61);
      expect(paged).toEqual(whole);
    }
  });

  test('the total counts every match, whatever the page', () => {
    const where = [{ field: 'status', op: 'equals' as const, value: 'completed' }];
    const page = listRecords(db, parseQuery({ table: 'visits', where, limit: 1, offset: 1 }));
    expect(page.rows.map((r) => r.id)).toEqual(['c']);
    expect(page.total).toBe(2);
    expect(
      listRecords(db, parseQuery({ table: 'visits', where, withTotal: false })).total,
    ).toBeNull();
    expect(countRecords(db, parseQuery({ table: 'visits', where, limit: 1 }))).toEqual({
      count: 2,
    });
    expect(listRecords(db, parseQuery({ table: 'visits', limit: 0 }))).toEqual({
      rows: [],
      total: 4,
    });
  });
});

describe('trash', () => {
  test('trashed records leave the list and the count, and the trash lists only them', () => {
    db.prepare("UPDATE visits SET deleted_at = '2024-04-01T00:00:00.000Z' WHERE id = 'b'").run();
    expect(visits({})).toEqual(['a', 'c', 'd']);
    expect(countRecords(db, parseQuery({ table: 'visits' })).count).toBe(3);
    expect(visits({ trash: true })).toEqual(['b']);
    expect(countRecords(db, parseQuery({ table: 'visits', trash: true })).count).toBe(1);
  });
});

describe('rows', () => {
  test('hold the asked columns and the id, with numbers as numbers and empty as null', () => {
    db.prepare("UPDATE visits SET city = '' WHERE id = 'a'").run();
    const { rows } = listRecords(
      db,
      parseQuery({
        table: 'visits',
        columns: ['title', 'city', 'meeting_count', 'start_date'],
        where: [{ field: 'id', op: 'equals', value: 'a' }],
      }),
    );
    expect(rows).toEqual([
      { id: 'a', title: 'banana', city: null, meeting_count: 0, start_date: '2023-09-19' },
    ]);
  });

  test('hold every field of the table when no columns are asked', () => {
    const [row] = listRecords(db, parseQuery({ table: 'visits', limit: 1 })).rows;
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        'id',
        'title',
        'traveller_id',
        'traveller',
        'city',
        'country',
        'start_date',
        'end_date',
        'purpose',
        'summary',
        'status',
        'meeting_count',
        'created_at',
        'updated_at',
      ].sort(),
    );
  });
});
