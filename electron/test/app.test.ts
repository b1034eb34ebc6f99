import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ElectronApplication, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_METHODS } from '../../db/api.js';
import { openArchive } from '../../db/open/open.js';
import { distIsStale } from '../../scripts/distStale.mjs';
import { electronBinary } from '../../scripts/electronBinary.mjs';
import { ensureElectronNative } from '../../scripts/electron-native.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const binary = electronBinary(root);

if (!binary) {
  console.warn(
    'SKIPPED: Electron tests — Electron binary not installed on this machine ' +
      '(run `node node_modules/electron/install.js` on a connected machine).',
  );
}

/** The page's `window.archive`, reached without the DOM typings this folder does not load. */
const archive = 'globalThis.archive';

describe.skipIf(!binary)('the Electron app', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  const db = path.join(dir, 'archive.db');
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ARCHIVE_DB: db,
    ARCHIVE_USER_DATA: path.join(dir, 'profile'),
  };
  delete env.ELECTRON_RUN_AS_NODE;
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    // A file ARCHIVE_DB names must exist: only the app's own archive is created at a start.
    openArchive(db, { create: true }).close();
    if (distIsStale(root)) {
      const build = spawnSync('npm', ['run', 'build'], {
        cwd: root,
        stdio: 'inherit',
        shell: process.platform === 'win32',
      });
      expect(build.status, 'npm run build failed').toBe(0);
    }
    ensureElectronNative(root);
    const { _electron } = await import('@playwright/test');
    app = await _electron.launch({ executablePath: binary ?? '', args: [root], cwd: root, env });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 15 * 60_000);

  afterAll(async () => {
    await app?.close();
  });

  test('opens the archive named by ARCHIVE_DB and answers window.archive.stats', async () => {
    const result = (await page.evaluate(`${archive}.stats({})`)) as {
      ok: boolean;
      value?: { path: string; schemaVersion: number };
    };
    expect(result.ok).toBe(true);
    expect(result.value?.path).toBe(db);
    expect(result.value?.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(db)).toBe(true);
  });

  test('refuses an invalid input with a readable error', async () => {
    const result = (await page.evaluate(`${archive}.listRecords({ table: 'passwords' })`)) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test('exposes exactly one function per API method, and no Node', async () => {
    const keys = (await page.evaluate(`Object.keys(${archive})`)) as string[];
    expect([...keys].sort()).toEqual([...API_METHODS].sort());
    const types = await page.evaluate(
      `[typeof globalThis.require, typeof globalThis.process, typeof globalThis.module]`,
    );
    expect(types).toEqual(['undefined', 'undefined', 'undefined']);
  });

  test('runs the window isolated and sandboxed', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
        getLastWebPreferences?: () => Record<string, unknown> | null;
      };
      return contents.getLastWebPreferences?.() ?? null;
    });
    if (prefs) {
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      });
    } else {
      console.warn(
        'This Electron does not report web preferences; checked through behaviour only.',
      );
    }
    // contextBridge refuses to expose anything without context isolation.
    expect(await page.evaluate(`typeof ${archive}`)).toBe('object');
  });

  test('denies new windows', async () => {
    const opened = await page.evaluate(`globalThis.open('https://example.org/') === null`);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('names the open archive in the window title', async () => {
    const title = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    );
    expect(title).toBe('Secretariat Archive — archive.db');
  });

  test('no request leaves the app while every section is opened', async () => {
    // Everything the session is asked for, from the page's reload on: only the built renderer's
    // own files may appear (and data: or blob: URLs, which never leave the process).
    await app.evaluate(({ session }) => {
      const seen: string[] = [];
      (globalThis as { seenRequests?: string[] }).seenRequests = seen;
      session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
        seen.push(details.url);
        callback({});
      });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Load demo records' }).click();
    for (const name of [
      'Visits',
      'Meetings',
      'People',
      'Organisations',
      'Events',
      'Timeline',
      'Import press release',
      'Trash',
      'Backups',
    ]) {
      const tab = page.getByRole('tab', { name, exact: true });
      await tab.click();
      await tab.and(page.locator('[aria-selected="true"]')).waitFor();
      await page.waitForLoadState('networkidle');
    }
    const seen = await app.evaluate(({ session }) => {
      session.defaultSession.webRequest.onBeforeRequest(null);
      return (globalThis as { seenRequests?: string[] }).seenRequests ?? [];
    });
    const own = 'app://archive/';
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((url) => !url.startsWith(own) && !/^(data|blob):/.test(url))).toEqual([]);
  });

  test('stays on its own page when the page tries to navigate away', async () => {
    const other = path.join(dir, 'elsewhere.html');
    fs.writeFileSync(other, '<!doctype html><title>elsewhere</title>');
    const before = page.url();
    expect(before).toBe('app://archive/index.html');
    const navigated = page
      .waitForURL(pathToFileURL(other).href, { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    await page.evaluate(`globalThis.location.href = ${JSON.stringify(pathToFileURL(other).href)}`);
    expect(await navigated).toBe(false);
    expect(page.url()).toBe(before);
  });

  test('a second start hands over to the running app and exits', () => {
    const second = spawnSync(binary ?? '', [root], { cwd: root, env, timeout: 60_000 });
    expect(second.status).toBe(0);
    expect(app.windows()).toHaveLength(1);
  });

  test('quitting closes the archive cleanly', async () => {
    await app.close();
    // SQLite removes the write-ahead log when the last connection closes properly.
    expect(fs.existsSync(`${db}-wal`)).toBe(false);
  });
});
