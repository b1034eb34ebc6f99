import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { ImportCsvDialog } from './pages/ImportCsvDialog.js';
import { VisitsPage } from './pages/VisitsPage.js';

const HEADER = 'Title;Country;Start date;End date;Status;Remarks';
const ROWS = [
  'Визит в Астану;KZ;19 Sep 2023;21 Sep 2023;Completed;"Talks; then a ""forum"""',
  '北京会谈;CN;Mar 2024;;planned;',
  'Consultations in Riyadh;XX;2022;;completed;',
  'Forum in Tashkent;UZ;2021-05-12;;;"Two lines\nof remarks"',
];

test('a CSV file with a bad row is refused with its line; corrected, it imports; undo removes it', async ({
  page,
  emptyArchive,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-csv-'));
  const file = path.join(dir, 'visits.csv');
  fs.writeFileSync(file, [HEADER, ...ROWS].join('\r\n'));
  const app = new AppPage(page);
  await app.open(emptyArchive.url);
  await app.startEmptyButton.click();
  const visits = new VisitsPage(page);
  const importer = new ImportCsvDialog(page, 'Visits');

  await importer.open();
  await importer.choose(file);
  await expect(importer.dialog).toContainText('4 rows, UTF-8, separated by semicolons.');
  await expect(importer.problemItems).toHaveText([
    /^Line 1, Remarks: The column “Remarks” matches no field of visits/,
    /^Line 4, Country: Country "XX" is not a country we know/,
  ]);
  // A column is given its field by keyboard.
  await importer.columnField('Remarks').focus();
  await importer.columnField('Remarks').selectOption({ label: 'Summary' });
  await expect(importer.problemItems).toHaveText([/^Line 4, Country: Country "XX"/]);
  await expect(importer.dialog.getByRole('button', { name: 'Import 4 rows' })).toBeDisabled();
  await expect(importer.dialog.getByRole('cell', { name: '19 Sep 2023' })).toBeVisible();
  await app.screenshot('csv-import-problems');
  expect((await emptyArchive.call('countRecords', { table: 'visits' })).count).toBe(0);

  fs.writeFileSync(file, [HEADER, ...ROWS].join('\r\n').replace(';XX;', ';SA;'));
  await importer.choose(file);
  await expect(importer.ok).toBeVisible();
  await importer.importButton(4).click();
  await expect(importer.dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 4 visits' })).toHaveText(
    'Imported 4 visits. Undo removes them all.',
  );
  await expect(visits.rows).toHaveCount(4);
  await expect(visits.table.getByRole('gridcell', { name: 'Визит в Астану' })).toBeVisible();
  await app.screenshot('csv-import-done');
  const saved = await emptyArchive.call('listRecords', {
    table: 'visits',
    columns: ['title', 'start_date', 'status', 'summary'],
    sort: [{ field: 'start_date' }],
  });
  expect(saved.rows.map((r) => [r.title, r.start_date, r.status, r.summary])).toEqual([
    ['Forum in Tashkent', '2021-05-12', 'planned', 'Two lines\nof remarks'],
    ['Consultations in Riyadh', '2022', 'completed', null],
    ['Визит в Астану', '2023-09-19', 'completed', 'Talks; then a "forum"'],
    ['北京会谈', '2024-03', 'planned', null],
  ]);

  await page
    .getByRole('group', { name: 'Undo and redo changes' })
    .getByRole('button')
    .first()
    .click();
  await expect(visits.rows).toHaveCount(0);
  expect((await emptyArchive.call('countRecords', { table: 'visits' })).count).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
