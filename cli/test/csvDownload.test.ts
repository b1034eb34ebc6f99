import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { saveRecords } from '../../db/write/write.js';
import { startWebServer, type WebServer } from '../webServer.js';
import { httpRequest } from './httpRequest.js';
import { tempDir } from './testIo.js';

let dir: string;
let db: Database.Database;
let server: WebServer;

beforeAll(async () => {
  dir = tempDir();
  const file = path.join(dir, 'archive.db');
  db = openArchive(file, { create: true });
  saveRecords(db, [
    { table: 'topics', values: { name: 'Energy', description: '=cmd' } },
    { table: 'topics', values: { name: 'Transport', description: 'Rail, roads' } },
  ]);
  server = await startWebServer({ db, file, rendererDir: null });
});

afterAll(async () => {
  await server.close();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('CSV download in web mode', () => {
  test('an export answers a one-time address that streams the file as an attachment', async () => {
    const answer = await httpRequest(server.port, {
      method: 'POST',
      path: '/api/exportCsv',
      headers: { 'Content-Type': 'application/json', 'X-Archive-Token': server.token },
      body: JSON.stringify({
        query: { table: 'topics', sort: [{ field: 'name' }] },
        delimiter: 'semicolon',
      }),
    });
    expect(answer.status).toBe(200);
    const { value } = JSON.parse(answer.body) as { value: { download: string } };
    expect(value.download).toMatch(/^\/download\/[0-9a-f]{48}$/);

    const file = await httpRequest(server.port, { path: value.download });
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="topics-.*\.csv"$/);
    expect(file.body).toBe("\uFEFFName;Description\r\nEnergy;'=cmd\r\nTransport;Rail, roads\r\n");

    const again = await httpRequest(server.port, { path: value.download });
    expect(again.status).toBe(404);
    expect(again.body).toMatch(/expired\. Export again/);
  });
});
