import { describe, expect, test } from 'vitest';
import { writeCsv } from '../csv/csvExport.js';
import { importCsv, previewCsvImport } from '../csv/csvImport.js';
import { listRecords } from '../query/query.js';
import { input } from './csvInput.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';
import { parseQuery } from '../query/compileQuery.js';

const COLUMNS = ['title', 'country', 'start_date', 'status'];

function visits(db: ReturnType<typeof tempArchive>['db']) {
  return listRecords(
    db,
    parseQuery({
      table: 'visits',
      columns: COLUMNS,
      sort: [{ field: 'title' }],
    }),
  ).rows.map(({ id: _id, ...row }) => row);
}

describe('CSV written and typed as the tables show it', () => {
  test('countries by name, statuses by label and dates as shown are imported as stored', async () => {
    const { db } = tempArchive();
    const csv =
      'Title,Country,Start date,Status\r\n' +
      'A,Kazakhstan,22 Feb 2021,Planned\r\n' +
      'B,Russian Federation,Sep 2023,Completed\r\n' +
      'C,Türkiye,2023,cancelled\r\n' +
      'D,Россия,2023-09-19,Planned\r\n';
    await importCsv(db, input('visits', csv), { backup: false });
    expect(visits(db)).toEqual([
      { title: 'A', country: 'KZ', start_date: '2021-02-22', status: 'planned' },
      { title: 'B', country: 'RU', start_date: '2023-09', status: 'completed' },
      { title: 'C', country: 'TR', start_date: '2023', status: 'cancelled' },
      { title: 'D', country: 'RU', start_date: '2023-09-19', status: 'planned' },
    ]);
  });

  test('an export of countries and statuses as shown reads back as the same records', async () => {
    const { db } = tempArchive();
    create(db, 'visits', {
      title: 'A',
      country: 'AE',
      start_date: '2021-02-22',
      status: 'planned',
    });
    create(db, 'visits', { title: 'B', country: 'KR', start_date: '2023-09', status: 'completed' });
    let text = '';
    const query = { table: 'visits' as const, columns: COLUMNS, sort: [{ field: 'title' }] };
    await writeCsv(db, parseQuery(query), (chunk) => void (text += chunk), {
      bom: false,
      dates: 'shown',
      labels: 'shown',
    });
    expect(text).toBe(
      'Title,Country,Start date,Status\r\n' +
        'A,United Arab Emirates,22 Feb 2021,Planned\r\n' +
        'B,South Korea,Sep 2023,Completed\r\n',
    );
    const copy = tempArchive().db;
    await importCsv(copy, input('visits', text), { backup: false });
    expect(visits(copy)).toEqual(visits(db));
  });

  test('the preview names an impossible day as typed, as the problem, not as a date', () => {
    const { db } = tempArchive();
    const preview = previewCsvImport(db, input('visits', 'Title,Start date\r\nA,30 Feb 2023\r\n'));
    expect(preview.sample[0]?.start_date).toBe('30 Feb 2023');
    expect(preview.problems).toMatchObject([
      {
        line: 2,
        field: 'Start date',
        message:
          'Start date 30 Feb 2023 is not a day of the calendar. Check the day and the month.',
      },
    ]);
  });
});
