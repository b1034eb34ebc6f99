import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { readRecentPaths, recentArchivesFile } from '../recentArchives.js';
import { RENDERER_URL } from '../rendererUrl.js';
import type { FakeElectron } from './fakeElectron.js';
import { startMain, stopMain } from './startMain.js';

// A start without ARCHIVE_DB, whose archive opened last is now from a newer version of the app.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
const profile = path.join(dir, 'profile');
const newer = path.join(dir, 'shared', 'newer.db');
const recentList = recentArchivesFile(profile);
let fake: FakeElectron;

beforeAll(async () => {
  fs.mkdirSync(path.dirname(newer), { recursive: true });
  openArchive(newer, { create: true }).close();
  const raw = new DatabaseConstructor(newer);
  raw.pragma('user_version = 999');
  raw.close();
  fs.mkdirSync(profile);
  fs.writeFileSync(recentList, JSON.stringify({ archives: [newer] }));
  fake = await startMain(dir, undefined);
});

afterAll(() => stopMain(fake, dir));

describe('a start on the archive opened last', () => {
  test('when it cannot open, says why and starts on the default archive instead', async () => {
    expect(fake.exitCode).toBeUndefined();
    expect(fake.errors).toHaveLength(1);
    expect(fake.errors[0]).toMatch(/newer version.*The app opens its default archive instead\./s);
    const handler = fake.handlers.get('archive:stats');
    const stats = (await handler?.({ senderFrame: { url: RENDERER_URL } }, {})) as {
      value?: { path: string };
    };
    expect(stats.value?.path).toBe(path.join(profile, 'archive.db'));
    expect(fake.windows[0]?.title).toBe('Secretariat Archive — archive.db');
    expect(readRecentPaths(recentList)).toEqual([path.join(profile, 'archive.db'), newer]);
  });
});
