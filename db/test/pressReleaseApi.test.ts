import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { callApi, createHandlers } from '../service.js';
import { docxFile } from './docxFile.js';
import { tempArchive } from './tempArchive.js';
import './warmReader.js';

const seed = fs.readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../shared/seeds/003_a7feb157c563fc41.txt',
  ),
  'utf8',
);

describe('the press release methods of the API', () => {
  test('a draft read through the API saves through it, and reads back linked', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    const read = await callApi(handlers, 'readPressRelease', { text: seed });
    if (!read.ok) throw new Error(read.error.message);
    const draft = read.value;
    draft.visit.title = 'Talks with Moscow think tanks';
    const saved = await callApi(handlers, 'savePressRelease', { draft });
    if (!saved.ok) throw new Error(saved.error.message);
    const visit = db.prepare('SELECT title FROM visits WHERE id = ?').get(saved.value.visitId);
    expect(visit).toEqual({ title: 'Talks with Moscow think tanks' });
    const again = await callApi(handlers, 'readPressRelease', { text: seed });
    if (!again.ok) throw new Error(again.error.message);
    const linked = again.value.meetings.flatMap((m) => m.participants.map((p) => !!p.person_id));
    expect(linked).toEqual([true, true, true]);
  });

  test('a draft with a malformed date is refused and nothing is written', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    const read = await callApi(handlers, 'readPressRelease', { text: seed });
    if (!read.ok) throw new Error(read.error.message);
    const draft = { ...read.value, visit: { ...read.value.visit, start_date: '22/02/2021' } };
    const saved = await callApi(handlers, 'savePressRelease', { draft });
    expect(saved.ok).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 0 });
  });
});

describe('a Word document sent to the API', () => {
  test('is read into a draft like its text', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    const docx = docxFile([
      'CICA Secretary General in Baku',
      'The Secretary General of CICA Ambassador Kairat Sarybay paid a working visit to Baku on 4 July 2022 and met with Rector of ADA University Fariz Ismailzada.',
    ]).toString('base64');
    const read = await callApi(handlers, 'readPressRelease', { docx });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.visit.title).toBe('CICA Secretary General in Baku');
    expect(read.value.meetings[0]?.participants[0]?.name).toBe('Fariz Ismailzada');
  });

  test('that is not a Word document is refused with a sentence', async () => {
    const { db, file } = tempArchive();
    const read = await callApi(createHandlers(db, file), 'readPressRelease', {
      docx: Buffer.from('not a zip').toString('base64'),
    });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(/could not be read as a Word/);
  });
});
