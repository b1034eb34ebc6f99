import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { archiveDigest } from './archiveDigest.js';
import { httpRequest } from './httpRequest.js';
import { startWebApiServer, type WebApiServer } from './webApiServer.js';

let web: WebApiServer;

beforeAll(async () => {
  web = await startWebApiServer();
});

afterAll(() => web.close());

describe('an API request whose body is not UTF-8', () => {
  test('is refused with 400 and a sentence, and changes nothing', async () => {
    const before = archiveDigest(web.db);
    const body = Buffer.concat([
      Buffer.from('{"table":"topics","values":{"name":"Caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}}'),
    ]);
    const answer = await httpRequest(web.server.port, {
      method: 'POST',
      path: '/api/saveRecord',
      headers: { 'Content-Type': 'application/json', 'X-Archive-Token': web.server.token },
      body,
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          'The request body is not valid UTF-8 text, so it was refused. Nothing was changed; send the text as UTF-8.',
        // The page says it in its own language by the catalog key.
        key: 'errors.web.notUtf8',
        params: {},
      },
    });
    expect(archiveDigest(web.db)).toBe(before);
  });
});
