import { afterEach, describe, expect, test } from 'vitest';
import { catalogWords } from '../../i18n/catalogWords.js';
import { DEFAULT_LANGUAGE } from '../../i18n/catalogs.js';
import { sentenceOf, setLanguage } from '../../i18n/messages.js';
import { API_METHODS, type ApiError } from '../api.js';
import { createRandom } from '../demo/demoRandom.js';
import { generateDemo } from '../demo/demo.js';
import { callApi, createHandlers } from '../service.js';
import { fuzzPayload } from './fuzzPayloads.js';
import { tempArchive } from './tempArchive.js';

const PAYLOADS = 150;
const RUSSIAN = catalogWords('ru');

/** The text of every string and key in a payload, however deep, as the caller wrote it. */
function dataText(value: unknown, into: string[] = [], depth = 0): string[] {
  if (depth > 50) return into;
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      dataText(item, into, depth + 1);
    }
  }
  return into;
}

/**
 * Latin words of a sentence that neither the Russian catalog nor the caller's own data says. A
 * name quoted as written («sort.0.dir», «asc») is the request's own wording, not prose.
 */
function foreignWords(sentence: string, data: string): string[] {
  const given = new Set((data.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase()));
  const prose = sentence.replace(/«[^«»]*»/g, '');
  return (prose.match(/[A-Za-z]{3,}/g) ?? []).filter(
    (word) => !RUSSIAN.has(word.toLowerCase()) && !given.has(word.toLowerCase()),
  );
}

/**
 * Everything a person reads of a refusal, as a Russian window says it after it crossed the bridge
 * from an archive that speaks English (web mode's server, the command line's).
 */
function sentences(error: ApiError): string[] {
  const sent = JSON.parse(JSON.stringify(error)) as ApiError;
  setLanguage('ru');
  const said = [sentenceOf(sent), ...(sent.details ?? []).map((detail) => sentenceOf(detail))];
  setLanguage(DEFAULT_LANGUAGE);
  return said;
}

afterEach(() => setLanguage(DEFAULT_LANGUAGE));

describe('the archive’s refusals in a Russian interface', () => {
  test('say every word in Russian, data aside, for any input to every method', async () => {
    const { db, file } = tempArchive();
    generateDemo(db, { visits: 5, seed: 3 });
    const handlers = createHandlers(db, file);
    const random = createRandom(16);
    const english = new Map<string, string>();
    for (const method of API_METHODS) {
      for (let sent = 0; sent < PAYLOADS; sent++) {
        const payload = fuzzPayload(random, method);
        const result = await callApi(handlers, method, payload);
        if (result.ok) continue;
        const data = [method, ...dataText(payload)].join(' ');
        for (const sentence of sentences(result.error)) {
          const words = foreignWords(sentence, data);
          if (words.length > 0) english.set(words.join(' '), `${method}: ${sentence}`);
        }
      }
    }
    expect([...english.values()]).toEqual([]);
  }, 120_000);

  test('a CSV preview says its problems and notes in Russian, data aside', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    // An id and a time the archive fills itself, a column with no heading, a column the table
    // cannot take, and two columns that both fill the name (headed in either language).
    const csv = [
      'id,created_at,,meeting_count,Name,Имя / название',
      '1,2020-01-01,x,3,A,A',
      '2,2020-01-01,y,4,B,B',
    ].join('\n');
    const answer = await callApi(handlers, 'previewCsvImport', {
      table: 'organisations',
      file: Buffer.from(csv).toString('base64'),
    });
    const preview = answer.ok ? answer.value : null;
    setLanguage('ru');
    const notes = (preview?.columns ?? []).flatMap((c) =>
      c.note ? [sentenceOf({ message: c.note, key: c.note })] : [],
    );
    const problems = (preview?.problems ?? []).map((p) => sentenceOf(p));
    expect(notes).toEqual([
      'Идентификаторы не импортируются: каждая строка становится новой записью со своим идентификатором.',
      'Архив сам отмечает, когда создана каждая импортированная запись.',
      'Столбец без заголовка не импортируется.',
    ]);
    expect(problems).toContain(
      'Столбцы «Name» и «Имя / название» оба заполняют поле «Имя / название». Не импортируйте один из них.',
    );
    const english = [...notes, ...problems].filter((said) => foreignWords(said, csv).length > 0);
    expect(english).toEqual([]);
  });
});
