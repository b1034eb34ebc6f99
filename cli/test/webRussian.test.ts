import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ApiError } from '../../db/api.js';
import { sentenceOf, setLanguage } from '../../i18n/messages.js';
import { acceptedLanguages } from '../webServer.js';
import { httpRequest } from './httpRequest.js';
import { startWebApiServer, type WebApiServer } from './webApiServer.js';

let web: WebApiServer;

beforeAll(async () => {
  web = await startWebApiServer();
});

afterAll(() => web.close());

afterEach(() => setLanguage('en'));

/** The refusal an answer carries, as a page in Russian shows it. */
function inRussian(body: string): { said: string; details: string[] } {
  const { error } = JSON.parse(body) as { error: ApiError };
  setLanguage('ru');
  return { said: sentenceOf(error), details: (error.details ?? []).map((d) => sentenceOf(d)) };
}

const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);

describe('web mode, for a page in Russian', () => {
  test('counts the records it could not find in Russian plural forms', async () => {
    const counted = [];
    for (const n of [1, 2, 5]) {
      const answer = await web.api('deleteRecords', { table: 'visits', ids: ids(n) });
      counted.push(inRussian(answer.body).said);
      setLanguage('en');
    }
    expect(counted).toEqual([
      'Ничего не удалено: не найдены записи (1 визит). Обновите список и повторите попытку.',
      'Ничего не удалено: не найдены записи (2 визита). Обновите список и повторите попытку.',
      'Ничего не удалено: не найдены записи (5 визитов). Обновите список и повторите попытку.',
    ]);
    const answer = await web.api('restoreRecords', { table: 'people', ids: ids(2) });
    expect(inRussian(answer.body).details).toEqual([
      `Нет персоны с идентификатором ${ids(2)[0]}.`,
      `Нет персоны с идентификатором ${ids(2)[1]}.`,
    ]);
  });

  test('names a field the request got wrong by its Russian label, never in zod’s English', async () => {
    const answer = await web.api('saveRecord', {
      table: 'meetings',
      values: { date: '2023-05-04', participants: [{ person_id: 7 }] },
    });
    const { said, details } = inRussian(answer.body);
    expect(said).toBe('Запись (встреча) не сохранена: нужно исправить 1 проблему.');
    expect(details).toEqual(['Участник 1: Персона: здесь ожидается текст.']);
  });

  test('says its own refusals in Russian: an unreadable body, a body too large', async () => {
    const port = web.server.port;
    const headers = { 'Content-Type': 'application/json', 'X-Archive-Token': web.server.token };
    const notJson = await httpRequest(port, {
      method: 'POST',
      path: '/api/stats',
      headers,
      body: '{',
    });
    expect(inRussian(notJson.body).said).toBe(
      'Тело запроса не является допустимым JSON, поэтому запрос отклонён. Ничего не изменено.',
    );
    setLanguage('en');
    const big = await httpRequest(port, {
      method: 'POST',
      path: '/api/stats',
      headers,
      body: Buffer.alloc(2 * 1024 * 1024, 0x20),
    });
    expect(big.status).toBe(413);
    expect(inRussian(big.body).said).toMatch(/^Запрос stats больше 1 МБ/);
  });

  test('answers a page that is not there in the browser’s language', async () => {
    const ask = (language: string) =>
      httpRequest(web.server.port, { path: '/nowhere', headers: { 'Accept-Language': language } });
    const russian = await ask('ru-RU,ru;q=0.9,en-US;q=0.8');
    expect([russian.status, russian.body]).toEqual([404, 'Не найдено\n']);
    expect(russian.headers['content-language']).toBe('ru');
    expect((await ask('de-DE, en;q=0.5')).body).toBe('Not found\n');
    expect((await ask('en;q=0.2, ru;q=0.8')).body).toBe('Не найдено\n');
  });

  test('reads the Accept-Language header by preference', () => {
    expect(acceptedLanguages('en;q=0.2, ru-RU, *;q=0.1, de;q=0')).toEqual(['ru-RU', 'en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});
