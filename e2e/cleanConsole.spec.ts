import type { ConsoleMessage } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ChangeControls } from './pages/ChangeControls.js';
import { newRecord, openEmptyArchive } from './pages/RecordForm.js';

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

test('a refused save and an undo with nothing to undo are answers, not faults in the console', async ({
  page,
  emptyArchive,
}) => {
  const faults: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      faults.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => faults.push(`page error: ${error.message}`));
  const refusals: number[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400) {
      refusals.push(response.status());
    }
  });
  const app = await openEmptyArchive(page, emptyArchive.url);
  const visit = await newRecord(page, 'New visit');
  await visit.fill('Title', 'Visit to Baku');
  await visit.fill('Start date', '2023-02-30');
  await visit.save();
  await expect(visit.summary.getByRole('link')).toHaveText(/2023-02-30 is not a day/);
  await visit.fill('Start date', '2023-02-28');
  await visit.save();
  const panel = page.getByRole('dialog', { name: 'Visit to Baku' });
  await expect(panel).toContainText('28 Feb 2023');

  // After a reload this window no longer remembers the creation: undo names it from the
  // archive, whose record is gone once undone; then there is nothing left to undo.
  await page.reload();
  await expect(app.visits.rows).toHaveCount(1);
  const controls = new ChangeControls(page);
  await app.heading.click();
  await page.keyboard.press('Control+z');
  await expect(controls.notice).toContainText('Undone');
  expect((await emptyArchive.call('stats', {})).counts.visits).toBe(0);
  await page.keyboard.press('Control+z');
  await expect(controls.notice).toContainText('There is nothing to undo.');
  expect(faults).toEqual([]);
  expect(refusals).toEqual([]);
});
