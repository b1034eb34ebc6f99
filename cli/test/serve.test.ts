import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listBackups } from '../../db/backup/backupRotation.js';
import { openArchive } from '../../db/open/open.js';
import { CliError } from '../cliError.js';
import type { CliIo } from '../cliIo.js';
import { serve, type ServeOptions } from '../serve.js';
import { httpRequest } from './httpRequest.js';
import { tempDir } from './testIo.js';

const READY = /^Secretariat Archive: (.+) at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/;

let dir: string;
let renderer: string;

beforeAll(() => {
  dir = tempDir();
  renderer = path.join(dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Archive</title>');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Served {
  code: number;
  out: string[];
  opened: string[];
  /** What the server answered while it ran. */
  status: number;
}

/** Runs `serve` until it has printed its address, calls the API once, then stops it. */
async function serveOnce(options: Omit<ServeOptions, 'rendererDir'>): Promise<Served> {
  const stop = new AbortController();
  const out: string[] = [];
  const opened: string[] = [];
  let status = 0;
  let answered: Promise<void> = Promise.resolve();
  const io: CliIo = {
    out: (line) => {
      out.push(line);
      const match = READY.exec(line);
      if (!match) return;
      answered = httpRequest(Number(match[2]), {
        method: 'POST',
        path: '/api/stats',
        headers: { 'X-Archive-Token': match[3]! },
        body: '{}',
      }).then((a) => {
        status = a.status;
        stop.abort();
      });
    },
    err: () => {},
    env: {},
    signal: stop.signal,
    openUrl: async (url) => void opened.push(url),
  };
  const code = await serve({ ...options, rendererDir: renderer }, io);
  await answered;
  return { code, out, opened, status };
}

describe('archive serve', () => {
  test('creates the default archive on first start and prints one line with the address', async () => {
    const file = path.join(dir, 'config', 'Secretariat Archive', 'archive.db');
    const served = await serveOnce({ location: { file, explicit: false }, port: 0, open: true });
    expect(served.code).toBe(0);
    expect(served.out).toHaveLength(1);
    expect(served.out[0]).toMatch(READY);
    expect(READY.exec(served.out[0]!)?.[1]).toBe(file);
    expect(served.status).toBe(200);
    expect(fs.existsSync(file)).toBe(true);
  });

  test('opens the browser on a page only its owner may read, with no token on a command line', async () => {
    const file = path.join(dir, 'config', 'Secretariat Archive', 'archive.db');
    const stop = new AbortController();
    const out: string[] = [];
    const page: { url?: string; text?: string; modes?: number[] } = {};
    const io: CliIo = {
      out: (line) => void out.push(line),
      err: () => {},
      env: {},
      signal: stop.signal,
      openUrl: async (url) => {
        const launch = fileURLToPath(url);
        page.url = url;
        page.text = fs.readFileSync(launch, 'utf8');
        page.modes = [launch, path.dirname(launch)].map((f) => fs.statSync(f).mode & 0o777);
        stop.abort();
      },
    };
    await serve(
      { location: { file, explicit: true }, port: 0, open: true, rendererDir: renderer },
      io,
    );
    const address = out[0]!.split(' at ')[1]!;
    const token = READY.exec(out[0]!)![3]!;
    expect(page.url).toMatch(/^file:\/\/\/.*\.html$/);
    expect(page.url).not.toContain(token);
    expect(page.modes).toEqual([0o600, 0o700]);
    expect(page.text).toContain(`location.replace("${address}")`);
    expect(fs.existsSync(fileURLToPath(page.url!))).toBe(false);
  });

  test("prints its address before the day's backup is taken, which a large archive waits minutes for", async () => {
    const file = path.join(dir, 'backed-up.db');
    openArchive(file, { create: true }).close();
    const backups = () => listBackups(file).map((b) => b.kind);
    let atAddress: string[] | undefined;
    const stop = new AbortController();
    const io: CliIo = {
      out: (line) => {
        if (!READY.test(line)) return;
        atAddress = backups();
        stop.abort();
      },
      err: () => {},
      env: {},
      signal: stop.signal,
    };
    const code = await serve(
      { location: { file, explicit: true }, port: 0, open: false, rendererDir: renderer },
      io,
    );
    expect(code).toBe(0);
    expect(atAddress).toEqual([]);
    // Still taken, before the command ends.
    expect(backups()).toEqual(['daily']);
  });

  test('does not open a browser with --no-open', async () => {
    const file = path.join(dir, 'config', 'Secretariat Archive', 'archive.db');
    const served = await serveOnce({ location: { file, explicit: true }, port: 0, open: false });
    expect(served.opened).toEqual([]);
  });

  test('refuses a missing archive the user named, creating nothing', async () => {
    const file = path.join(dir, 'named.db');
    await expect(
      serveOnce({ location: { file, explicit: true }, port: 0, open: false }),
    ).rejects.toThrow(CliError);
    expect(fs.existsSync(file)).toBe(false);
  });
});
