import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { API_METHODS } from '../../db/api.js';
import { RENDERER_URL } from '../rendererUrl.js';
import { openArchive } from '../../db/open/open.js';
import type { FakeElectron } from './fakeElectron.js';

// Runs the real main process under Node, with Electron's API replaced by a recorder: the wiring
// (archive file, IPC, window, permissions, quit) is checked even where Electron cannot run.
const root = path.resolve(import.meta.dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
const db = path.join(dir, 'data', 'archive.db');
const renderer = path.join(dir, 'renderer');
let fake: FakeElectron;

function ipc(method: string, input: unknown, url = RENDERER_URL) {
  const handler = fake.handlers.get(`archive:${method}`);
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler({ senderFrame: { url } }, input) as Promise<{ ok: boolean; value?: unknown }>;
}

beforeAll(async () => {
  const main = path.join(dir, 'electron', 'main.mjs');
  await build({
    entryPoints: [path.join(root, 'electron', 'main.ts')],
    outfile: main,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    alias: { electron: path.join(import.meta.dirname, 'fakeElectron.ts') },
    logLevel: 'silent',
  });
  // The reader threads start from a file beside the bundle, as the build puts it; a thread runs
  // under plain Node, which finds the project's packages through this link.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  await build({
    entryPoints: [path.join(root, 'db', 'readers', 'readerWorker.ts')],
    outfile: path.join(dir, 'electron', 'readerWorker.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  fs.cpSync(path.join(root, 'db', 'migrations'), path.join(dir, 'electron', 'migrations'), {
    recursive: true,
  });
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Archive</title>');
  // A file ARCHIVE_DB names must exist: only the app's own archive is created at a start.
  fs.mkdirSync(path.dirname(db));
  openArchive(db, { create: true }).close();
  process.env.ARCHIVE_DB = db;
  process.env.ARCHIVE_USER_DATA = path.join(dir, 'profile');
  process.env.FAKE_APP_PATH = dir;
  await import(pathToFileURL(main).href);
  fake = (globalThis as { fakeElectron?: FakeElectron }).fakeElectron as FakeElectron;
  await fake.ready;
  await new Promise((resolve) => setImmediate(resolve));
});

describe('the main process', () => {
  test('opens the archive named by ARCHIVE_DB', () => {
    expect(fake.errors).toEqual([]);
    expect(fake.exitCode).toBeUndefined();
  });

  test('answers every API method over IPC for its own page', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual(API_METHODS.map((m) => `archive:${m}`).sort());
    const stats = await ipc('stats', {});
    expect(stats).toMatchObject({ ok: true, value: { path: db } });
    const bad = await ipc('listRecords', { table: 'passwords' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test('answers a list from a reader thread, which sees what was just saved', async () => {
    const saved = await ipc('saveRecord', { table: 'topics', values: { name: 'Water' } });
    expect(saved).toMatchObject({ ok: true });
    const listed = await ipc('listRecords', { table: 'topics' });
    expect(listed).toMatchObject({ ok: true, value: { rows: [{ name: 'Water' }], total: 1 } });
  });

  test('refuses calls from any other page, before looking at the input', async () => {
    const refused = await ipc('stats', {}, 'https://example.org/');
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    const fromDisk = await ipc('stats', {}, pathToFileURL(path.join(renderer, 'index.html')).href);
    expect(fromDisk).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  test("serves the built renderer on the app's own scheme, registered before ready", async () => {
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const handler = fake.protocolHandlers.get('app');
    if (!handler) throw new Error('no handler for app://');
    const page = await handler(new Request(RENDERER_URL));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><title>Archive</title>');
    const outside = await handler(new Request('app://archive/%2e%2e/data/archive.db'));
    expect(outside.status).toBe(404);
  });

  test('opens one hardened window on the built renderer', () => {
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window?.loaded).toEqual(['app://archive/index.html']);
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join(dir, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    for (const event of ['will-navigate', 'will-frame-navigate']) {
      let prevented = false;
      window?.contentsListeners[event]?.({ preventDefault: () => (prevented = true) });
      expect(prevented, event).toBe(true);
    }
    expect(window?.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    expect(fake.menuSet).toBe(true);
  });

  test('denies every permission', () => {
    let granted: boolean | undefined;
    fake.permissionRequest?.({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(fake.permissionCheck?.({}, 'notifications', 'file://')).toBe(false);
  });

  test('fetches no spelling dictionaries: the spellchecker is off on this Linux machine', () => {
    expect(process.platform).not.toBe('darwin');
    expect(fake.spellCheckerEnabled).toBe(false);
    expect(fake.windows[0]?.options.webPreferences).toMatchObject({ spellcheck: false });
  });

  test('closes the archive and stops answering when the app quits', async () => {
    expect(fs.existsSync(`${db}-wal`)).toBe(true);
    for (const listener of fake.appListeners['will-quit'] ?? []) listener();
    expect(fake.handlers.size).toBe(0);
    // SQLite removes the write-ahead log when the last connection closes properly.
    expect(fs.existsSync(`${db}-wal`)).toBe(false);
  });
});
