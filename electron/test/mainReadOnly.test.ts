import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { saveRecords } from '../../db/write/write.js';
import { holdWriteLock } from '../../db/test/writeLockHolder.js';
import { RENDERER_URL } from '../rendererUrl.js';
import type { FakeElectron } from './fakeElectron.js';
import { startMain, stopMain } from './startMain.js';

// The real main process under Node, as in main.test.ts, started on an archive that another
// program is writing to.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
const db = path.join(dir, 'data', 'archive.db');
let fake: FakeElectron;
let holder: ChildProcess;

function ipc(method: string, input: unknown) {
  const handler = fake.handlers.get(`archive:${method}`);
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler({ senderFrame: { url: RENDERER_URL } }, input) as Promise<{
    ok: boolean;
    value?: Record<string, unknown>;
    error?: { code: string; message: string };
  }>;
}

beforeAll(async () => {
  fs.mkdirSync(path.dirname(db));
  const archive = openArchive(db, { create: true });
  saveRecords(archive, [{ table: 'topics', values: { name: 'Energy' } }]);
  archive.close();
  holder = await holdWriteLock(db);

  fake = await startMain(dir, db);
});

afterAll(() => {
  holder.kill('SIGKILL');
  stopMain(fake, dir);
});

describe('the main process on an archive another program is writing to', () => {
  test('opens it for reading only and says why in the stats', async () => {
    expect(fake.errors).toEqual([]);
    expect(fake.exitCode).toBeUndefined();
    const stats = await ipc('stats', {});
    expect(stats.value?.['readOnly']).toMatchObject({
      reason: expect.stringMatching(/^Another program.*is writing to this archive\./),
    });
  });

  test('answers lists and refuses changes with the reason', async () => {
    const listed = await ipc('listRecords', { table: 'topics' });
    expect(listed).toMatchObject({ ok: true, value: { rows: [{ name: 'Energy' }], total: 1 } });
    const saved = await ipc('saveRecord', { table: 'topics', values: { name: 'New' } });
    expect(saved).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(saved.error?.message).toMatch(/^Nothing was changed: this archive is open for reading/);
  });

  test('takes no automatic backup of an archive it cannot write', () => {
    expect(fs.existsSync(`${db}.backups`)).toBe(false);
  });
});
