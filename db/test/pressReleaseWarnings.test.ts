import { describe, expect, test } from 'vitest';
import { hasMessage, tIn } from '../../i18n/messages.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import './warmReader.js';

const MET =
  'the Secretary General of CICA Ambassador Kairat Sarybay, on a working visit to Ankara, was received by Deputy Minister of Foreign Affairs of Türkiye Ahmet Yildiz.';

/** Each thing the reader may have to say about a release, with a text that makes it say it. */
const CASES: [string, string, { sourceDate?: string; readOn?: string }][] = [
  ['pressRelease.warning.noDate', `In Ankara ${MET}`, {}],
  ['pressRelease.warning.noYear', `On 5 March ${MET}`, {}],
  ['pressRelease.warning.yearTaken', `On 5 March ${MET}`, { sourceDate: '2024-03-06' }],
  ['pressRelease.warning.yearNearReadDay', `On 5 March ${MET}`, { readOn: '2024-03-06' }],
  ['pressRelease.warning.reversed', `From 5 April 2024 to 2 March 2024 ${MET}`, {}],
  ['pressRelease.warning.acrossYearEnd', `From 5 April to 2 March 2024 ${MET}`, {}],
  ['pressRelease.warning.noMeetings', 'The Secretariat published its annual report.', {}],
  ['pressRelease.warning.noPlaces', 'On 5 March 2024 the Secretariat published a report.', {}],
  [
    'pressRelease.warning.datelineOnly',
    `ANKARA, 5 March 2024 – The Secretary General of CICA was received by Deputy Minister Ahmet Yildiz.`,
    {},
  ],
];

/** Latin words of the message itself, leaving out the values taken from the release. */
function englishWords(said: string, values: Record<string, string>): string[] {
  let rest = said;
  for (const value of Object.values(values)) rest = rest.replaceAll(value, ' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('the reader’s notes on a release', () => {
  test.each(CASES)('%s is a catalog message, said in Russian without English', (key, text, o) => {
    const draft = extractDraft(text, o);
    const note = draft.warnings.find((w) => w.key === key);
    expect(draft.warnings.map((w) => w.key)).toContain(key);
    expect(hasMessage(note!.key)).toBe(true);
    const params = note!.params ?? {};
    const english = tIn('en', key as never, params);
    const russian = tIn('ru', key as never, params);
    // Every value the note carries is said in both languages, and nothing is left unfilled.
    for (const value of Object.values(params)) {
      expect(english).toContain(value);
      expect(russian).toContain(value);
    }
    expect(`${english} ${russian}`).not.toMatch(/\{\w+\}/);
    expect(englishWords(russian, params)).toEqual([]);
  });

  test('a year taken from the source is written as a year, not a grouped number', () => {
    const draft = extractDraft(`On 5 March ${MET}`, { sourceDate: '2024-03-06' });
    const [note] = draft.warnings;
    expect(tIn('ru', note!.key as never, note!.params)).toContain('2024');
    expect(tIn('en', note!.key as never, note!.params)).toContain('2024, the year of the source');
  });
});
