import { expect, test } from './fixtures.js';
import { holdApi } from './holdApi.js';

/**
 * Ctrl+Z belongs to the window, not to its header's buttons: pressed while the window is still
 * asking the archive for its counts, it is still heard, and the archive answers it.
 */
test('Ctrl+Z pressed before the window has its counts is still heard', async ({
  app,
  demoArchive,
}) => {
  const stats = await holdApi(app.page, 'stats');
  await app.page.goto(demoArchive.url);
  await stats.requested;
  const undone = app.page.waitForRequest('**/api/undo');
  await app.page.locator('body').press('Control+z');
  await undone;
  await stats.open();
  // The archive's answer is said in the notice, whatever it was.
  await expect(app.page.locator('.change-notice-region')).toHaveText(/\S/);
});
