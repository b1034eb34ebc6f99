import { afterAll, beforeAll, expect, test } from 'vitest';
import { listRecords } from '../../db/query/query.js';
import { parseQuery } from '../../db/query/compileQuery.js';
import { startWebApiServer, type WebApiServer } from './webApiServer.js';

let web: WebApiServer;

beforeAll(async () => {
  web = await startWebApiServer();
});

afterAll(() => web.close());

test('web mode takes a CSV file of several MB for import, and 1 MB at most for the rest', async () => {
  const rows = Array.from({ length: 3000 }, (_, i) => `Topic ${i},${'ü'.repeat(600)}`);
  const csv = Buffer.from(['Name,Description', ...rows].join('\r\n'));
  expect(csv.length).toBeGreaterThan(3_000_000);
  const input = { table: 'topics', file: csv.toString('base64') };
  const preview = await web.api('previewCsvImport', input);
  expect(preview.status).toBe(200);
  expect(JSON.parse(preview.body)).toMatchObject({ ok: true, value: { rows: 3000, problems: [] } });
  const imported = await web.api('importCsv', input);
  expect(JSON.parse(imported.body)).toMatchObject({ ok: true, value: { written: true } });
  expect(listRecords(web.db, parseQuery({ table: 'topics' })).total).toBe(3000);

  const big = await web.api('listRecords', {
    table: 'topics',
    search: 'x'.repeat(2 * 1024 * 1024),
  });
  expect(big.status).toBe(413);
  expect(JSON.parse(big.body).error.message).toMatch(/larger than 1 MB/);
});
