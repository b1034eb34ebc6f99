import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { archiveCommand, startArchiveServer } from './archiveServer.js';
import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';

test('web mode names the archive it serves in the header and the page title', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  const dbPath = path.join(dir, 'Visits 2024.db');
  await archiveCommand(['init', '--db', dbPath]);
  const server = await startArchiveServer(dbPath);
  try {
    const app = new AppPage(page);
    await app.open(server.url);
    await expect(app.heading).toBeVisible();
    const header = page.getByRole('banner');
    // The label before the name is for screen readers; the eye sees the name alone.
    const file = header.getByText('Archive file: Visits 2024.db', { exact: true });
    await expect(file).toBeVisible();
    await expect(file).toHaveAttribute('title', dbPath);
    await expect(page).toHaveTitle('Secretariat Archive — Visits 2024.db');
    await app.screenshot('archive-file-name');
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
