import { DEMO_VISITS, expect, test } from './fixtures.js';
import { holdApi } from './holdApi.js';
import { AppPage } from './pages/AppPage.js';

test('loading the demo shows that it is busy and cannot be started twice', async ({
  page,
  emptyArchive,
}) => {
  const app = new AppPage(page);
  const gate = await holdApi(page, 'loadDemo');
  await app.open(emptyArchive.url);
  await app.loadDemoButton.click();
  await expect(app.busyStatus).toBeVisible();
  await expect(app.loadDemoButton).toBeDisabled();
  await expect(app.startEmptyButton).toBeDisabled();
  await app.screenshot('welcome-busy');

  await gate.open();
  await app.visits.waitForRows();
  await expect(app.busyStatus).toHaveCount(0);
});

test('rows show before the archive has counted them; the total follows', async ({
  page,
  demoArchive,
}) => {
  // The table starts from its defaults, whatever search an earlier test left remembered.
  await demoArchive.call('putUiState', { key: 'table.visits', value: null });
  const app = new AppPage(page);
  const count = await holdApi(page, 'countRecords', (input) => input.table === 'visits');
  // A page shorter than a full one tells the total too: the pages after the first wait as well.
  const laterPages = await holdApi(
    page,
    'listRecords',
    (input) => Number(input.offset) > 0 || input.after !== undefined,
  );
  await app.open(demoArchive.url);
  const visits = app.visits;
  await visits.waitForRows();
  // Once the count is asked, nothing else can tell the total: it must still be counting.
  await count.requested;
  await expect(visits.count).toHaveText('Counting…');

  await count.open();
  await expect(visits.count).toHaveText(`${DEMO_VISITS} visits`);
  await laterPages.open();
});
