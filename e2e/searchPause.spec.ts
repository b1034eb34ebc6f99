import { expect, test } from './fixtures.js';
import { TableToolsPage } from './pages/TableToolsPage.js';

/**
 * The search box asks the archive once its pause (SEARCH_PAUSE_MS, none) has passed since the last
 * key, and once only: the table rendering again meanwhile asks nothing more.
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
    const search = (request.postDataJSON() as { search?: string }).search;
    if (search) searches.push(search);
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
