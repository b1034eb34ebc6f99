import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../../db/migrate.js';
import { schemaFiveArchive } from '../../db/test/schemaFiveArchive.js';
import { RENDERER_URL } from '../rendererUrl.js';
import type { FakeElectron, FakeWindow } from './fakeElectron.js';
import { startMain, stopMain } from './startMain.js';

// The real main process under Node, started on an archive of schema 5: the upgrade runs on a
// thread of its own while a small window shows its progress, then the archive's window opens.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
let fake: FakeElectron;
let file: string;

/** The page of the archive's window loaded: the start has gone on once the upgrade was done. */
function archiveWindowLoaded(): Promise<FakeWindow> {
  return new Promise((resolve) => {
    const loaded = fake.windows.find((w) => w.loaded.includes(RENDERER_URL));
    if (loaded) return resolve(loaded);
    fake.onLoad = (window, url) => {
      if (url === RENDERER_URL) resolve(window);
    };
  });
}

const pageText = (url: string) => decodeURIComponent(url.slice(url.indexOf(',') + 1));

beforeAll(async () => {
  const archives = path.join(dir, 'archives');
  fs.mkdirSync(archives);
  file = schemaFiveArchive(archives, 500);
  fake = await startMain(dir, file);
});

afterAll(() => stopMain(fake, dir));

describe('starting on an archive of an older schema', () => {
  test('shows the upgrade in a small window, then opens the archive upgraded', async () => {
    const main = await archiveWindowLoaded();
    expect(fake.errors).toEqual([]);
    expect(fake.exitCode).toBeUndefined();
    const [progress] = fake.windows;
    expect(progress).not.toBe(main);
    expect(progress?.options).toMatchObject({ closable: false, show: false });
    expect(progress?.options.webPreferences).toMatchObject({ javascript: false, sandbox: true });

    const pages = (progress?.loaded ?? []).map(pageText);
    expect(pages[0]).toContain('Checking the archive before upgrading it…');
    expect(pages.some((p) => p.includes('Backing up the archive before upgrading it…'))).toBe(true);
    const copied = pages.find((p) =>
      p.includes('Backing up the archive before upgrading it: 100% copied'),
    );
    expect(copied).toContain('<progress max="100" value="100"');
    const checking = pages.find((p) => p.includes('Checking the backup before upgrading'));
    expect(checking).toContain('<progress max="100" aria-labelledby');
    const filled = pages.find((p) =>
      p.includes(`Upgrading the archive to schema version 6 of ${SCHEMA_VERSION}: 100% done`),
    );
    expect(filled).toContain('<progress max="100" value="100"');
    expect(pages.at(-1)).toContain(`schema version ${SCHEMA_VERSION} of ${SCHEMA_VERSION}`);
    expect(pages.every((p) => !p.includes('<script'))).toBe(true);
    expect(progress?.progress.at(0)).toBe(2);
    expect(progress?.progress).toContain(1);
    // Hidden once done, and closed when the archive's window exists, so the app never stood
    // without a window (which would have quit it).
    expect(progress?.hidden).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(progress?.destroyed).toBe(true);

    expect(fake.handlers.has('archive:listRecords')).toBe(true);
    const db = new DatabaseConstructor(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
