import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { saveRecords } from '../../db/write/write.js';
import { holdWriteLock, releaseWriteLocks } from '../../db/test/writeLockHolder.js';
import type { CliIo } from '../cliIo.js';
import { serve } from '../serve.js';
import { httpRequest } from './httpRequest.js';
import { tempDir } from './testIo.js';

const READY = /at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/;
afterEach(releaseWriteLocks);

type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { message: string } };

describe('archive serve on an archive another program is writing to', () => {
  test('serves it for reading only: the stats say why, lists answer, saves are refused', async () => {
    const file = path.join(tempDir(), 'archive.db');
    const db = openArchive(file, { create: true });
    saveRecords(db, [{ table: 'topics', values: { name: 'Energy' } }]);
    db.close();
    await holdWriteLock(file);

    const stop = new AbortController();
    const errors: string[] = [];
    const answers: Answer[] = [];
    let calls: Promise<void> = Promise.resolve();
    const io: CliIo = {
      out: (line) => {
        const match = READY.exec(line);
        if (!match) return;
        const call = (method: string, body: unknown) =>
          httpRequest(Number(match[1]), {
            method: 'POST',
            path: `/api/${method}`,
            headers: { 'X-Archive-Token': match[2]!, 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          }).then((a) => void answers.push(JSON.parse(a.body) as Answer));
        calls = (async () => {
          await call('stats', {});
          await call('listRecords', { table: 'topics' });
          await call('saveRecord', { table: 'topics', values: { name: 'New' } });
          stop.abort();
        })();
      },
      err: (line) => void errors.push(line),
      env: {},
      signal: stop.signal,
    };
    const dir = path.join(tempDir(), 'renderer');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Archive</title>');
    expect(
      await serve(
        { location: { file, explicit: true }, port: 0, open: false, rendererDir: dir },
        io,
      ),
    ).toBe(0);
    await calls;

    const [stats, listed, saved] = answers;
    const reason = (stats?.value?.['readOnly'] as { reason: string } | null)?.reason;
    expect(reason).toMatch(/^Another program.*is writing to this archive\./);
    expect(errors[0]).toBe(`The archive is open for reading only. ${reason}`);
    expect(listed).toMatchObject({ ok: true, value: { rows: [{ name: 'Energy' }], total: 1 } });
    expect(saved?.ok).toBe(false);
    expect(saved?.error?.message).toBe(
      `Nothing was changed: this archive is open for reading only. ${reason}`,
    );
  });
});
