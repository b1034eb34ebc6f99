import { beforeEach, describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import { timeline } from '../timeline/timeline.js';
import { insert, queryArchive } from './queryFixture.js';
import { parseQuery } from '../query/compileQuery.js';

let db: Database;

beforeEach(() => {
  db = queryArchive();
  insert(db, 'people', { id: 'p1', name: 'Zhanna Ömirbek' });
  insert(db, 'visits', {
    id: 'v2',
    title: 'Visit to Seoul',
    country: 'KR',
    city: 'Seoul',
    start_date: '2023-09',
    status: 'completed',
  });
  insert(db, 'visits', {
    id: 'v1',
    title: 'Visit to Almaty',
    traveller_id: 'p1',
    city: 'Almaty',
    country: 'KZ',
    start_date: '2023-03-10',
    end_date: '2023-03-12',
    status: 'completed',
  });
  insert(db, 'visits', { id: 'v3', title: 'Undated trip' });
  insert(db, 'meetings', { id: 'm2', visit_id: 'v1', date: '2023-03-11' });
  insert(db, 'meetings', { id: 'm1', visit_id: 'v1', date: '2023-03-10' });
  insert(db, 'meetings', { id: 'm3', visit_id: 'v2', date: '2023-09-05', deleted_at: '2024' });
  insert(db, 'events', { id: 'e1', title: 'Forum', start_date: '2023-06-01', status: 'held' });
  insert(db, 'events', { id: 'e2', title: 'Later summit', start_date: '2025-01-01' });
});

describe('timeline', () => {
  test('lists dated visits by start, with traveller, place, span and meeting days from its start', () => {
    const data = timeline(db, parseQuery({ table: 'visits' }));
    expect(data.visits).toEqual([
      [
        'v1',
        'Visit to Almaty',
        'Almaty',
        'KZ',
        'Zhanna Ömirbek',
        '2023-03-10',
        '2023-03-12',
        0,
        'completed',
        [0, 1],
      ],
      ['v2', 'Visit to Seoul', 'Seoul', 'KR', null, '2023-09-01', '2023-09-30', 1, 'completed', []],
    ]);
    expect(data.undated).toBe(1);
    expect(data.truncated).toBe(false);
  });

  test('leaves out a trashed meeting, not its twin on the same day', () => {
    insert(db, 'meetings', { id: 'm4', visit_id: 'v1', date: '2023-03-11' });
    insert(db, 'meetings', { id: 'm5', visit_id: 'v1', date: '2023-03-11', deleted_at: '2024' });
    insert(db, 'meetings', { id: 'm6', visit_id: 'v1', date: '2023-03-12', deleted_at: '2024' });
    const v1 = timeline(db, parseQuery({ table: 'visits' })).visits.find((v) => v[0] === 'v1');
    expect(v1?.[9]).toEqual([0, 1, 1]);
  });

  test('holds the events of the period of the visits only', () => {
    const data = timeline(db, parseQuery({ table: 'visits' }));
    expect(data.events).toEqual([['e1', 'Forum', '2023-06-01', '2023-06-01', 0, 'held']]);
  });

  test('follows the filters and search of the query, whatever its page', () => {
    const data = timeline(
      db,
      parseQuery({
        table: 'visits',
        where: [{ field: 'country', op: 'equals', value: 'KR' }],
        limit: 0,
        offset: 5,
      }),
    );
    expect(data.visits.map((v) => v[0])).toEqual(['v2']);
    expect(
      timeline(db, parseQuery({ table: 'visits', search: 'almaty' })).visits.map((v) => v[0]),
    ).toEqual(['v1']);
  });

  test('refuses a query on another table', () => {
    expect(() => timeline(db, parseQuery({ table: 'meetings' }))).toThrow(/timeline shows visits/);
  });
});
