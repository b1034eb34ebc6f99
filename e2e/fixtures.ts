import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { archiveCommand, startArchiveServer, type ArchiveServer } from './archiveServer.js';
import { AppPage } from './pages/AppPage.js';
import { pickLanguage, setLanguage } from '../i18n/language.js';

export const DEMO_VISITS = 300;

/** The tables whose state the app remembers between runs (renderer/tableTools/tableStateStore). */
const REMEMBERED_TABLES = ['visits', 'meetings', 'people', 'organisations', 'events'] as const;

async function withArchive(
  fill: ((dbPath: string) => Promise<void>) | null,
  use: (server: ArchiveServer) => Promise<void>,
): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  const dbPath = path.join(dir, 'archive.db');
  let server: ArchiveServer | undefined;
  try {
    await archiveCommand(['init', '--db', dbPath]);
    if (fill) await fill(dbPath);
    server = await startArchiveServer(dbPath);
    await use(server);
  } finally {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface Fixtures {
  /** The project's browser language, which the app starts in and the test's `t()` speaks. */
  language: string;
  /** A new, empty archive served in web mode, for this test alone. */
  emptyArchive: ArchiveServer;
  /** The app opened on `demoArchive`. */
  app: AppPage;
}

interface WorkerFixtures {
  /** An archive with the demo records, shared by the tests of a worker that only read it. */
  demoArchive: ArchiveServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  language: [
    async ({ locale }, use) => {
      const language = pickLanguage([locale ?? 'en']);
      setLanguage(language);
      await use(language);
    },
    { auto: true },
  ],
  emptyArchive: async ({}, use) => {
    await withArchive(null, use);
  },
  demoArchive: [
    async ({}, use) => {
      await withArchive(async (dbPath) => {
        await archiveCommand(['demo', '--db', dbPath, '--visits', String(DEMO_VISITS)]);
      }, use);
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  app: async ({ page, demoArchive }, use) => {
    // Tables remember their filters, search, sort and columns in the archive: the shared demo
    // archive would hand one test's table to the next. Each test starts from the defaults.
    for (const table of REMEMBERED_TABLES) {
      await demoArchive.call('putUiState', { key: `table.${table}`, value: null });
      await demoArchive.call('putUiState', { key: `table.${table}.view`, value: null });
    }
    const app = new AppPage(page);
    await app.open(demoArchive.url);
    await use(app);
  },
});

export { expect };
