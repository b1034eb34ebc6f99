import { expect, test } from './fixtures.js';
import { TableToolsPage } from './pages/TableToolsPage.js';

/**
 * The search box asks the archive for the first page once its pause (SEARCH_PAUSE_MS, none) has
 * passed since the last key, and once only: the table rendering again meanwhile asks it no more.
 */
test('a search is asked once after its last key, even when the table renders again meanwhile', async ({
  app,
}) => {
  await app.openSection('Meetings');
  const meetings = new TableToolsPage(app.page, 'Meetings');
  await meetings.waitForRows();
  const page = app.page;
  const searches: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/listRecords')) return;
    // The first pages asked: once the query stands, the pages either side of it follow.
    const body = request.postDataJSON() as { search?: string; offset?: number; after?: unknown };
    if (body.search && !body.offset && body.after === undefined) searches.push(body.search);
  });
  await meetings.searchBox.fill('minister');
  await expect.poll(() => searches).toEqual(['minister']);
  // Something else renders the table: a column's filter opened and closed.
  await meetings.openFilter('Date');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Filter Date' })).toHaveCount(0);
  await expect(meetings.chips).toHaveCount(0);
  expect(searches).toEqual(['minister']);
});
