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

/** Everything a person reads of a refusal, as the interface says it after it crossed the bridge. */
function sentences(error: ApiError): string[] {
  const sent = JSON.parse(JSON.stringify(error)) as ApiError;
  return [sentenceOf(sent), ...(sent.details ?? []).map((detail) => sentenceOf(detail))];
}

afterEach(() => setLanguage(DEFAULT_LANGUAGE));

describe('the archive’s refusals in a Russian interface', () => {
  test('say every word in Russian, data aside, for any input to every method', async () => {
    const { db, file } = tempArchive();
    generateDemo(db, { visits: 5, seed: 3 });
    const handlers = createHandlers(db, file);
    const random = createRandom(16);
    setLanguage('ru');
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
});
