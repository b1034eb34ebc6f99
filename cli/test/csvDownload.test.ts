import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { saveRecords } from '../../db/write/write.js';
import { httpRequest } from './httpRequest.js';
import { startWebApiServer, type WebApiServer } from './webApiServer.js';

let web: WebApiServer;

beforeAll(async () => {
  web = await startWebApiServer();
  saveRecords(web.db, [
    { table: 'topics', values: { name: 'Energy', description: '=cmd' } },
    { table: 'topics', values: { name: 'Transport', description: 'Rail, roads' } },
  ]);
});

afterAll(() => web.close());

describe('CSV download in web mode', () => {
  test('an export answers a one-time address that streams the file as an attachment', async () => {
    const answer = await web.api('exportCsv', {
      query: { table: 'topics', sort: [{ field: 'name' }] },
      delimiter: 'semicolon',
    });
    expect(answer.status).toBe(200);
    const { value } = JSON.parse(answer.body) as { value: { download: string } };
    expect(value.download).toMatch(/^\/download\/[0-9a-f]{48}$/);

    const file = await httpRequest(web.server.port, { path: value.download });
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="topics-.*\.csv"$/);
    expect(file.body).toBe("\uFEFFName;Description\r\nEnergy;'=cmd\r\nTransport;Rail, roads\r\n");

    const again = await httpRequest(web.server.port, { path: value.download });
    expect(again.status).toBe(404);
    expect(again.body).toMatch(/expired\. Export again/);
  });
});
