import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { DEMO_VISITS, expect, test } from './fixtures.js';

test.describe('CSV export of the Visits table', () => {
  test('downloads every row, in the order and with the columns shown', async ({ app, page }) => {
    const visits = app.visits;
    await visits.waitForRows();
    await visits.sortBy('Start date');
    await expect(visits.columnHeader('Start date')).toHaveAttribute('aria-sort', 'ascending');
    const shown = await Promise.all([0, 1, 2].map((i) => visits.rowTexts(i)));

    await page.getByRole('button', { name: 'Export CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to a CSV file' });
    await expect(dialog).toContainText(`All ${DEMO_VISITS} records`);
    await dialog.getByLabel('Separator').selectOption('semicolon');
    await dialog.getByLabel('Dates').selectOption('shown');
    await app.screenshot('csv-export-dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export' }).click(),
    ]);
    await expect(dialog).toBeHidden();
    expect(download.suggestedFilename()).toMatch(/^visits-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    const [header, ...rows] = parse(text, { bom: true, delimiter: ';' }) as string[][];
    expect(header).toEqual(await visits.headerNames());
    expect(rows).toHaveLength(DEMO_VISITS);
    for (const [i, cells] of shown.entries()) {
      // Title, traveller, city, start and end dates read as in the table (countries stay codes).
      for (const column of [0, 1, 2, 4, 5]) expect(rows[i]?.[column]).toBe(cells[column]);
    }

    // The choices are remembered for the next export.
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    await expect(dialog.getByLabel('Separator')).toHaveValue('semicolon');
  });
});
