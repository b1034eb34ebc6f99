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

describe('values as shown, in the language of the window that asked', () => {
  async function shownExport(language: string) {
    const source = tempArchive();
    create(source.db, 'visits', {
      title: 'Визит в Астану',
      country: 'KR',
      start_date: '2023-09-19',
      end_date: '2024-05',
      status: 'completed',
    });
    const file = path.join(source.dir, `visits-shown-${language}.csv`);
    const columns = ['title', 'country', 'start_date', 'end_date', 'status'];
    await exportCsv(source.db, parseQuery({ table: 'visits', columns }), file, {
      language,
      dates: 'shown',
      labels: 'shown',
      bom: false,
    });
    return { file, columns, lines: fs.readFileSync(file, 'utf8').split('\r\n') };
  }

  test('a Russian window’s export writes dates, countries and statuses in Russian', async () => {
    const { lines } = await shownExport('ru');
    expect(lines[1]).toBe('Визит в Астану,Республика Корея,19 сент. 2023,май 2024,Завершено');
    expect((await shownExport('en')).lines[1]).toBe(
      'Визит в Астану,South Korea,19 Sep 2023,May 2024,Completed',
    );
  });

  test.each(['en', 'ru'])('a file exported as shown in %s imports back as stored', async (lang) => {
    const { file, columns } = await shownExport(lang);
    const target = tempArchive();
    const bytes = fs.readFileSync(file).toString('base64');
    await importCsv(target.db, { table: 'visits', file: bytes }, { backup: false });
    const { rows } = listRecords(target.db, parseQuery({ table: 'visits', columns }));
    expect(rows.map((r) => columns.map((c) => r[c]))).toEqual([
      ['Визит в Астану', 'KR', '2023-09-19', '2024-05', 'completed'],
    ]);
  });
});
