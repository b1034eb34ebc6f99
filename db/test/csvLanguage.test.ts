import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportCsv } from '../csv/csvExport.js';
import { importCsv } from '../csv/csvImport.js';
import { listRecords } from '../query/query.js';
import { parseQuery } from '../query/compileQuery.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

const COLUMNS = ['title', 'country', 'start_date'];

async function exported(language: string | undefined): Promise<{ file: string; text: string }> {
  const source = tempArchive();
  create(source.db, 'visits', { title: 'Визит в Астану', country: 'KZ', start_date: '2023-09-19' });
  const file = path.join(source.dir, `visits-${language ?? 'default'}.csv`);
  await exportCsv(source.db, parseQuery({ table: 'visits', columns: COLUMNS }), file, {
    ...(language ? { language } : {}),
    bom: false,
  });
  return { file, text: fs.readFileSync(file, 'utf8') };
}

describe('the language of a CSV file’s headers', () => {
  test('an export names its columns in the language asked for, English by default', async () => {
    expect((await exported(undefined)).text.split('\r\n')[0]).toBe('Title,Country,Start date');
    expect((await exported('ru')).text.split('\r\n')[0]).toBe('Наименование,Страна,Дата начала');
  });

  test.each(['en', 'ru'])('a file exported with %s headers imports back by them', async (lang) => {
    const { file } = await exported(lang);
    const target = tempArchive();
    const bytes = fs.readFileSync(file).toString('base64');
    const preview = await importCsv(target.db, { table: 'visits', file: bytes }, { backup: false });
    expect(preview.columns.map((c) => c.field)).toEqual(COLUMNS);
    const { rows } = listRecords(target.db, parseQuery({ table: 'visits', columns: COLUMNS }));
    expect(rows.map((r) => [r.title, r.country, r.start_date])).toEqual([
      ['Визит в Астану', 'KZ', '2023-09-19'],
    ]);
  });
});
