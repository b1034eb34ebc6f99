import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { backupsDir } from '../../db/backup/preMigrationBackup.js';
import { saveRecord } from '../../db/write/write.js';
import { startWebServer, type WebServer } from '../webServer.js';
import { httpRequest } from './httpRequest.js';
import { tempDir } from './testIo.js';

let db: Database.Database;
let file: string;
let server: WebServer;

beforeAll(async () => {
  file = path.join(tempDir(), 'archive.db');
  db = openArchive(file, { create: true });
  server = await startWebServer({ db, file, rendererDir: null });
});

afterAll(async () => {
  await server.close();
  db.close();
});

async function api(method: string, body: unknown): Promise<unknown> {
  const answer = await httpRequest(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Archive-Token': server.token },
    body: JSON.stringify(body),
  });
  return JSON.parse(answer.body);
}

test('web mode trashes a visit with its meetings, merges people and empties the trash', async () => {
  const id = (table: 'visits' | 'meetings' | 'people', values: Record<string, unknown>) =>
    String(saveRecord(db, { table, values }).record.id);
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
  expect(fs.existsSync(path.join(backupsDir(file), emptied.value.backup.name))).toBe(true);
  expect(await api('stats', {})).toMatchObject({ ok: true, value: { inTrash: 0 } });
});
