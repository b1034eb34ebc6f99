import { afterAll, beforeAll, expect, test } from 'vitest';
import { MAX_TEXT } from '../../db/write/fieldValue.js';
import { startWebApiServer, type WebApiServer } from './webApiServer.js';

let web: WebApiServer;

beforeAll(async () => {
  web = await startWebApiServer();
});

afterAll(() => web.close());

test('web mode checks and saves a source whose text is as long as a text field may hold', async () => {
  // Minutes in Cyrillic take two bytes a letter: well under the field's length, over 1 MB.
  const text = 'Протокол. '.repeat(MAX_TEXT / 10).trim();
  expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
  const input = { table: 'sources', values: { title: 'Minutes of the council', text } };

  const checked = await web.api('validateRecord', input);
  expect(checked.status).toBe(200);
  expect(JSON.parse(checked.body)).toMatchObject({ ok: true, value: { problems: [] } });
  const saved = await web.api('saveRecord', input);
  expect(saved.status).toBe(200);
  expect(JSON.parse(saved.body)).toMatchObject({ ok: true });
  const stored = web.db.prepare('SELECT text FROM sources').pluck().get() as string;
  expect(stored).toBe(text);
});
