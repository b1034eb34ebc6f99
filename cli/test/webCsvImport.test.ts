import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { listRecords } from '../../db/query/query.js';
import { startWebServer, type WebServer } from '../webServer.js';
import { httpRequest } from './httpRequest.js';
import { tempDir } from './testIo.js';
import { parseQuery } from '../../db/query/compileQuery.js';

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

function api(method: string, body: unknown) {
  return httpRequest(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Archive-Token': server.token },
    body: JSON.stringify(body),
  });
}

test('web mode takes a CSV file of several MB for import, and 1 MB at most for the rest', async () => {
  const rows = Array.from({ length: 3000 }, (_, i) => `Topic ${i},${'ü'.repeat(600)}`);
  const csv = Buffer.from(['Name,Description', ...rows].join('\r\n'));
  expect(csv.length).toBeGreaterThan(3_000_000);
  const input = { table: 'topics', file: csv.toString('base64') };
  const preview = await api('previewCsvImport', input);
  expect(preview.status).toBe(200);
  expect(JSON.parse(preview.body)).toMatchObject({ ok: true, value: { rows: 3000, problems: [] } });
  const imported = await api('importCsv', input);
  expect(JSON.parse(imported.body)).toMatchObject({ ok: true, value: { written: true } });
  expect(listRecords(db, parseQuery({ table: 'topics' })).total).toBe(3000);

  const big = await api('listRecords', { table: 'topics', search: 'x'.repeat(2 * 1024 * 1024) });
  expect(big.status).toBe(413);
  expect(JSON.parse(big.body).error.message).toMatch(/larger than 1 MB/);
});
