import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';

test('a page opened without its access key says so and what to do', async ({
  page,
  emptyArchive,
}) => {
  const app = new AppPage(page);
  await app.open(emptyArchive.origin + '/');
  await expect(app.alert).toBeVisible();
  await expect(app.alert).toContainText('token');
  await expect(app.alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(app.welcomeHeading).toHaveCount(0);
  await expect(app.alert).not.toContainText(/at .*\.js|Error:/);
});

test('a refused page shows the archive’s sentence, and Try again asks again', async ({
  page,
  demoArchive,
}) => {
  // The table starts from its defaults. A state an earlier test left remembered arrives after
  // the first page was asked and changes the query: the grid would ask again by itself, and
  // could load before Try again is pressed.
  for (const key of ['table.visits', 'table.visits.view']) {
    await demoArchive.call('putUiState', { key, value: null });
  }
  const message = 'The archive is busy with another program. Try again in a moment.';
  await page.route('**/api/listRecords', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'archive_busy', message } } }),
  );
  const app = new AppPage(page);
  await app.open(demoArchive.url);
  await expect(app.alert).toHaveText(new RegExp(message));
  await expect(app.visits.rows).toHaveCount(0);

  await page.unroute('**/api/listRecords');
  await app.alert.getByRole('button', { name: 'Try again' }).click();
  await app.visits.waitForRows();
  await expect(app.alert).toHaveCount(0);
});
