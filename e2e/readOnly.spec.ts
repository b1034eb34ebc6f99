import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { archiveCommand, startArchiveServer } from './archiveServer.js';
import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';

const root = path.resolve(import.meta.dirname, '..');

test('an archive another program is writing to opens read-only, and the window says why', async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  const dbPath = path.join(dir, 'archive.db');
  await archiveCommand(['demo', '--db', dbPath, '--visits', '20']);
  // Another program holding the archive's write lock for as long as the test runs.
  const holder = spawn(
    process.execPath,
    [
      '-e',
      `const db = new (require('better-sqlite3'))(${JSON.stringify(dbPath)});
       db.exec('BEGIN IMMEDIATE'); console.log('holding'); setInterval(() => {}, 1000);`,
    ],
    { cwd: root },
  );
  await new Promise((resolve) => holder.stdout.once('data', resolve));
  const server = await startArchiveServer(dbPath);
  try {
    const app = new AppPage(page);
    await app.open(server.url);
    const banner = page.getByRole('status', { name: 'Read-only' });
    await expect(banner).toContainText('open for reading only');
    await expect(banner).toContainText('Another program');
    await app.visits.waitForRows();
    await page.screenshot({ path: 'e2e/output/read-only-banner.png' });

    const saved = await server.answer('saveRecord', { table: 'topics', values: { name: 'New' } });
    expect(saved).toMatchObject({ ok: false, error: { code: 'refused' } });
  } finally {
    await server.stop();
    holder.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
