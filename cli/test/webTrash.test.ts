import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { backupsDir } from '../../db/backup/preMigrationBackup.js';
import { saveRecord } from '../../db/write/write.js';
import { startWebApiServer, type WebApiServer } from './webApiServer.js';

let web: WebApiServer;

beforeAll(async () => {
  web = await startWebApiServer();
});

afterAll(() => web.close());

async function api(method: string, body: unknown): Promise<unknown> {
  const answer = await web.api(method, body);
  return JSON.parse(answer.body);
}

test('web mode trashes a visit with its meetings, merges people and empties the trash', async () => {
  const id = (table: 'visits' | 'meetings' | 'people', values: Record<string, unknown>) =>
    String(saveRecord(web.db, { table, values }).record.id);
  const visit = id('visits', { title: 'Visit to Astana' });
  id('meetings', { visit_id: visit });
  expect(await api('deleteRecords', { table: 'visits', ids: [visit] })).toMatchObject({
    ok: false,
    error: { code: 'refused' },
  });
  expect(await api('deleteRecords', { table: 'visits', ids: [visit], meetings: 'trash' })).toEqual({
    ok: true,
    value: { count: 1 },
  });
  const keep = id('people', { name: 'Alexander Pankin' });
  const merge = id('people', { name: 'Aleksandr Pankin' });
  expect(
    await api('mergeRecords', { table: 'people', keepId: keep, mergeId: merge }),
  ).toMatchObject({ ok: true, value: { moved: 0, record: { aliases: '["Aleksandr Pankin"]' } } });
  const emptied = (await api('emptyTrash', {})) as {
    ok: true;
    value: { deleted: number; kept: number; backup: { name: string; kind: string } };
  };
  expect(emptied).toMatchObject({ ok: true, value: { deleted: 3, kept: 0 } });
  expect(emptied.value.backup.kind).toBe('pre-empty-trash');
  expect(fs.existsSync(path.join(backupsDir(web.file), emptied.value.backup.name))).toBe(true);
  expect(await api('stats', {})).toMatchObject({ ok: true, value: { inTrash: 0 } });
});
