import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { exportCsv } from '../csvExport.js';
import { importCsv } from '../csvImport.js';
import { listRecords } from '../query.js';
import { undo } from '../write.js';
import { refusal, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

const PIECES = [
  'Назарбаев',
  'Ердоган',
  'محمد بن سلمان',
  '习近平',
  '🇰🇿 делегация 🤝',
  'say "hello"',
  'a, b; c\td',
  'line one\nline two',
  '=HYPERLINK("x")',
  "'apostrophe",
  '-minus',
  '@at',
  'Müller',
];

function randomText(next: () => number, words: number): string {
  return Array.from({ length: words }, () => PIECES[Math.floor(next() * PIECES.length)]!).join(' ');
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const PEOPLE_COLUMNS = ['name', 'honorific', 'country', 'aliases', 'notes'];

describe('importCsv', () => {
  test('a file the archive exported imports back to the same records', async () => {
    const next = seeded(7);
    const source = tempArchive();
    const countries = ['KZ', 'RU', 'CN', 'SA', null];
    // Built by hand rather than saved one by one: the archive under test is the second one.
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      name: `${randomText(next, 2)} ${i}`,
      honorific: next() < 0.5 ? randomText(next, 1) : null,
      country: countries[i % 5] ?? null,
      // An alias is one line: the file holds one per line.
      aliases:
        next() < 0.3 ? [`alias ${i}`, `${randomText(next, 2)} ${i}`.replace(/\n/g, ' ')] : [],
      notes: next() < 0.5 ? randomText(next, 6) : null,
    }));
    importCsv(source.db, 'people', Buffer.from(toCsv(rows)));
    const file = path.join(source.dir, 'people.csv');
    const query = { table: 'people' as const, columns: PEOPLE_COLUMNS };
    expect((await exportCsv(source.db, query, file)).rows).toBe(10_000);

    const target = tempArchive();
    const result = importCsv(target.db, 'people', fs.readFileSync(file));
    expect(result).toMatchObject({ rows: 10_000, encoding: 'utf-8', delimiter: 'comma' });
    const all = (db: typeof source.db) =>
      [0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000].flatMap(
        (offset) =>
          listRecords(db, { ...query, sort: [{ field: 'name' }], limit: 1000, offset }).rows,
      );
    const strip = (r: Record<string, unknown>) => PEOPLE_COLUMNS.map((c) => r[c]);
    const imported = all(target.db);
    expect(imported.map(strip)).toEqual(all(source.db).map(strip));
    const byName = new Map(imported.map((r) => [r.name, r]));
    for (const row of rows) {
      const stored = byName.get(row.name);
      expect(stored && strip(stored)).toEqual([
        row.name,
        row.honorific,
        row.country,
        JSON.stringify(row.aliases),
        row.notes,
      ]);
    }
  });

  test('a file with one bad row is refused whole, naming the line, and changes nothing', () => {
    const { db } = tempArchive();
    const before = snapshot(db);
    const csv = 'Title,Country,Start date\r\nFirst,KZ,2023\r\nSecond,XX,2023-02\r\nThird,,2024\r\n';
    const e = refusal(() => importCsv(db, 'visits', Buffer.from(csv)));
    expect(e.code).toBe('validation_failed');
    expect(e.message).toMatch(/1 of 3 rows .* nothing was imported/);
    expect(e.details).toEqual([
      { path: 'line 3: Country', message: expect.stringMatching(/"XX" is not an ISO 3166/) },
    ]);
    expect(snapshot(db)).toBe(before);
  });

  test('an import is one action: one undo takes every row back', () => {
    const { db } = tempArchive();
    const csv = 'name;description\nEnergy;Oil and gas\nTransport;"Rail; roads"\n';
    expect(importCsv(db, 'topics', Buffer.from(csv), { dryRun: true }).written).toBe(false);
    expect(listRecords(db, { table: 'topics' }).total).toBe(0);
    const result = importCsv(db, 'topics', Buffer.from(csv));
    expect(result).toMatchObject({ rows: 2, delimiter: 'semicolon', written: true });
    expect(listRecords(db, { table: 'topics', sort: [{ field: 'name' }] }).rows[1]).toMatchObject({
      name: 'Transport',
      description: 'Rail; roads',
    });
    undo(db);
    expect(listRecords(db, { table: 'topics' }).total).toBe(0);
  });

  test('reads Windows-1251, Windows-1252 and UTF-16 files', () => {
    const { db } = tempArchive();
    const cyrillic = iconv.encode('Name,Country\r\nНурсултан Назарбаев,KZ\r\n', 'win1251');
    expect(importCsv(db, 'people', cyrillic).encoding).toBe('windows-1251');
    const western = iconv.encode('Name\r\nJosé Müller\r\n', 'win1252');
    expect(importCsv(db, 'people', western).encoding).toBe('windows-1252');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode('Name\tNotes\r\n李明\tПосол\r\n', 'utf-16le'),
    ]);
    expect(importCsv(db, 'people', utf16)).toMatchObject({
      encoding: 'utf-16le',
      delimiter: 'tab',
    });
    const names = listRecords(db, { table: 'people', columns: ['name'] }).rows.map((r) => r.name);
    expect(names.sort()).toEqual(['José Müller', 'Нурсултан Назарбаев', '李明'].sort());
  });

  test('a column matching no field is refused, unless mapped or left out', () => {
    const { db } = tempArchive();
    const csv = Buffer.from('Name,Shoe size\nAigerim,38\n');
    expect(refusal(() => importCsv(db, 'people', csv)).details).toEqual([
      { path: 'columns.Shoe size', message: expect.stringMatching(/matches no field of people/) },
    ]);
    const mapped = importCsv(db, 'people', csv, { mapping: { 'Shoe size': 'notes' } });
    expect(mapped.columns).toEqual([
      { header: 'Name', field: 'name' },
      { header: 'Shoe size', field: 'notes' },
    ]);
  });
});

function csvCell(v: string | null): string {
  if (v === null) return '';
  const t = /^[=+\-@']/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}

function toCsv(rows: Record<string, string | string[] | null>[]): string {
  const body = rows.map((r) =>
    PEOPLE_COLUMNS.map((c) => {
      const v = r[c] ?? null;
      return csvCell(Array.isArray(v) ? v.join('\n') || null : v);
    }).join(','),
  );
  return ['name,honorific,country,aliases,notes', ...body].join('\r\n');
}
