import { beforeEach, describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Filter } from '../api.js';
import { listRecords } from '../query/query.js';
import { ids, insert, queryArchive } from './queryFixture.js';
import { parseQuery } from '../query/compileQuery.js';

let db: Database;

/** The ids of the visits a filter keeps, in id order. */
function visits(...where: Filter[]): unknown[] {
  return ids(listRecords(db, parseQuery({ table: 'visits', where, sort: [{ field: 'id' }] })).rows);
}

beforeEach(() => {
  db = queryArchive();
  insert(db, 'people', { id: 'p1', name: 'Anna Petrova' });
  insert(db, 'people', { id: 'p2', name: 'Omar Haddad' });
  insert(db, 'visits', {
    id: 'v1',
    title: 'Working visit to Astana',
    traveller_id: 'p1',
    city: 'Astana',
    country: 'KZ',
    start_date: '2023-09-19',
    end_date: '2023-09-21',
    summary: 'Talks on connectivity',
    status: 'completed',
    created_at: '2024-02-10T08:00:00.000Z',
  });
  insert(db, 'visits', {
    id: 'v2',
    title: 'Visit to Beijing',
    traveller_id: 'p2',
    city: 'Beijing',
    country: 'CN',
    start_date: '2023-09',
    created_at: '2024-02-11T23:59:59.000Z',
  });
  insert(db, 'visits', {
    id: 'v3',
    title: 'Visit to Moscow',
    city: 'Moscow',
    country: 'RU',
    start_date: '2021',
    status: 'cancelled',
    created_at: '2024-03-01T00:00:00.000Z',
  });
  insert(db, 'visits', { id: 'v4', title: 'Unplaced: 50%_off', city: '' });
  insert(db, 'meetings', { id: 'm1', visit_id: 'v1', date: '2023-09-19' });
  insert(db, 'meetings', { id: 'm2', visit_id: 'v1', date: '2023-09-20' });
  insert(db, 'meetings', { id: 'm3', visit_id: 'v2', date: '2023-09' });
});

describe('text fields', () => {
  test('contains matches a folded substring, and % and _ are plain characters', () => {
    expect(visits({ field: 'title', op: 'contains', value: 'VISIT TO' })).toEqual([
      'v1',
      'v2',
      'v3',
    ]);
    expect(visits({ field: 'title', op: 'contains', value: '50%' })).toEqual(['v4']);
    expect(visits({ field: 'title', op: 'contains', value: '_' })).toEqual(['v4']);
    expect(visits({ field: 'title', op: 'contains', value: 'a%z' })).toEqual([]);
  });

  test('equals and in compare whole folded values', () => {
    expect(visits({ field: 'title', op: 'equals', value: 'visit to beijing' })).toEqual(['v2']);
    expect(visits({ field: 'title', op: 'equals', value: 'visit to' })).toEqual([]);
    const value = ['Visit to Moscow', 'VISIT TO BEIJING'];
    expect(visits({ field: 'title', op: 'in', value })).toEqual(['v2', 'v3']);
  });

  test('empty finds missing and blank text; notEmpty the rest', () => {
    expect(visits({ field: 'city', op: 'empty' })).toEqual(['v4']);
    expect(visits({ field: 'city', op: 'notEmpty' })).toEqual(['v1', 'v2', 'v3']);
    expect(visits({ field: 'summary', op: 'empty' })).toEqual(['v2', 'v3', 'v4']);
  });

  test('a cleared contains box keeps every record', () => {
    expect(visits({ field: 'title', op: 'contains', value: '' })).toEqual(['v1', 'v2', 'v3', 'v4']);
  });
});

describe('id fields', () => {
  test('equals, in, empty and notEmpty compare the id exactly', () => {
    expect(visits({ field: 'traveller_id', op: 'equals', value: 'p1' })).toEqual(['v1']);
    expect(visits({ field: 'traveller_id', op: 'equals', value: 'P1' })).toEqual([]);
    expect(visits({ field: 'traveller_id', op: 'in', value: ['p1', 'p2'] })).toEqual(['v1', 'v2']);
    expect(visits({ field: 'traveller_id', op: 'empty' })).toEqual(['v3', 'v4']);
    expect(visits({ field: 'traveller_id', op: 'notEmpty' })).toEqual(['v1', 'v2']);
    expect(visits({ field: 'id', op: 'in', value: [] })).toEqual([]);
  });
});

