import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { startWebServer, type WebServer } from '../webServer.js';
import { httpRequest } from './httpRequest.js';
import { tempDir } from './testIo.js';

let db: Database.Database;
let server: WebServer;

beforeAll(async () => {
  const file = path.join(tempDir(), 'archive.db');
  db = openArchive(file, { create: true });
  server = await startWebServer({ db, file, rendererDir: null });
});

afterAll(async () => {
  await server.close();
  db.close();
});

/** One browser tab: its calls carry its session, as renderer/api.ts sends it. */
function tab(session: string) {
  return async (method: string, body: unknown) => {
    const answer = await httpRequest(server.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: {
        'Content-Type': 'application/json',
        'X-Archive-Token': server.token,
        'X-Archive-Session': session,
      },
      body: JSON.stringify(body),
    });
    return { status: answer.status, body: JSON.parse(answer.body) as Record<string, unknown> };
  };
}

test("web mode: a tab's undo takes back its own change, not another tab's", async () => {
  const first = tab('tab-1');
  const second = tab('tab-2');
  await first('saveRecord', { table: 'topics', values: { name: 'Energy' } });
  await second('saveRecord', { table: 'topics', values: { name: 'Water' } });
  const undone = await first('undo', {});
  expect(undone.body).toMatchObject({ ok: true, value: { change: { op: 'create' } } });
  expect(db.prepare('SELECT name FROM topics').pluck().all()).toEqual(['Water']);
  expect((await first('undo', {})).body).toEqual({ ok: true, value: { change: null } });
  expect(db.prepare('SELECT name FROM topics').pluck().all()).toEqual(['Water']);
});

test('web mode refuses a session id that is not one, and changes nothing', async () => {
  const answer = await tab('not a session; drop table')('saveRecord', {
    table: 'topics',
    values: { name: 'Oil' },
  });
  expect(answer.status).toBe(400);
  expect(answer.body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(db.prepare("SELECT count(*) FROM topics WHERE name = 'Oil'").pluck().get()).toBe(0);
});
