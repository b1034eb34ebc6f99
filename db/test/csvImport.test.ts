import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import type { TableName } from '../api.js';
import { listBackups } from '../backupRotation.js';
import { importCsv, previewCsvImport } from '../csvImport.js';
import { ArchiveError } from '../errors.js';
import { listRecords } from '../query.js';
import { undo } from '../write.js';
import { create, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'csv');

function input(table: TableName, file: string | Buffer, mapping?: Record<string, string | null>) {
  const bytes = typeof file === 'string' ? Buffer.from(file) : file;
  return { table, file: bytes.toString('base64'), ...(mapping ? { mapping } : {}) };
}

async function refused(promise: Promise<unknown>): Promise<ArchiveError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ArchiveError) return e;
    throw e;
  }
  throw new Error('expected the import to be refused');
}

const names = (db: Parameters<typeof listRecords>[0], table: TableName, field = 'name') =>
  listRecords(db, { table, columns: [field], sort: [{ field }] }).rows.map((r) => r[field]);

describe('previewCsvImport and importCsv', () => {
  test('one bad row among valid ones: listed with its line, and nothing is written', async () => {
    const { db } = tempArchive();
    const before = snapshot(db);
    const csv =
      'Title,Country,Start date\r\nFirst,KZ,2023\r\n"Second, with a\r\nline break",XX,2023-02\r\nThird,,2024\r\n';
    const preview = previewCsvImport(db, input('visits', csv));
    expect(preview).toMatchObject({ rows: 3, refusedRows: 1, problemCount: 1, written: false });
    expect(preview.problems).toEqual([
      { line: 3, field: 'Country', message: expect.stringMatching(/"XX" is not an ISO 3166/) },
    ]);
    expect(snapshot(db)).toBe(before);
    const e = await refused(importCsv(db, input('visits', csv)));
    expect(e.code).toBe('validation_failed');
    expect(e.message).toMatch(/1 of 3 rows .* nothing was imported/);
    expect(e.details).toEqual([
      { path: 'line 3: Country', message: expect.stringMatching(/"XX" is not an ISO 3166/) },
    ]);
    expect(snapshot(db)).toBe(before);
    expect(listBackups(db.name)).toEqual([]);
  });

  test('every problem of every row is listed, in line order', () => {
    const { db } = tempArchive();
    const csv = 'Title;Start date;End date;Status\n;2023;;\nB;2023-02-30;;\nC;2024;2023;done\n';
    const preview = previewCsvImport(db, input('visits', csv));
    expect(preview.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'Title'],
      [3, 'Start date'],
      [4, 'Status'],
      [4, 'End date'],
    ]);
    expect(preview.refusedRows).toBe(3);
  });

  test('an import is one action after a backup: one undo takes every row back', async () => {
    const { db } = tempArchive();
    create(db, 'topics', { name: 'Already here' });
    const csv = 'name;description\nEnergy;Oil and gas\nTransport;"Rail; roads"\n';
    const result = await importCsv(db, input('topics', csv));
    expect(result).toMatchObject({ rows: 2, delimiter: 'semicolon', written: true });
    expect(names(db, 'topics')).toEqual(['Already here', 'Energy', 'Transport']);
    const backups = listBackups(db.name);
    expect(backups.map((b) => b.kind)).toEqual(['pre-import']);
    undo(db);
    expect(names(db, 'topics')).toEqual(['Already here']);
  });

  test('reads a Windows-1251 file from a Russian Excel, with its columns mapped', async () => {
    const { db } = tempArchive();
    const bytes = fs.readFileSync(path.join(FIXTURES, 'people-windows-1251.csv'));
    const unmapped = previewCsvImport(db, input('people', bytes));
    expect(unmapped).toMatchObject({ encoding: 'windows-1251', delimiter: 'semicolon', rows: 3 });
    expect(unmapped.problems.map((p) => [p.line, p.field])).toEqual([
      [1, 'Имя'],
      [1, 'Страна'],
      [1, 'Другие написания'],
      [1, 'Заметки'],
      [1, ''],
    ]);
    expect(unmapped.problems[4]!.message).toMatch(/No column fills Name, which every person needs/);
    const mapping = {
      Имя: 'name',
      Страна: 'country',
      'Другие написания': 'aliases',
      Заметки: null,
    };
    const preview = previewCsvImport(db, input('people', bytes, mapping));
    expect(preview.problems).toEqual([]);
    expect(preview.sample[0]).toEqual({
      name: 'Нурсултан Назарбаев',
      country: 'KZ',
      aliases: 'Н. Назарбаев; Nursultan Nazarbayev',
    });
    await importCsv(db, input('people', bytes, mapping));
    const rows = listRecords(db, { table: 'people', sort: [{ field: 'name' }] }).rows;
    expect(rows.map((r) => [r.name, r.aliases, r.notes]).sort()).toEqual([
      ['Ёлкин Пётр', '[]', null],
      ['Касым-Жомарт Токаев', '[]', null],
      ['Нурсултан Назарбаев', '["Н. Назарбаев","Nursultan Nazarbayev"]', null],
    ]);
  });

  test('reads Windows-1252, UTF-16 with its mark, and UTF-8 with or without one', () => {
    const { db } = tempArchive();
    const read = (bytes: Buffer) => previewCsvImport(db, input('people', bytes));
    const western = read(iconv.encode('Name\r\nJosé Müller\r\n', 'win1252'));
    expect(western).toMatchObject({ encoding: 'windows-1252', sample: [{ name: 'José Müller' }] });
    const utf16 = read(
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        iconv.encode('Name\tNotes\r\n李明\tПосол\r\n', 'utf-16le'),
      ]),
    );
    expect(utf16).toMatchObject({
      encoding: 'utf-16le',
      delimiter: 'tab',
      sample: [{ name: '李明' }],
    });
    const bom = read(Buffer.from('\uFEFFName,Notes\r\nمحمد,🤝\r\n'));
    expect(bom).toMatchObject({
      encoding: 'utf-8',
      delimiter: 'comma',
      sample: [{ name: 'محمد' }],
    });
    expect(read(Buffer.from('Name\nAigerim\n'))).toMatchObject({ encoding: 'utf-8', rows: 1 });
  });

  test('finds the delimiter from the header, whatever the cells hold', () => {
    const { db } = tempArchive();
    const delimiter = (csv: string) => previewCsvImport(db, input('topics', csv)).delimiter;
    expect(delimiter('Name;Description\nA;one, two, three\n')).toBe('semicolon');
    expect(delimiter('Name\tDescription\nA;B\tone, two\n')).toBe('tab');
    expect(delimiter('"Name;odd",Description\nA,B\n')).toBe('comma');
    expect(delimiter('Name\nA\n')).toBe('comma');
  });

  test('a column matching no field is a problem until it is mapped or left out', () => {
    const { db } = tempArchive();
    const csv = 'Name,Shoe size,Id,Last changed\nAigerim,38,abc,2020-01-01T00:00:00Z\n';
    const plain = previewCsvImport(db, input('people', csv));
    expect(plain.problems).toEqual([
      { line: 1, field: 'Shoe size', message: expect.stringMatching(/matches no field of people/) },
    ]);
    expect(plain.columns.map((c) => [c.field, !!c.note])).toEqual([
      ['name', false],
      [null, false],
      [null, true],
      [null, true],
    ]);
    expect(plain.columns[2]!.note).toMatch(/every row becomes a new record/);
    expect(previewCsvImport(db, input('people', csv, { 'Shoe size': null })).problems).toEqual([]);
    const mapped = previewCsvImport(db, input('people', csv, { 'Shoe size': 'notes' }));
    expect(mapped.sample).toEqual([{ name: 'Aigerim', notes: '38' }]);
    const twice = previewCsvImport(db, input('people', csv, { 'Shoe size': 'name' }));
    expect(twice.problems[0]!.message).toMatch(/“Name” and “Shoe size” both fill Name/);
    expect(previewCsvImport(db, input('people', csv)).fields).toContain('aliases');
  });

  test('a file that is not CSV, an empty one, and an unclosed quote are refused in a sentence', () => {
    const { db } = tempArchive();
    const read = (file: string | Buffer) => () => previewCsvImport(db, input('people', file));
    expect(read(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toThrow(/not a CSV file/);
    expect(read('')).toThrow(/empty/);
    expect(read('Name,Notes\nA,"open\nB,c\n')).toThrow(/starts on line 2 has no closing quote/);
    expect(previewCsvImport(db, input('people', 'Name\r\n\r\n')).problems).toEqual([
      { line: 2, field: '', message: expect.stringMatching(/no rows below it/) },
    ]);
  });

  test('a row with more cells than the header has columns is refused', () => {
    const { db } = tempArchive();
    const preview = previewCsvImport(db, input('people', 'Name,Notes\nA,b,c\nB,c,\n'));
    expect(preview.problems).toEqual([
      { line: 2, field: '', message: expect.stringMatching(/3 cells but the header names 2/) },
    ]);
  });

  test('links named as the tables show them: found by name, other spelling or date, else refused', () => {
    const { db } = tempArchive();
    const aigerim = create(db, 'people', { name: 'Айгерим Касымова', aliases: ['Aigerim K.'] });
    create(db, 'people', { name: 'Twin' });
    create(db, 'people', { name: 'twin' });
    const early = create(db, 'visits', {
      title: 'Talks',
      start_date: '2021-03',
      end_date: '2021-03',
    });
    create(db, 'visits', { title: 'Talks', start_date: '2023' });
    const ministry = create(db, 'organisations', { name: 'Ministry' });
    const meetings = previewCsvImport(
      db,
      input('meetings', 'Visit,Date\ntalks,12 Mar 2021\nTalks,\nTalks,2022\nNowhere,2021\n'),
    );
    expect(meetings.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'Visit', expect.stringMatching(/^2 visits .* “Talks”, so “Visit” cannot tell which/)],
      [4, 'Visit', expect.stringMatching(/none of them holds this date/)],
      [5, 'Visit', expect.stringMatching(/There is no visit “Nowhere” in the archive/)],
    ]);
    const visits = previewCsvImport(
      db,
      input('visits', 'Title,Traveller\nA,aigerim k.\nB,Twin\nC,Nobody\n'),
    );
    expect(visits.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'Traveller'],
      [4, 'Traveller'],
    ]);
    expect(visits.problems[0]!.message).toMatch(/Add a column “Traveller id” to say which/);
    const withId = `Title,Traveller,Traveller id\nB,Twin,${aigerim}\n`;
    expect(previewCsvImport(db, input('visits', withId)).problems).toEqual([]);

    // An organisation and its departments import together; the file's own rows come first.
    const orgs =
      'Name,Part of\nDesk,Department\nDepartment,Ministry\nMinistry,\nLoop A,Loop B\nLoop B,Loop A\n';
    const org = previewCsvImport(db, input('organisations', orgs));
    expect(org.problems.map((p) => [p.line, p.message])).toEqual([
      [5, expect.stringMatching(/part of itself/)],
      [6, expect.stringMatching(/part of itself/)],
    ]);
    expect(early).not.toBe(ministry);
  });

  test('departments are saved after the organisation they are part of, in one action', async () => {
    const { db } = tempArchive();
    create(db, 'organisations', { name: 'Ministry' });
    const csv = 'Name,Part of\nDesk,Department\nDepartment,Ministry\nMinistry,\n';
    await importCsv(db, input('organisations', csv), { backup: false });
    const rows = listRecords(db, {
      table: 'organisations',
      columns: ['name', 'parent', 'parent_id', 'created_at'],
    }).rows;
    const byName = (name: string) => rows.filter((r) => r.name === name);
    expect(byName('Ministry')).toHaveLength(2);
    const newMinistry = byName('Ministry').find(
      (r) => r.parent === null && r.created_at !== rows[0]!.created_at,
    );
    expect(byName('Department')[0]!.parent).toBe('Ministry');
    expect(byName('Desk')[0]!.parent).toBe('Department');
    expect(newMinistry).toBeDefined();
    undo(db);
    expect(names(db, 'organisations')).toEqual(['Ministry']);
  });

  test('dates written as the tables show them, or as a Russian Excel writes them, are read back', () => {
    const { db } = tempArchive();
    const csv =
      'Title,Start date,End date,Status\nA,19 Sep 2023,21 September 2023,Completed\nB,Sep 2023,,PLANNED\nC,2023,05.10.2023,\nD,31 Feb 2023,,\n';
    const preview = previewCsvImport(db, input('visits', csv));
    expect(preview.sample.slice(0, 3)).toEqual([
      { title: 'A', start_date: '2023-09-19', end_date: '2023-09-21', status: 'completed' },
      { title: 'B', start_date: '2023-09', end_date: null, status: 'planned' },
      { title: 'C', start_date: '2023', end_date: '2023-10-05', status: null },
    ]);
    expect(preview.problems).toEqual([
      { line: 5, field: 'Start date', message: expect.stringMatching(/2023-02-31 is not a day/) },
    ]);
  });
});
