import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { browserHelp } from '../browserHelp.js';
import { browserProvisions } from '../browserProvisions.js';
import { findBrowser } from '../findBrowser.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder holding the given files; `executable` ones may be run. */
function folder(files: Record<string, { executable: boolean }>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'browser-'));
  dirs.push(dir);
  for (const [name, { executable }] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '#!/bin/sh\n', { mode: executable ? 0o755 : 0o644 });
  }
  return dir;
}

const run = { executable: true };
const linux = (PATH: string, playwrightChromium: string | null = null, extra = {}) =>
  findBrowser({ env: { PATH, ...extra }, platform: 'linux', playwrightChromium });

describe('the browser the end-to-end tests drive', () => {
  test.skipIf(process.platform === 'win32')(
    'is a system Chromium or Chrome on PATH, in PATH’s order, skipping files that cannot run',
    () => {
      const first = folder({ chromium: { executable: false }, 'google-chrome': run });
      const second = folder({ chromium: run });
      const both = [first, second].join(path.delimiter);
      // chromium is preferred to google-chrome, and the one in `first` cannot be run.
      expect(linux(both)).toEqual({ path: path.join(second, 'chromium'), source: 'system' });
      expect(linux(first)).toEqual({ path: path.join(first, 'google-chrome'), source: 'system' });
      const ubuntu = folder({ 'chromium-browser': run });
      expect(linux(ubuntu)?.path).toBe(path.join(ubuntu, 'chromium-browser'));
    },
  );

  test.skipIf(process.platform === 'win32')(
    'is Playwright’s own Chromium once downloaded, before the system’s',
    () => {
      const system = folder({ chromium: run });
      const cache = folder({ 'chrome-linux64/chrome': run });
      const own = path.join(cache, 'chrome-linux64', 'chrome');
      expect(linux(system, own)).toEqual({ path: own, source: 'playwright' });
      // Not downloaded: Playwright names the place all the same, and the system's is taken.
      const missing = path.join(cache, 'chromium-9999', 'chrome');
      expect(linux(system, missing)?.source).toBe('system');
    },
  );

  test('is the one CHROMIUM_PATH names, whatever else there is', () => {
    const system = folder({ chromium: run });
    expect(linux(system, null, { CHROMIUM_PATH: '/opt/chrome/chrome' })).toEqual({
      path: '/opt/chrome/chrome',
      source: 'CHROMIUM_PATH',
    });
  });

  test('is none on a machine without one, and the help says what to install there', () => {
    const empty = folder({ 'not-a-browser': run });
    expect(linux(empty)).toBeNull();
    expect(linux('')).toBeNull();
    expect(browserHelp('linux')).toMatch(/apt-get install chromium.*CHROMIUM_PATH/);
    expect(browserHelp('darwin')).toMatch(/npx playwright install chromium/);
    expect(browserHelp('win32')).toMatch(/Google Chrome/);
  });
});

describe('a missing browser is provided', () => {
  test('as root on Debian or Ubuntu by its chromium package, then by Playwright’s download', () => {
    expect(browserProvisions({ uid: 0, debian: true, aptGet: true })).toEqual(['apt', 'download']);
  });

  test('elsewhere only by Playwright’s download', () => {
    expect(browserProvisions({ uid: 1000, debian: true, aptGet: true })).toEqual(['download']);
    expect(browserProvisions({ uid: 0, debian: false, aptGet: false })).toEqual(['download']);
    expect(browserProvisions({ uid: undefined, debian: false, aptGet: false })).toEqual([
      'download',
    ]);
  });
});
