import { afterAll, beforeAll, expect, test } from 'vitest';
import { startWebApiServer, type WebApiServer } from './webApiServer.js';

let web: WebApiServer;

beforeAll(async () => {
  web = await startWebApiServer();
});

afterAll(() => web.close());

/** One browser tab: its calls carry its session, as renderer/api.ts sends it. */
function tab(session: string) {
  return async (method: string, body: unknown) => {
    const answer = await web.api(method, body, { 'X-Archive-Session': session });
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
  expect(web.db.prepare('SELECT name FROM topics').pluck().all()).toEqual(['Water']);
  expect((await first('undo', {})).body).toEqual({ ok: true, value: { change: null } });
  expect(web.db.prepare('SELECT name FROM topics').pluck().all()).toEqual(['Water']);
});

test('web mode refuses a session id that is not one, and changes nothing', async () => {
  const answer = await tab('not a session; drop table')('saveRecord', {
    table: 'topics',
    values: { name: 'Oil' },
  });
  expect(answer.status).toBe(400);
  expect(answer.body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(web.db.prepare("SELECT count(*) FROM topics WHERE name = 'Oil'").pluck().get()).toBe(0);
});
