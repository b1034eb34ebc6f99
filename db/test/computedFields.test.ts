import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Query, Row } from '../api.js';
import { compileQuery, parseQuery } from '../query/compileQuery.js';
import { listProbes } from '../query/computedFields.js';
import { exportCsv } from '../csv/csvExport.js';
import { listRecords } from '../query/query.js';
import { deleteRecords } from '../write/write.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

/** Two people with careers, three meetings with counterparts and topics. */
function archive() {
  const { db, dir } = tempArchive();
  const mfa = create(db, 'organisations', { name: 'Ministry of Foreign Affairs' });
  const un = create(db, 'organisations', { name: 'United Nations' });
  const lukin = create(db, 'people', { name: 'Alexander Lukin' });
  const petrova = create(db, 'people', { name: 'Anna Petrova' });
  const head = create(db, 'people', { name: 'Kairat Sarybay' });
  const quiet = create(db, 'people', { name: 'Zhanna Quiet' });
  // Lukin's current post has no end date, though an ended one started later.
  create(db, 'positions', {
    person_id: lukin,
    organisation_id: mfa,
    title: 'Deputy Minister',
    start_date: '2019',
  });
  create(db, 'positions', {
    person_id: lukin,
    organisation_id: un,
    title: 'Adviser',
    start_date: '2021',
    end_date: '2022',
  });
  // Petrova's posts have all ended: the latest start is shown.
  create(db, 'positions', {
    person_id: petrova,
    title: 'Director',
    start_date: '2015',
    end_date: '2018',
  });
  create(db, 'positions', {
    person_id: petrova,
    organisation_id: un,
    title: 'Envoy',
    start_date: '2018-03',
    end_date: '2020',
  });
  const security = create(db, 'topics', { name: 'Security' });
  const energy = create(db, 'topics', { name: 'Energy' });
  const old = create(db, 'topics', { name: 'Archived topic' });
  const side = (person: string, s = 'counterpart') => ({ person_id: person, side: s });
  const m1 = create(db, 'meetings', {
    date: '2023-01-10',
    participants: [side(petrova), side(head, 'secretariat'), side(lukin)],
    topic_ids: [security, energy, old],
  });
  const m2 = create(db, 'meetings', {
    date: '2023-02-10',
    participants: [side(lukin), side(head, 'secretariat')],
    topic_ids: [energy],
  });
  const m3 = create(db, 'meetings', {
    date: '2023-03-10',
    participants: [side(head, 'secretariat')],
  });
  const trashed = create(db, 'meetings', { date: '2023-04-10', participants: [side(lukin)] });
  deleteRecords(db, { table: 'meetings', ids: [trashed] });
  deleteRecords(db, { table: 'topics', ids: [old] });
  return { db, dir, lukin, petrova, head, quiet, m1, m2, m3 };
}

function list(db: Database, query: Query): Row[] {
  return listRecords(db, parseQuery({ limit: 1000, ...query })).rows;
}

const meetings = (db: Database, where: Query['where'] = [], sort: Query['sort'] = []) =>
  list(db, { table: 'meetings', where, sort, columns: ['date', 'counterparts', 'topics'] });

