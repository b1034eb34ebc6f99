import { tIn, type MessageKey } from '../../i18n/messages.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { listBackups } from '../backup/backupRotation.js';
import { importCsv, previewCsvImport } from '../csv/csvImport.js';
import { listRecords } from '../query/query.js';
import { undo } from '../write/write.js';
import { create, snapshot } from './fixtures.js';
import { input, names, refused } from './csvInput.js';
import { tempArchive } from './tempArchive.js';
import { parseQuery } from '../query/compileQuery.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'csv');

describe('previewCsvImport and importCsv', () => {
  test('one bad row among valid ones: listed with its line, and nothing is written', async () => {
    const { db } = tempArchive();
    const before = snapshot(db);
    const csv =
      'Title,Country,Start date\r\nFirst,KZ,2023\r\n"Second, with a\r\nline break",XX,2023-02\r\nThird,,2024\r\n';
    const preview = previewCsvImport(db, input('visits', csv));
    expect(preview).toMatchObject({ rows: 3, refusedRows: 1, problemCount: 1, written: false });
    expect(preview.problems).toMatchObject([
      {
        line: 3,
        field: 'Country',
        message: expect.stringMatching(/"XX" is not a country we know/),
      },
    ]);
    expect(snapshot(db)).toBe(before);
    const e = await refused(importCsv(db, input('visits', csv)));
    expect(e.code).toBe('validation_failed');
    expect(e.message).toMatch(/1 of 3 rows .* nothing was imported/);
    expect(e.details).toMatchObject([
      { path: 'line 3: Country', message: expect.stringMatching(/"XX" is not a country we know/) },
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
    // Headers that are the Russian interface's labels are read as such; the others need mapping.
    expect(unmapped.problems.map((p) => [p.line, p.field])).toEqual([
      [1, 'Имя'],
      [1, 'Заметки'],
      [1, ''],
    ]);
    expect(unmapped.problems[2]!.message).toMatch(/No column fills Name, which every person needs/);
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
    const rows = listRecords(db, parseQuery({ table: 'people', sort: [{ field: 'name' }] })).rows;
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
    expect(plain.problems).toMatchObject([
      { line: 1, field: 'Shoe size', message: expect.stringMatching(/matches no field of people/) },
    ]);
    expect(plain.columns.map((c) => [c.field, !!c.note])).toEqual([
      ['name', false],
      [null, false],
      [null, true],
      [null, true],
    ]);
    expect(tIn('en', plain.columns[2]!.note as MessageKey)).toMatch(
      /every row becomes a new record/,
    );
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
    expect(previewCsvImport(db, input('people', 'Name\r\n\r\n')).problems).toMatchObject([
      { line: 2, field: '', message: expect.stringMatching(/no rows below it/) },
    ]);
  });

  test('a row with more cells than the header has columns is refused', () => {
    const { db } = tempArchive();
    const preview = previewCsvImport(db, input('people', 'Name,Notes\nA,b,c\nB,c,\n'));
    expect(preview.problems).toMatchObject([
      { line: 2, field: '', message: expect.stringMatching(/3 cells but the header names 2/) },
    ]);
  });
});
