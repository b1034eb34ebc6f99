import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { t } from '../i18n/messages.js';
import { DEMO_VISITS, expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { TableToolsPage } from './pages/TableToolsPage.js';

/** Runs in the Russian project too: its words come from the catalog. */
const RU = { tag: '@ru' };

test.describe('CSV export of the Visits table', () => {
  test(
    'downloads every row, in the order and with the columns shown',
    RU,
    async ({ app, page, language }) => {
      const visits = app.visits;
      await visits.waitForRows();
      const startDate = t('field.start_date');
      await visits.sortBy(startDate);
      await expect(visits.columnHeader(startDate)).toHaveAttribute('aria-sort', 'ascending');
      const shown = await Promise.all([0, 1, 2].map((i) => visits.rowTexts(i)));

      await page.getByRole('button', { name: t('export.button') }).click();
      const dialog = page.getByRole('dialog', { name: t('export.title') });
      await expect(dialog).toContainText(t('export.rows', { count: DEMO_VISITS }));
      await dialog.getByLabel(t('export.delimiter')).selectOption('semicolon');
      await dialog.getByLabel(t('export.dates')).selectOption('shown');
      await dialog.getByLabel(t('export.labels')).selectOption('shown');
      await app.screenshot(`csv-export-dialog-${language}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: t('export.start'), exact: true }).click(),
      ]);
      await expect(dialog).toBeHidden();
      expect(download.suggestedFilename()).toMatch(/^visits-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = fs.readFileSync(await download.path(), 'utf8');
      const [header, ...rows] = parse(text, { bom: true, delimiter: ';' }) as string[][];
      // The headers are the window's: a Russian window writes Russian headers.
      expect(header).toEqual(await visits.headerNames());
      expect(header?.[0]).toBe(t('field.title'));
      expect(rows).toHaveLength(DEMO_VISITS);
      for (const [i, cells] of shown.entries()) {
        // Every column reads as in the table: countries by name, statuses by label, dates as shown.
        expect(rows[i]).toEqual(cells);
      }

      // The choices are remembered for the next export.
      await page.getByRole('button', { name: t('export.button') }).click();
      await expect(dialog.getByLabel(t('export.delimiter'))).toHaveValue('semicolon');
      await expect(dialog.getByLabel(t('export.labels'))).toHaveValue('shown');
    },
  );
});

test.describe('CSV export of a filtered table', () => {
  test('writes the rows of the filters and search, with the columns shown, in their order', async ({
    page,
    emptyArchive,
  }) => {
    // This test changes the table's layout, which the archive remembers: an archive of its own.
    await emptyArchive.call('loadDemo', { visits: 120 });
    const app = new AppPage(page);
    await app.open(emptyArchive.url);
    const visits = new TableToolsPage(page, 'Visits');
    await visits.waitForRows();

    const country = await visits.openFilter('Country');
    await country.getByLabel('Find a country').fill('kaz');
    await country.getByRole('checkbox', { name: 'Kazakhstan' }).check();
    await visits.closeFilter('Country');
    await visits.searchBox.fill('cooperation');
    await visits.columnsButton.click();
    await visits.columnsPanel.getByRole('checkbox', { name: 'Traveller' }).uncheck();
    await visits.columnsPanel.getByRole('button', { name: 'Move Country left' }).click();
    await page.keyboard.press('Escape');
    await visits.header('Start date').getByRole('button').first().click();
    await expect(visits.header('Start date')).toHaveAttribute('aria-sort', 'ascending');

    const query = {
      table: 'visits' as const,
      where: [{ field: 'country', op: 'in' as const, value: ['KZ'] }],
      search: 'cooperation',
      sort: [{ field: 'start_date', dir: 'asc' as const }],
      columns: ['title', 'country', 'city', 'start_date', 'end_date', 'status', 'meeting_count'],
      limit: 1000,
    };
    const expected = await emptyArchive.call('listRecords', query);
    expect(expected.rows.length).toBeGreaterThan(0);
    expect(expected.rows.length).toBeLessThan(120);
    await expect(visits.count).toContainText(String(expected.rows.length));
    const headers = await visits.headerNames();
    expect(headers).toEqual([
      'Title',
      'Country',
      'City',
      'Start date',
      'End date',
      'Status',
      'Meetings',
    ]);

    await page.getByRole('button', { name: 'Export CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to a CSV file' });
    await dialog.getByLabel('Separator').selectOption('comma');
    await dialog.getByLabel('Dates').selectOption('iso');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export' }).click(),
    ]);
    const text = fs.readFileSync(await download.path(), 'utf8');
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(headers);
    expect(rows.map((r) => r[0])).toEqual(expected.rows.map((r) => r.title));
    expect(rows.map((r) => r[1])).toEqual(expected.rows.map(() => 'KZ'));
    expect(rows.map((r) => r[3])).toEqual(expected.rows.map((r) => r.start_date ?? ''));
  });
});
