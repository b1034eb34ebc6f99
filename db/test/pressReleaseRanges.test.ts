import { describe, expect, test } from 'vitest';
import { warningText } from '../pressRelease/draft.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import './warmReader.js';

/** A release whose visit runs over `range`: the visit's dates are read from that phrase alone. */
function visitOver(range: string, sourceDate?: string) {
  const text = `The Secretary General of CICA Ambassador Kairat Sarybay paid a working visit to Ankara ${range}, where he was received by Deputy Minister of Foreign Affairs of Türkiye Ahmet Yildiz.`;
  const draft = extractDraft(text, sourceDate ? { sourceDate } : {});
  return {
    start: draft.visit.start_date,
    end: draft.visit.end_date,
    unsure: draft.unsure.includes('visit.start_date'),
    warnings: draft.warnings.map(warningText).join(' '),
  };
}

describe('press releases: a visit’s period in each way a release writes it', () => {
  test.each([
    ['from 28 December 2023 to 3 January 2024', '2023-12-28', '2024-01-03'],
    ['from 28 December to 3 January 2024', '2023-12-28', '2024-01-03'],
    ['from 28 December 2023 to 3 January', '2023-12-28', '2024-01-03'],
    ['on 28–30 March 2024', '2024-03-28', '2024-03-30'],
    ['on 28-30 March, 2024', '2024-03-28', '2024-03-30'],
    ['from 30 March to 2 April 2024', '2024-03-30', '2024-04-02'],
    ['on 30 March – 2 April 2024', '2024-03-30', '2024-04-02'],
    ['on 30 March–2 April 2024', '2024-03-30', '2024-04-02'],
    ['from 10 to 14 April 2023', '2023-04-10', '2023-04-14'],
    ['on 22 and 23 February 2021', '2021-02-22', '2021-02-23'],
    ['on 22 February 2021', '2021-02-22', '2021-02-22'],
    ['on February 22, 2021', '2021-02-22', '2021-02-22'],
    ['from March 28 to April 2, 2024', '2024-03-28', '2024-04-02'],
    ['on March 28–30, 2024', '2024-03-28', '2024-03-30'],
    ['from December 28, 2023 to January 3, 2024', '2023-12-28', '2024-01-03'],
  ])('%s is %s to %s, and sure', (range, start, end) => {
    expect(visitOver(range)).toMatchObject({ start, end, unsure: false, warnings: '' });
  });

  test('a period across a year end with no year takes the source’s year for its end, and is flagged', () => {
    const read = visitOver('from 28 December to 3 January', '2024-01-05');
    expect(read).toMatchObject({ start: '2023-12-28', end: '2024-01-03', unsure: true });
    expect(read.warnings).toMatch(/no year/);
  });

  test.each([
    ['from 5 April 2024 to 2 March 2024'],
    ['from 28 December 2024 to 3 January 2024'],
    ['on 30–2 April 2024'],
  ])('%s ends before it starts: flagged for review, never silently reordered', (range) => {
    const read = visitOver(range);
    expect(read.unsure).toBe(true);
    expect(read.warnings).toMatch(/ends before it starts/);
    expect(read.warnings).toContain(range.replace(/^(from|on) /, ''));
  });

  test('a year given once that would make a period cross a year end and last months is flagged', () => {
    const read = visitOver('from 5 April to 2 March 2024');
    expect(read).toMatchObject({ start: '2023-04-05', end: '2024-03-02', unsure: true });
    expect(read.warnings).toMatch(/across a year end: check its dates/);
  });

  test('a meeting on a day without a year, inside a visit across a year end, takes the year of that day', () => {
    const draft = extractDraft(
      'The Secretary General of CICA Ambassador Kairat Sarybay paid a working visit to Ankara from 28 December 2023 to 3 January 2024. On 2 January he was received by Deputy Minister of Foreign Affairs of Türkiye Ahmet Yildiz.',
    );
    expect(draft.meetings[0]?.date).toBe('2024-01-02');
  });
});
