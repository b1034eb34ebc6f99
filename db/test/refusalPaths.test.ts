import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_LANGUAGE } from '../../i18n/catalogs.js';
import { sentenceOf, setLanguage } from '../../i18n/messages.js';
import { callApi, createHandlers } from '../service.js';
import { tempArchive } from './tempArchive.js';

afterEach(() => setLanguage(DEFAULT_LANGUAGE));

/** What a window in `language` says of each problem of a refused question. */
async function problems(language: string, method: string, input: unknown): Promise<string[]> {
  const { db, file } = tempArchive();
  const result = await callApi(createHandlers(db, file), method, input);
  if (result.ok) throw new Error('the question was answered');
  // As a window receives it: over the bridge, from an archive that speaks English.
  const sent = JSON.parse(JSON.stringify(result.error)) as typeof result.error;
  setLanguage(language);
  return (sent.details ?? []).map((detail) => sentenceOf(detail));
}

describe('a refused question names the part of a query in words, not by its API path', () => {
  test('a condition’s operator and a sort key’s direction, in Russian', async () => {
    const said = await problems('ru', 'listRecords', {
      table: 'visits',
      where: [{ field: 'title', op: 'resembles', value: 'Astana' }],
      sort: [{ field: 'title', dir: 'up' }],
    });
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/^Условие 1, оператор: /);
    expect(said[1]).toMatch(/^Ключ сортировки 1, направление: /);
    expect(said.join(' ')).not.toMatch(/where|sort\.|\bop\b|\bdir\b/);
  });

  test('the same in English, counted from one', async () => {
    const said = await problems('en', 'listRecords', {
      table: 'visits',
      where: [
        { field: 'title', op: 'contains', value: 'Astana' },
        { field: 7, op: 'contains', value: 'Baku' },
      ],
      limit: 'many',
    });
    expect(said).toEqual([
      expect.stringMatching(/^Condition 2, field: /),
      expect.stringMatching(/^Number of rows: /),
    ]);
  });

  test('a part the words do not know is still quoted as written', async () => {
    const said = await problems('ru', 'loadDemo', { visits: 'five' });
    expect(said[0]).toMatch(/^«visits»: /);
  });
});
