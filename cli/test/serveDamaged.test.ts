import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { damagedAtTheEnd } from '../../db/test/damagedArchive.js';
import type { ApiError } from '../../db/api.js';
import { sentenceOf, setLanguage } from '../../i18n/messages.js';
import type { CliIo } from '../cliIo.js';
import { serve } from '../serve.js';
import { httpRequest } from './httpRequest.js';
import { tempDir } from './testIo.js';

const READY = /at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/;

describe('archive serve on an archive damaged where opening does not read', () => {
  test('serves at once; once the full check finds the damage, changes are refused saying so', async () => {
    const file = damagedAtTheEnd();
    const renderer = tempDir();
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Archive</title>');
    const stop = new AbortController();
    let ready: (address: [number, string]) => void = () => {};
    const address = new Promise<[number, string]>((resolve) => (ready = resolve));
    let damaged: (line: string) => void = () => {};
    const said = new Promise<string>((resolve) => (damaged = resolve));
    const io: CliIo = {
      out: (line) => {
        const match = READY.exec(line);
        if (match) ready([Number(match[1]), match[2]!]);
      },
      err: (line) => {
        if (line.includes('is damaged')) damaged(line);
      },
      env: {},
      signal: stop.signal,
    };
    const location = { file, explicit: true };
    const served = serve({ location, port: 0, open: false, rendererDir: renderer }, io);
    const [port, token] = await address;
    const api = (method: string, body: unknown) =>
      httpRequest(port, {
        method: 'POST',
        path: `/api/${method}`,
        headers: { 'Content-Type': 'application/json', 'X-Archive-Token': token },
        body: JSON.stringify(body),
      }).then(
        (a) =>
          JSON.parse(a.body) as {
            ok: boolean;
            value?: unknown;
            error: ApiError;
          },
      );
    const sentence = await said;
    expect(sentence).toMatch(new RegExp(`^The archive ${file} is damaged \\(`));
    const save = await api('saveRecord', { table: 'topics', values: { name: 'Energy' } });
    expect(save.ok).toBe(false);
    expect(save.error.message).toContain(sentence);
    // The reason travels as its catalog message, so that a page in Russian says it in Russian.
    setLanguage('ru');
    const shown = sentenceOf(save.error);
    setLanguage('en');
    expect(shown).toMatch(
      /^Ничего не изменено: архив открыт только для чтения\. Архив .* повреждён/,
    );
    // The stats say why nothing can be changed, so the page hears of the damage from them too.
    const stats = await api('stats', {});
    expect(stats.ok).toBe(true);
    expect(stats.value).toMatchObject({ readOnly: { reason: sentence } });
    stop.abort();
    expect(await served).toBe(0);
  });
});
