import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';

test('web mode backs the archive up on request and restores a backup after asking', async ({
  page,
  emptyArchive,
}) => {
  const app = new AppPage(page);
  await app.open(emptyArchive.url);
  await app.startEmptyButton.click();
  await app.openSection('Backups');
  const section = page.getByRole('region', { name: 'Backups' });
  const rows = section.getByRole('row');
  // Web mode, as the desktop app, backs up at start when the newest backup is a day old.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Daily');

  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByRole('status')).toContainText('passed its integrity check');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Backed up by hand');

  await rows.nth(1).getByRole('button', { name: 'Restore…' }).click();
  await expect(section.getByText('Replace the archive with this backup?')).toBeVisible();
  await app.screenshot('backups-confirm');
  await section.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(section.getByRole('status')).toContainText('0 visits and 0 meetings');
  // The archive as it was is kept as a backup of its own.
  await expect(rows).toHaveCount(4);
  await expect(section.getByRole('cell', { name: 'Before a restore' })).toBeVisible();
  await app.screenshot('backups-restored');
});