describe('computed fields', () => {
  test('a meeting’s counterparts in participant order, and its live topics by name', () => {
    const a = archive();
    expect(meetings(a.db, [], [{ field: 'date', dir: 'asc' }])).toEqual([
      {
        id: a.m1,
        date: '2023-01-10',
        counterparts: 'Anna Petrova; Alexander Lukin',
        topics: 'Energy; Security',
      },
      { id: a.m2, date: '2023-02-10', counterparts: 'Alexander Lukin', topics: 'Energy' },
      { id: a.m3, date: '2023-03-10', counterparts: null, topics: null },
    ]);
  });

  test('a person’s current position and live meeting count', () => {
    const a = archive();
    const people = list(a.db, { table: 'people', columns: ['name', 'position', 'meeting_count'] });
    expect(people).toEqual([
      {
        id: a.lukin,
        name: 'Alexander Lukin',
        position: 'Deputy Minister, Ministry of Foreign Affairs',
        meeting_count: 2,
      },
      { id: a.petrova, name: 'Anna Petrova', position: 'Envoy, United Nations', meeting_count: 1 },
      { id: a.head, name: 'Kairat Sarybay', position: null, meeting_count: 3 },
      { id: a.quiet, name: 'Zhanna Quiet', position: null, meeting_count: 0 },
    ]);
  });

  test('filter with the text operators, whatever the case', () => {
    const a = archive();
    const ids = (where: Query['where']) => meetings(a.db, where).map((m) => m.id);
    const c = (op: string, value?: unknown) =>
      [{ field: 'counterparts', op, value }] as Query['where'];
    expect(ids(c('contains', 'LUKIN'))).toEqual([a.m2, a.m1]);
    expect(ids(c('contains', 'petrova; alex'))).toEqual([a.m1]);
    expect(ids(c('contains', ' alex'))).toEqual([a.m1]);
    expect(ids(c('equals', 'alexander lukin'))).toEqual([a.m2]);
    expect(ids(c('in', ['Alexander Lukin', 'Anna Petrova; Alexander Lukin']))).toEqual([
      a.m2,
      a.m1,
    ]);
    expect(ids(c('empty'))).toEqual([a.m3]);
    expect(ids(c('notEmpty'))).toEqual([a.m2, a.m1]);
    expect(ids(c('contains', 'Sarybay'))).toEqual([]);
    expect(ids([{ field: 'topics', op: 'contains', value: 'secur' }])).toEqual([a.m1]);
    expect(ids([{ field: 'topics', op: 'contains', value: 'archived' }])).toEqual([]);
    expect(ids([{ field: 'topics', op: 'equals', value: 'energy' }])).toEqual([a.m2]);
    const people = (where: Query['where']) =>
      list(a.db, { table: 'people', where, columns: ['name'] }).map((p) => p.name);
    expect(people([{ field: 'position', op: 'contains', value: 'minister' }])).toEqual([
      'Alexander Lukin',
    ]);
    expect(people([{ field: 'position', op: 'empty' }])).toEqual([
      'Kairat Sarybay',
      'Zhanna Quiet',
    ]);
  });

  test('a filter on a list answers the same rows whether it drives the query or not', () => {
    const a = archive();
    for (const where of [
      [{ field: 'counterparts', op: 'contains', value: 'lukin' }],
      [{ field: 'topics', op: 'contains', value: 'energy' }],
    ] as const) {
      const query: Query = { table: 'meetings', where: [...where], columns: ['date'] };
      const run = (broadLists: number[]) => {
        const c = compileQuery(parseQuery(query), { broadLists });
        return a.db.prepare(c.sql).all(...c.params);
      };
      expect(run([0])).toEqual(run([]));
      expect(run([0])).toHaveLength(2);
    }
    expect(
      listProbes('meetings', [{ field: 'counterparts', op: 'contains', value: 'a;b' }]),
    ).toEqual([]);
  });

  test('filter the meeting count with the number operators', () => {
    const a = archive();
    const names = (op: string, value: unknown) =>
      list(a.db, {
        table: 'people',
        where: [{ field: 'meeting_count', op, value }] as Query['where'],
        columns: ['name'],
      }).map((p) => p.name);
    expect(names('after', 1)).toEqual(['Alexander Lukin', 'Kairat Sarybay']);
    expect(names('equals', 0)).toEqual(['Zhanna Quiet']);
    expect(names('between', [1, 2])).toEqual(['Alexander Lukin', 'Anna Petrova']);
    expect(names('in', [3, 0])).toEqual(['Kairat Sarybay', 'Zhanna Quiet']);
  });

  test('sort, empty values last in both directions', () => {
    const a = archive();
    const sorted = (table: 'people' | 'meetings', field: string, dir: 'asc' | 'desc') =>
      list(a.db, { table, sort: [{ field, dir }], columns: [field] }).map((r) => r.id);
    expect(sorted('people', 'meeting_count', 'desc')).toEqual([
      a.head,
      a.lukin,
      a.petrova,
      a.quiet,
    ]);
    expect(sorted('people', 'meeting_count', 'asc')).toEqual([a.quiet, a.petrova, a.lukin, a.head]);
    expect(sorted('people', 'position', 'asc')).toEqual([a.lukin, a.petrova, a.head, a.quiet]);
    expect(sorted('people', 'position', 'desc')).toEqual([a.petrova, a.lukin, a.quiet, a.head]);
    expect(sorted('meetings', 'counterparts', 'asc')).toEqual([a.m2, a.m1, a.m3]);
    expect(sorted('meetings', 'topics', 'desc')).toEqual([a.m1, a.m2, a.m3]);
  });

  test('export to CSV with their labels', async () => {
    const a = archive();
    const file = path.join(a.dir, 'meetings.csv');
    await exportCsv(
      a.db,
      parseQuery({
        table: 'meetings',
        columns: ['date', 'counterparts', 'topics'],
        where: [{ field: 'counterparts', op: 'contains', value: 'lukin' }],
        sort: [{ field: 'date', dir: 'asc' }],
      }),
      file,
    );
    const rows = parse(fs.readFileSync(file, 'utf8'), { bom: true }) as string[][];
    expect(rows).toEqual([
      ['Date', 'Counterparts', 'Topics'],
      ['2023-01-10', 'Anna Petrova; Alexander Lukin', 'Energy; Security'],
      ['2023-02-10', 'Alexander Lukin', 'Energy'],
    ]);
    const people = path.join(a.dir, 'people.csv');
    await exportCsv(
      a.db,
      parseQuery({ table: 'people', columns: ['name', 'position', 'meeting_count'] }),
      people,
    );
    const [header, first] = parse(fs.readFileSync(people, 'utf8'), { bom: true }) as string[][];
    expect(header).toEqual(['Name', 'Position', 'Meetings']);
    expect(first).toEqual(['Alexander Lukin', 'Deputy Minister, Ministry of Foreign Affairs', '2']);
  });

  test('cannot be written by a save', () => {
    const a = archive();
    expect(() => create(a.db, 'meetings', { date: '2024', counterparts: 'Someone' })).toThrow(
      /not saved/,
    );
  });
});
