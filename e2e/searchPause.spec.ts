import { expect, test } from './fixtures.js';
import { TableToolsPage } from './pages/TableToolsPage.js';
import { SEARCH_PAUSE_MS } from '../renderer/tableTools/filterPause.js';

/**
 * The search box asks the archive once typing has paused for its pause, counted from the last
 * key. The page's clock is held, so the pause is stepped through rather than waited for.
 */
test('a search is asked a pause after its last key, even when the table renders again meanwhile', async ({
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
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await meetings.searchBox.fill('minister');
  await page.clock.runFor(SEARCH_PAUSE_MS - 10);
  // Something else renders the table before the pause is over: a column's filter opened.
  await meetings.openFilter('Date');
  expect(searches).toEqual([]);
  await page.clock.runFor(20);
  await expect.poll(() => searches).toEqual(['minister']);
  await page.clock.resume();
  await expect(meetings.chips).toHaveCount(0);
});
