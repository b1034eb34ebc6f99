import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Query } from '../api.js';
import { compileQuery, parseQuery } from '../query/compileQuery.js';
import { ArchiveError } from '../errors.js';
import { countRecords, listRecords } from '../query/query.js';
import { insert, queryArchive } from './queryFixture.js';

let db: Database;
let dir: string;
const executed: string[] = [];

beforeEach(() => {
  const setup = queryArchive();
  insert(setup, 'visits', { id: 'v1', title: 'Visit to Astana' });
  setup.pragma('wal_checkpoint(TRUNCATE)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  const file = path.join(dir, 'archive.db');
  fs.writeFileSync(file, setup.serialize());
  // Every statement SQLite runs on this connection is recorded.
  db = new DatabaseConstructor(file, { verbose: (sql) => executed.push(String(sql)) });
  executed.length = 0;
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function refusal(query: unknown): ArchiveError {
  for (const run of [listRecords, countRecords]) {
    try {
      run(db, parseQuery(query as Query));
    } catch (e) {
      expect(e).toBeInstanceOf(ArchiveError);
      continue;
    }
    throw new Error(`accepted: ${JSON.stringify(query)}`);
  }
  expect(executed).toEqual([]);
  try {
    compileQuery(parseQuery(query as Query));
  } catch (e) {
    return e as ArchiveError;
  }
  throw new Error('compiled');
}

const visits = (rest: Omit<Query, 'table'>): Query => ({ table: 'visits', ...rest });
const where = (field: string, op: string, value?: unknown) =>
  visits({ where: [{ field, op, value }] } as Omit<Query, 'table'>);

const REFUSED: [string, unknown, string, RegExp][] = [
  ['an unknown table', { table: 'users' }, 'table', /visits, meetings/],
  [
    'an unknown field',
    where('colour', 'equals', 'red'),
    'where.0.field',
    /Use one of: “id”, “title”/,
  ],
  ['SQL as a field', where('title; DROP TABLE visits', 'equals', 'x'), 'where.0.field', /title/],
  [
    'SQL as a sort field',
    visits({ sort: [{ field: 'rid; DROP TABLE visits' }] }),
    'sort.0.field',
    /title/,
  ],
  [
    'SQL as a column',
    visits({ columns: ['title', '1); DROP TABLE visits; --'] }),
    'columns.1',
    /title/,
  ],
  ['a shadow column', where('title_fold', 'equals', 'x'), 'where.0.field', /title/],
  ['an unknown operator', where('title', 'like', 'x'), 'where.0.op', /contains/],
  [
    'contains on a date',
    where('start_date', 'contains', '2023'),
    'where.0.op',
    /“before”, “after”/,
  ],
  ['before on text', where('title', 'before', 'x'), 'where.0.op', /“contains”, “equals”/],
  ['contains on a country', where('country', 'contains', 'R'), 'where.0.op', /“equals”, “in”/],
  ['a date that is not one', where('start_date', 'after', 'last May'), 'where.0.value', /2023-09/],
  [
    'a day that does not exist',
    where('start_date', 'equals', '2023-02-30'),
    'where.0.value',
    /2023-09-19/,
  ],
  [
    'between with one value',
    where('start_date', 'between', ['2021']),
    'where.0.value',
    /two values/,
  ],
  ['between with a scalar', where('start_date', 'between', '2021'), 'where.0.value', /two values/],
  ['in without a list', where('country', 'in', 'RU'), 'where.0.value', /list/],
  ['empty with a value', where('city', 'empty', 'x'), 'where.0.value', /no value/],
  ['equals without a value', where('city', 'equals'), 'where.0.value', /one value/],
  ['equals with a list', where('city', 'equals', ['a', 'b']), 'where.0.value', /one value/],
  [
    'a status not allowed',
    where('status', 'equals', 'done'),
    'where.0.value',
    /Planned, Completed/,
  ],
  [
    'a count that is not a number',
    where('meeting_count', 'after', 'many'),
    'where.0.value',
    /number/,
  ],
  [
    'a country that is not one',
    where('country', 'in', ['Atlantis']),
    'where.0.value',
    /is not a country/,
  ],
  ['a negative offset', visits({ offset: -1 }), 'offset', /./],
  ['a page too large', visits({ limit: 100_000 }), 'limit', /./],
  [
    'a bad filter beside a search',
    { ...where('colour', 'equals', 'x'), search: 'astana' },
    'where.0.field',
    /title/,
  ],
  [
    'a bad value beside a substring',
    where('summary', 'contains', ['a', 'b']),
    'where.0.value',
    /one value/,
  ],
  ['an unknown query key', { table: 'visits', order: 'title' }, 'query', /./],
];

describe('a refused query', () => {
  test.each(REFUSED)(
    '%s is refused with invalid_input, running nothing',
    (_, query, at, allowed) => {
      const error = refusal(query);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/^The query was refused/);
      const detail = error.details?.find((d) => d.path === at);
      expect(detail?.message).toMatch(allowed);
    },
  );

  test('names every problem at once', () => {
    const error = refusal(
      visits({
        where: [
          { field: 'nope', op: 'equals', value: 1 },
          { field: 'start_date', op: 'before', value: 'soon' },
        ],
        sort: [{ field: 'nope' }],
      }),
    );
    expect(error.details?.map((d) => d.path)).toEqual([
      'where.0.field',
      'where.1.value',
      'sort.0.field',
    ]);
  });

  test('leaves the archive as it was', () => {
    refusal(where('title; DROP TABLE visits', 'equals', 'x'));
    expect(listRecords(db, parseQuery({ table: 'visits' })).rows.map((r) => r.id)).toEqual(['v1']);
    expect(executed.some((sql) => sql.includes('FROM visits'))).toBe(true);
  });
});
