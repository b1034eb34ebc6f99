import type { ConsoleMessage } from '@playwright/test';
import { expect, test } from './fixtures.js';

const SCREENS = [
  'Meetings',
  'People',
  'Organisations',
  'Events',
  'Timeline',
  'Import press release',
  'Trash',
  'Backups',
  'Visits',
];

test('normal use leaves the console clean: no refused eval, no missing icon, no fault', async ({
  app,
}) => {
  const faults: string[] = [];
  const note = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      faults.push(`${message.type()}: ${message.text()}`);
    }
  };
  app.page.on('console', note);
  app.page.on('pageerror', (error) => faults.push(`page error: ${error.message}`));
  // Load again with the listeners in place: what a first load logs is part of normal use.
  await app.page.reload();
  await app.visits.waitForRows();
  for (const name of SCREENS) {
    const tab = app.page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(app.page.getByRole('tabpanel', { name, exact: true })).toBeVisible();
  }
  await app.visits.waitForRows();
  const href = await app.page.locator('link[rel~="icon"]').getAttribute('href');
  expect(href).not.toBeNull();
  const icon = await app.page.request.get(new URL(href!, app.page.url()).href);
  expect(faults).toEqual([]);
  expect(icon.status()).toBe(200);
});
