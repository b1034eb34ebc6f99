import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { takeBackup } from '../../db/backup/backupRotation.js';
import { openArchive } from '../../db/open/open.js';
import { saveRecords } from '../../db/write/write.js';
import { damageTheEnd } from '../../db/test/damagedArchive.js';
import { RENDERER_URL } from '../rendererUrl.js';
import type { FakeElectron } from './fakeElectron.js';
import { startMain, stopMain } from './startMain.js';

// A start on an archive damaged where opening does not read: the window shows at once, and the
// full check that follows sets the file aside and offers the newest good backup.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
const file = path.join(dir, 'archive.db');
let fake: FakeElectron;

beforeAll(async () => {
  const db = openArchive(file, { create: true });
  saveRecords(db, [{ table: 'topics', values: { name: 'Energy' } }]);
  await takeBackup(db, 'manual');
  damageTheEnd(db, file);
  fake = await startMain(dir, file);
});

afterAll(() => stopMain(fake, dir));

async function topics(): Promise<unknown> {
  const handler = fake.handlers.get('archive:listRecords');
  const answer = (await handler?.({ senderFrame: { url: RENDERER_URL } }, { table: 'topics' })) as {
    value?: { rows: { name: string }[] };
  };
  return answer.value?.rows.map((r) => r.name);
}

describe('damage found by the check after the window shows', () => {
  test('sets the archive aside, offers the newest good backup, and opens it when chosen', async () => {
    expect(fake.windows).toHaveLength(1);
    // Watched without reading the archive: the check starts once the window's reads are quiet.
    await vi.waitFor(
      () =>
        expect(fake.errors).toContain(
          'The archive is damaged. Restore it from its newest good backup?',
        ),
      { timeout: 60_000, interval: 100 },
    );
    await vi.waitFor(async () => expect(await topics()).toEqual(['Energy']), {
      timeout: 60_000,
      interval: 100,
    });
    expect(fs.readdirSync(dir).some((name) => name.startsWith('archive.db.corrupt-'))).toBe(true);
    expect(fake.exitCode).toBeUndefined();
  }, 90_000);
});
