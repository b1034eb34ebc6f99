import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { readRecentPaths, recentArchivesFile } from '../recentArchives.js';
import type { FakeElectron } from './fakeElectron.js';
import { fileMenuDriver } from './fileMenuDriver.js';
import { startMain, stopMain } from './startMain.js';

// The real main process under Node, as in mainSwitch.test.ts: File > New Archive… while a form
// in the window holds unsaved changes.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
const recentList = recentArchivesFile(path.join(dir, 'profile'));
let fake: FakeElectron;
const { openPath, choose, title } = fileMenuDriver(() => fake);

beforeAll(async () => {
  // A file ARCHIVE_DB names must exist: only the app's own archive is created at a start.
  openArchive(path.join(dir, 'first.db'), { create: true }).close();
  fake = await startMain(dir, path.join(dir, 'first.db'));
  fs.writeFileSync(path.join(dir, 'notes.db'), 'minutes of the meeting, not a database');
});

afterAll(() => stopMain(fake, dir));

describe('New Archive… from a window with unsaved changes', () => {
  test('"Keep editing" on New Archive… makes no file; "Discard changes" then makes it', async () => {
    const stays = await openPath();
    const window = fake.windows[0];
    if (!window || typeof stays !== 'string') throw new Error('no window or archive');
    const fresh = path.join(dir, 'fresh.db');
    window.page.unsaved = true;
    fake.nextMessageBoxAnswer = 1;
    fake.errors.length = 0;
    choose('New Archive…', fresh);
    await vi.waitFor(() => expect(fake.errors).toEqual(['Discard unsaved changes?']));
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('fresh'))).toEqual([]);
    expect(await openPath()).toBe(stays);
    expect(title()).toBe(`Secretariat Archive — ${path.basename(stays)}`);
    expect(readRecentPaths(recentList)).not.toContain(fresh);

    window.page.unsaved = true;
    fake.nextMessageBoxAnswer = 0;
    choose('New Archive…', fresh);
    await vi.waitFor(async () => expect(await openPath()).toBe(fresh));
    expect(fs.existsSync(fresh)).toBe(true);
    expect(title()).toBe('Secretariat Archive — fresh.db');
    expect(readRecentPaths(recentList)[0]).toBe(fresh);
    fake.nextMessageBoxAnswer = undefined;
  });

  test('a new archive that cannot be made, once the page has left, leaves the open one', async () => {
    const stays = await openPath();
    const blocked = path.join(dir, 'notes.db', 'inside.db');
    fake.errors.length = 0;
    choose('New Archive…', blocked);
    // Found by its words: a warning from the earlier switch may arrive in between.
    const refusal = () => fake.errors.find((e) => e.startsWith('inside.db could not be opened'));
    await vi.waitFor(() => expect(refusal()).toBeDefined());
    expect(refusal()).toMatch(/The archive that was open stays open\./);
    expect(await openPath()).toBe(stays);
    expect(title()).toBe(`Secretariat Archive — ${path.basename(String(stays))}`);
  });
});
