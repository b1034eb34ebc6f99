import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { FakeElectron } from './fakeElectron.js';

const root = path.resolve(import.meta.dirname, '..', '..');

async function bundle(dir: string, entry: string, outfile: string, alias = {}) {
  await build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(dir, 'electron', outfile),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    alias,
    logLevel: 'silent',
  });
}

/**
 * Runs the real main process under Node with Electron's API replaced by the recorder in
 * fakeElectron.ts, laid out in `dir` as the build lays out dist/, with its profile in
 * `dir`/profile. `archiveDb` is ARCHIVE_DB, or unset for the app's own choice.
 */
export async function startMain(dir: string, archiveDb: string | undefined): Promise<FakeElectron> {
  await bundle(dir, 'electron/main.ts', 'main.mjs', {
    electron: path.join(import.meta.dirname, 'fakeElectron.ts'),
  });
  await bundle(dir, 'db/readers/readerWorker.ts', 'readerWorker.mjs');
  await bundle(dir, 'db/open/upgradeWorker.ts', 'upgradeWorker.mjs');
  // A reader thread runs under plain Node, which finds the project's packages through this link.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  fs.cpSync(path.join(root, 'db', 'migrations'), path.join(dir, 'electron', 'migrations'), {
    recursive: true,
  });
  if (archiveDb) process.env.ARCHIVE_DB = archiveDb;
  else delete process.env.ARCHIVE_DB;
  process.env.ARCHIVE_USER_DATA = path.join(dir, 'profile');
  process.env.FAKE_APP_PATH = dir;
  await import(pathToFileURL(path.join(dir, 'electron', 'main.mjs')).href);
  const fake = (globalThis as { fakeElectron?: FakeElectron }).fakeElectron as FakeElectron;
  await fake.ready;
  await new Promise((resolve) => setImmediate(resolve));
  return fake;
}

/** Quits the main process started in `dir` as the app quits (its will-quit listeners), and removes `dir`. */
export function stopMain(fake: FakeElectron, dir: string): void {
  for (const listener of fake.appListeners['will-quit'] ?? []) listener();
  fs.rmSync(dir, { recursive: true, force: true });
}
