import { beforeEach, describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Query, TableName } from '../api.js';
import { listRecords } from '../query/query.js';
import { ids, insert, queryArchive } from './queryFixture.js';
import { parseQuery } from '../query/compileQuery.js';

let db: Database;

function list(table: TableName, query: Omit<Query, 'table'>): unknown[] {
  return ids(listRecords(db, parseQuery({ table, sort: [{ field: 'id' }], ...query })).rows);
}

beforeEach(() => {
  db = queryArchive();
  insert(db, 'people', { id: 'p1', name: 'Zhanna Ömirbek' });
  insert(db, 'people', { id: 'p2', name: 'Boris Lee' });
  insert(db, 'organisations', { id: 'o1', name: 'Ministry of Foreign Affairs' });
  insert(db, 'organisations', { id: 'o2', name: 'Asia Department', parent_id: 'o1' });
  insert(db, 'visits', { id: 'v1', title: 'Visit to Almaty', traveller_id: 'p1' });
  insert(db, 'visits', { id: 'v2', title: 'Visit to Seoul', traveller_id: 'p2' });
  insert(db, 'visits', { id: 'v3', title: 'Staff trip' });
  insert(db, 'meetings', { id: 'm1', visit_id: 'v1', venue: 'Ministry' });
  insert(db, 'meetings', { id: 'm2', venue: 'Headquarters' });
  insert(db, 'positions', { id: 'x1', person_id: 'p1', organisation_id: 'o2', title: 'Director' });
  insert(db, 'positions', { id: 'x2', person_id: 'p2', title: 'Adviser' });
  insert(db, 'events', { id: 'e1', title: 'Forum', organiser_id: 'o1' });
  insert(db, 'events', { id: 'e2', title: 'Summit' });
});

describe('joined display fields', () => {
  test('show the name of the referenced record', () => {
    const { rows } = listRecords(
      db,
      parseQuery({
        table: 'visits',
        columns: ['traveller'],
        sort: [{ field: 'id' }],
      }),
    );
    expect(rows).toEqual([
      { id: 'v1', traveller: 'Zhanna Ömirbek' },
      { id: 'v2', traveller: 'Boris Lee' },
      { id: 'v3', traveller: null },
    ]);
  });

  test('filter by the folded name of the referenced record', () => {
    const traveller = (op: 'contains' | 'equals' | 'in' | 'empty' | 'notEmpty', value?: unknown) =>
      list('visits', {
        where: [{ field: 'traveller', op, ...(value === undefined ? {} : { value }) }],
      } as Omit<Query, 'table'>);
    expect(traveller('contains', 'ömir')).toEqual(['v1']);
    expect(traveller('equals', 'BORIS LEE')).toEqual(['v2']);
    expect(traveller('in', ['boris lee', 'zhanna ömirbek'])).toEqual(['v1', 'v2']);
    expect(traveller('empty')).toEqual(['v3']);
    expect(traveller('notEmpty')).toEqual(['v1', 'v2']);
  });

  test('sort by the referenced name, records without one last', () => {
    expect(
      ids(listRecords(db, parseQuery({ table: 'visits', sort: [{ field: 'traveller' }] })).rows),
    ).toEqual(['v2', 'v1', 'v3']);
    const desc = listRecords(
      db,
      parseQuery({ table: 'visits', sort: [{ field: 'traveller', dir: 'desc' }] }),
    );
    expect(ids(desc.rows)).toEqual(['v1', 'v2', 'v3']);
  });

  test('work for every table that shows one', () => {
    expect(
      list('meetings', { where: [{ field: 'visit', op: 'contains', value: 'almaty' }] }),
    ).toEqual(['m1']);
    expect(list('meetings', { where: [{ field: 'visit', op: 'empty' }] })).toEqual(['m2']);
    expect(
      list('organisations', { where: [{ field: 'parent', op: 'contains', value: 'ministry' }] }),
    ).toEqual(['o2']);
    expect(
      list('positions', { where: [{ field: 'person', op: 'contains', value: 'boris' }] }),
    ).toEqual(['x2']);
    expect(
      list('positions', {
        where: [{ field: 'organisation', op: 'equals', value: 'asia department' }],
      }),
    ).toEqual(['x1']);
    expect(list('events', { where: [{ field: 'organiser', op: 'notEmpty' }] })).toEqual(['e1']);
    const { rows } = listRecords(
      db,
      parseQuery({
        table: 'positions',
        columns: ['person', 'organisation'],
        sort: [{ field: 'person' }],
      }),
    );
    expect(rows).toEqual([
      { id: 'x2', person: 'Boris Lee', organisation: null },
      { id: 'x1', person: 'Zhanna Ömirbek', organisation: 'Asia Department' },
    ]);
  });
});
