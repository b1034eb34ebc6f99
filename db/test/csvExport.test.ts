import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import type { Query } from '../api.js';
import { exportCsv } from '../csv/csvExport.js';
import { ArchiveError } from '../errors.js';
import { listRecords } from '../query/query.js';
import { saveRecords } from '../write/write.js';
import { tempArchive } from './tempArchive.js';
import { parseQuery } from '../query/compileQuery.js';

function readCsv(file: string, delimiter = ','): string[][] {
  return parse(fs.readFileSync(file, 'utf8'), { bom: true, delimiter }) as string[][];
}

const CORPUS = [
  '=1+1',
  '+CMD|calc',
  '-2+3',
  '@SUM(A1:A2)',
  "'already quoted",
  "'=quoted formula",
  'plain, with a comma',
  'a "quoted" word',
  'two\r\nlines',
  'semi;colon\ttab',
  'Астана — встреча',
];

describe('exportCsv', () => {
  test('neutralises formulas in text, keeps numbers as numbers, and quotes by RFC 4180', async () => {
    const { db, dir } = tempArchive();
    saveRecords(
      db,
      CORPUS.map((title) => ({ table: 'visits', values: { title } })),
    );
    const file = path.join(dir, 'visits.csv');
    const query: Query = {
      table: 'visits',
      columns: ['title', 'meeting_count'],
      sort: [{ field: 'title' }],
    };
    const result = await exportCsv(db, parseQuery(query), file);
    expect(result.rows).toBe(CORPUS.length);
    const raw = fs.readFileSync(file);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString('utf8').split('\r\n').at(-1)).toBe('');
    const [header, ...rows] = readCsv(file);
    expect(header).toEqual(['Title', 'Meetings']);
    const titles = rows.map((r) => r[0]!);
    for (const text of ['=1+1', '+CMD|calc', '-2+3', '@SUM(A1:A2)', "'=quoted formula"]) {
      expect(titles).toContain(`'${text}`);
    }
    for (const text of [
      "'already quoted",
      'plain, with a comma',
      'a "quoted" word',
      'two\r\nlines',
      'Астана — встреча',
    ]) {
      expect(titles).toContain(text);
    }
    expect(titles.every((t) => !/^[=+\-@]/.test(t))).toBe(true);
    expect(rows.every((r) => r[1] === '0')).toBe(true);
  });

  test('writes the very rows listRecords returns for the same query, in the same order', async () => {
    const { db, dir } = tempArchive();
    const countries = ['KZ', 'RU', 'CN', 'TR', null];
    saveRecords(
      db,
      Array.from({ length: 300 }, (_, i) => ({
        table: 'visits' as const,
        values: {
          title: `Visit ${i} to ${['Astana', 'Moscow', 'Beijing'][i % 3]}`,
          country: countries[i % 5],
          start_date: `20${10 + (i % 15)}-0${1 + (i % 9)}`,
          city: i % 7 === 0 ? null : `City ${i % 11}`,
        },
      })),
    );
    const query: Query = {
      table: 'visits',
      where: [{ field: 'country', op: 'in', value: ['KZ', 'RU', 'CN'] }],
      search: 'visit',
      sort: [{ field: 'start_date', dir: 'desc' }, { field: 'city' }],
      columns: ['start_date', 'title', 'city', 'country'],
    };
    const file = path.join(dir, 'out.csv');
    await exportCsv(db, parseQuery(query), file, { delimiter: 'semicolon', bom: false });
    const [header, ...rows] = readCsv(file, ';');
    const listed = listRecords(db, parseQuery({ ...query, limit: 1000 })).rows;
    expect(header).toEqual(['Start date', 'Title', 'City', 'Country']);
    expect(listed.length).toBe(180);
    expect(rows).toEqual(listed.map((r) => query.columns!.map((c) => String(r[c] ?? ''))));
  });

  test('uses the table’s on-screen columns by default, and shows dates as the table does', async () => {
    const { db, dir } = tempArchive();
    saveRecords(db, [
      { table: 'events', values: { title: 'Summit', start_date: '2022-10-12', status: 'held' } },
    ]);
    const file = path.join(dir, 'events.csv');
    await exportCsv(db, parseQuery({ table: 'events' }), file, {
      dates: 'shown',
      delimiter: 'tab',
    });
    expect(readCsv(file, '\t')).toEqual([
      ['Title', 'Start date', 'End date', 'City', 'Country', 'Organiser', 'Status'],
      ['Summit', '12 Oct 2022', '', '', '', '', 'held'],
    ]);
  });

  test('a cancelled export leaves no file behind and keeps the previous one', async () => {
    const { db, dir } = tempArchive();
    saveRecords(db, [{ table: 'topics', values: { name: 'Energy' } }]);
    const file = path.join(dir, 'topics.csv');
    fs.writeFileSync(file, 'previous');
    const controller = new AbortController();
    controller.abort();
    const refused = await exportCsv(db, parseQuery({ table: 'topics' }), file, {
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ArchiveError);
    expect(fs.readdirSync(dir).filter((f) => !f.startsWith('archive.db'))).toEqual(['topics.csv']);
    expect(fs.readFileSync(file, 'utf8')).toBe('previous');
  });

  test('a folder that does not exist is refused with a sentence', async () => {
    const { db, dir } = tempArchive();
    const refused = await exportCsv(
      db,
      parseQuery({ table: 'topics' }),
      path.join(dir, 'no', 'x.csv'),
    ).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'io_error' });
    expect((refused as Error).message).toMatch(/folder does not exist/);
  });
});
