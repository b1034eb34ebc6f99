import { afterAll, beforeAll, expect, test } from 'vitest';
import { docxFile } from '../../db/test/docxFile.js';
import { startWebApiServer, type WebApiServer } from './webApiServer.js';

let web: WebApiServer;
beforeAll(async () => {
  web = await startWebApiServer();
});
afterAll(() => web.close());

test('web mode reads a Word press release of 3 MB, larger than the 1 MB of other requests', async () => {
  const docx = docxFile(
    [
      'Secretary General visits Tbilisi',
      'The Secretary General of CICA Ambassador Kairat Sarybay paid a working visit to Tbilisi on 9 May 2024 and met with Rector of Ilia State University Giorgi Sharvashidze.',
    ],
    3 * 1024 * 1024,
  );
  expect(docx.length).toBeGreaterThan(3_000_000);
  const read = await web.api('readPressRelease', { docx: docx.toString('base64') });
  expect(read.status).toBe(200);
  const answer = JSON.parse(read.body) as {
    ok: boolean;
    value: { visit: { title: string }; meetings: { participants: { name: string }[] }[] };
  };
  expect(answer.ok).toBe(true);
  expect(answer.value.visit.title).toBe('Secretary General visits Tbilisi');
  expect(answer.value.meetings[0]?.participants[0]?.name).toBe('Giorgi Sharvashidze');

  const text = await web.api('readPressRelease', { text: 'x'.repeat(2 * 1024 * 1024) });
  expect(text.status).toBe(200);
  expect(JSON.parse(text.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});
