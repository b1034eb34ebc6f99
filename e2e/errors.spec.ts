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
