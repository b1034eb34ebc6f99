import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWebApiServer, type WebApiServer } from './webApiServer.js';

let web: WebApiServer;

beforeAll(async () => {
  web = await startWebApiServer();
});

afterAll(() => web.close());

describe('a CSV download of a query the archive refuses', () => {
  test('is refused with the sentence listRecords gives, before any download starts', async () => {
    for (const query of [
      { table: 'topics', columns: ['name', 'colour'] },
      { table: 'topics', where: [{ field: 'colour', op: 'equals', value: 'red' }] },
      { table: 'topics', sort: [{ field: 'colour' }] },
    ]) {
      const listed = await web.api('listRecords', query);
      expect(listed.status).toBe(200);
      const exported = await web.api('exportCsv', { query });
      expect(exported.status).toBe(200);
      expect(JSON.parse(exported.body)).toMatchObject({ ok: false });
      expect(JSON.parse(exported.body)).toEqual(JSON.parse(listed.body));
    }
  });
});
