import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { archiveCommand, startArchiveServer, type ArchiveServer } from './archiveServer.js';
import { AppPage } from './pages/AppPage.js';

/** An empty archive served with a profile of its own, where the chosen backups folder is kept. */
const test = base.extend<{ served: ArchiveServer & { dir: string; profile: string } }>({
  served: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
    const dbPath = path.join(dir, 'archive.db');
    const profile = path.join(dir, 'profile');
    await archiveCommand(['init', '--db', dbPath]);
    const server = await startArchiveServer(dbPath, { ARCHIVE_USER_DATA: profile });
    try {
      await use(Object.assign(server, { dir, profile }));
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
});

test('web mode takes the backups to a folder the user types, and says which folder is used', async ({
  page,
  served,
}) => {
  const app = new AppPage(page);
  await app.open(served.url);
  await app.startEmptyButton.click();
  await app.openSection('Backups');
  const section = page.getByRole('region', { name: 'Backups' });
  const beside = path.join(served.dir, 'archive.db.backups');
  await expect(
    section.getByText(`Backups are kept beside the archive, in ${beside}.`),
  ).toBeVisible();

  await section.getByRole('button', { name: 'Choose another folder…' }).click();
  const field = section.getByLabel('Folder for the backups (full path)');
  // A path the archive cannot use is refused, saying why; nothing changes.
  await field.fill('Backups');
  await section.getByRole('button', { name: 'Use this folder' }).click();
  await expect(section.getByRole('alert')).toContainText('must be a full path');
  await expect(section.getByText(`in ${beside}.`)).toBeVisible();
  await app.screenshot('backup2-folder-refused');

  const chosen = path.join(served.dir, 'Offsite backups');
  await field.fill(chosen);
  await section.getByLabel('Create the folder if it does not exist').check();
  await section.getByRole('button', { name: 'Use this folder' }).click();
  const folder = path.join(chosen, 'archive.db.backups');
  await expect(section.getByRole('status')).toContainText(`Backups now go to ${folder}.`);
  await expect(
    section.getByText(`Backups are kept in the folder you chose: ${folder}.`),
  ).toBeVisible();
  // The daily backup taken at start stays beside the archive; the list shows the chosen folder's.
  await expect(section.getByText('There is no backup yet.')).toBeVisible();

  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByRole('status').first()).toContainText('passed its integrity check');
  await expect(section.getByRole('row')).toHaveCount(2);
  const [name] = fs.readdirSync(folder);
  expect(name).toMatch(/^manual-.*\.db$/);
  expect(fs.statSync(chosen).mode & 0o777).toBe(0o700);
  await app.screenshot('backup2-folder-chosen');

  // Kept for the archive on this workstation: the page opened again shows the same folder.
  await page.reload();
  await app.startEmptyButton.click();
  await app.openSection('Backups');
  await expect(section.getByText(`the folder you chose: ${folder}.`)).toBeVisible();
});