describe('partial dates filter as the span they cover', () => {
  const start = (op: Filter['op'], value?: Filter['value']): unknown[] =>
    visits({ field: 'start_date', op, ...(value === undefined ? {} : { value }) });

  test('equals keeps records whose span meets the value’s span', () => {
    expect(start('equals', '2023')).toEqual(['v1', 'v2']);
    expect(start('equals', '2023-09')).toEqual(['v1', 'v2']);
    expect(start('equals', '2023-09-19')).toEqual(['v1', 'v2']);
    expect(start('equals', '2023-09-01')).toEqual(['v2']);
    expect(start('equals', '2022')).toEqual([]);
  });

  test('before keeps records that may start before the value begins', () => {
    expect(start('before', '2023-09-19')).toEqual(['v2', 'v3']);
    expect(start('before', '2023-09')).toEqual(['v3']);
    expect(start('before', '2023')).toEqual(['v3']);
    expect(start('before', '2021')).toEqual([]);
  });

  test('after keeps records that may end after the value ends', () => {
    expect(start('after', '2023-09-01')).toEqual(['v1', 'v2']);
    expect(start('after', '2023-09')).toEqual([]);
    expect(start('after', '2021-06')).toEqual(['v1', 'v2', 'v3']);
    expect(start('after', '2020-12-31')).toEqual(['v1', 'v2', 'v3']);
  });

  test('between keeps records whose span meets the range, in either order', () => {
    expect(start('between', ['2021-03', '2022'])).toEqual(['v3']);
    expect(start('between', ['2023-09-20', '2023-12'])).toEqual(['v2']);
    expect(start('between', ['2023-12', '2023-09-20'])).toEqual(['v2']);
    expect(start('between', ['2020', '2023-09-19'])).toEqual(['v1', 'v2', 'v3']);
  });

  test('a year given as a number is a year', () => {
    expect(start('equals', 2021)).toEqual(['v3']);
  });

  test('empty and notEmpty look at the stored date', () => {
    expect(start('empty')).toEqual(['v4']);
    expect(start('notEmpty')).toEqual(['v1', 'v2', 'v3']);
    expect(visits({ field: 'end_date', op: 'notEmpty' })).toEqual(['v1']);
  });
});

describe('timestamps compare by the day they fall on', () => {
  const created = (op: Filter['op'], value: Filter['value']): unknown[] =>
    visits({ field: 'created_at', op, value });

  test('equals, before, after and between', () => {
    expect(created('equals', '2024-02')).toEqual(['v1', 'v2']);
    expect(created('equals', '2024-02-11')).toEqual(['v2']);
    expect(created('equals', '2024-02-11T05:00:00.000Z')).toEqual(['v2']);
    expect(created('before', '2024-02-11')).toEqual(['v1', 'v4']);
    expect(created('after', '2024-02-10')).toEqual(['v2', 'v3']);
    expect(created('between', ['2024-02-11', '2024-03'])).toEqual(['v2', 'v3']);
  });
});

describe('countries', () => {
  test('codes in any case and English names select ISO codes', () => {
    expect(visits({ field: 'country', op: 'equals', value: 'kz' })).toEqual(['v1']);
    expect(visits({ field: 'country', op: 'in', value: ['ru', 'CN'] })).toEqual(['v2', 'v3']);
    expect(visits({ field: 'country', op: 'in', value: ['Russia'] })).toEqual(['v3']);
    expect(visits({ field: 'country', op: 'empty' })).toEqual(['v4']);
    expect(visits({ field: 'country', op: 'notEmpty' })).toEqual(['v1', 'v2', 'v3']);
  });
});

describe('enums', () => {
  test('equals and in take the allowed values, in any case', () => {
    expect(visits({ field: 'status', op: 'equals', value: 'completed' })).toEqual(['v1']);
    expect(visits({ field: 'status', op: 'equals', value: 'Completed' })).toEqual(['v1']);
    const value = ['planned', 'cancelled'];
    expect(visits({ field: 'status', op: 'in', value })).toEqual(['v2', 'v3', 'v4']);
    expect(visits({ field: 'status', op: 'notEmpty' })).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(visits({ field: 'status', op: 'empty' })).toEqual([]);
  });
});

describe('numbers', () => {
  test('meeting_count follows the live meetings and compares as a number', () => {
    const count = (op: Filter['op'], value?: Filter['value']): unknown[] =>
      visits({ field: 'meeting_count', op, ...(value === undefined ? {} : { value }) });
    expect(count('equals', 2)).toEqual(['v1']);
    expect(count('equals', '2')).toEqual(['v1']);
    expect(count('in', [1, 2])).toEqual(['v1', 'v2']);
    expect(count('before', 1)).toEqual(['v3', 'v4']);
    expect(count('after', 0)).toEqual(['v1', 'v2']);
    expect(count('between', [2, 1])).toEqual(['v1', 'v2']);
    expect(count('notEmpty')).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(count('empty')).toEqual([]);
    db.prepare("UPDATE meetings SET deleted_at = '2024-05-01' WHERE id = 'm1'").run();
    expect(count('equals', 1)).toEqual(['v1', 'v2']);
  });
});

test('filters combine with AND', () => {
  expect(
    visits(
      { field: 'start_date', op: 'equals', value: '2023' },
      { field: 'country', op: 'in', value: ['CN', 'RU'] },
    ),
  ).toEqual(['v2']);
});
