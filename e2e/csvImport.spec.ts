import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { columnLabel } from '../db/columnLabels.js';
import { t } from '../i18n/messages.js';
import { formatDate } from '../renderer/formatDate.js';
import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { ImportCsvDialog } from './pages/ImportCsvDialog.js';
import { VisitsPage } from './pages/VisitsPage.js';

/** Runs in the Russian project too: its words come from the catalog. */
const RU = { tag: '@ru' };

const FIELDS = ['title', 'country', 'start_date', 'end_date', 'status'];
const ROWS = [
  'Визит в Астану;KZ;19 Sep 2023;21 Sep 2023;Completed;"Talks; then a ""forum"""',
  '北京会谈;CN;Mar 2024;;planned;',
  'Consultations in Riyadh;XX;2022;;completed;',
  'Forum in Tashkent;UZ;2021-05-12;;;"Two lines\nof remarks"',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A problem of the preview's list, by its line and column, whatever its sentence. */
const problemAt = (line: number, field: string) =>
  new RegExp(`^${escape(t('import.problem', { line, field, message: '' }))}`);

test(
  'a CSV file with a bad row is refused with its line; corrected, it imports; undo removes it',
  RU,
  async ({ page, emptyArchive, language }) => {
    // The file comes from a workstation in the other language: its headers are read all the same.
    const fileLanguage = language === 'ru' ? 'en' : 'ru';
    const headers = FIELDS.map((field) => columnLabel('visits', field, fileLanguage));
    const header = [...headers, 'Remarks'].join(';');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-csv-'));
    const file = path.join(dir, 'visits.csv');
    fs.writeFileSync(file, [header, ...ROWS].join('\r\n'));
    const app = new AppPage(page);
    await app.open(emptyArchive.url);
    await app.startEmptyButton.click();
    const visits = new VisitsPage(page);
    const importer = new ImportCsvDialog(page, t('visits.title'));

    await importer.open();
    await importer.choose(file);
    const delimiter = t('import.delimiter.semicolon');
    await expect(importer.dialog).toContainText(
      t('import.summary', { count: 4, encoding: 'UTF-8', delimiter }),
    );
    // A problem names the column as the file's header does, and says the rest in the window's
    // language.
    const country = headers[1]!;
    await expect(importer.problemItems).toHaveText([
      problemAt(1, 'Remarks'),
      problemAt(4, country),
    ]);
    await expect(importer.problemItems.nth(1)).toContainText(t('field.country'));
    await expect(importer.problemItems.nth(1)).toContainText('XX');
    // A column is given its field by keyboard.
    await importer.columnField('Remarks').focus();
    await importer.columnField('Remarks').selectOption({ label: t('field.summary') });
    await expect(importer.problemItems).toHaveText([problemAt(4, country)]);
    await expect(importer.importButton(4)).toBeDisabled();
    await expect(
      importer.dialog.getByRole('cell', { name: formatDate('2023-09-19') }),
    ).toBeVisible();
    await app.screenshot(`csv-import-problems-${language}`);
    expect((await emptyArchive.call('countRecords', { table: 'visits' })).count).toBe(0);

    fs.writeFileSync(file, [header, ...ROWS].join('\r\n').replace(';XX;', ';SA;'));
    await importer.choose(file);
    await expect(importer.ok).toBeVisible();
    await importer.importButton(4).click();
    await expect(importer.dialog).toBeHidden();
    const done = t('import.done.visits', { count: 4 });
    await expect(page.getByRole('status').filter({ hasText: done })).toHaveText(done);
    await expect(visits.rows).toHaveCount(4);
    await expect(visits.table.getByRole('gridcell', { name: 'Визит в Астану' })).toBeVisible();
    await app.screenshot(`csv-import-done-${language}`);
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
      .getByRole('group', { name: t('undo.group') })
      .getByRole('button')
      .first()
      .click();
    await expect(visits.rows).toHaveCount(0);
    expect((await emptyArchive.call('countRecords', { table: 'visits' })).count).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  },
);
