import { describe, expect, it } from 'vitest';
import { datesOf } from '../test/visitFacts.js';

const OPENING = 'Lakeside, 4 December 2026 – ';

describe('"last" as the verb of a stay\'s length, not as "the last time"', () => {
  it('reads "a three-day visit, which will last until 12 December"', () => {
    expect(
      datesOf(
        `${OPENING}The President of the Northern Waters Council, Marit Ellingsen, begins on ` +
          'Thursday a three-day visit to Norway, which will last until 12 December.',
      ),
    ).toEqual(['2026-12-10', '2026-12-12']);
  });

  it('reads "the talks, set to last from 8 to 9 December"', () => {
    expect(
      datesOf(
        `${OPENING}Marit Ellingsen, President of the Northern Waters Council, will visit Oslo ` +
          'for talks set to last from 8 to 9 December.',
      ),
    ).toEqual(['2026-12-08', '2026-12-09']);
  });

  it('still leaves a date after "last met" to the past (guard)', () => {
    expect(
      datesOf(
        `${OPENING}Marit Ellingsen will visit Oslo from 8 to 9 December. The two last met on ` +
          '3 May 2025 in Bergen.',
      ),
    ).toEqual(['2026-12-08', '2026-12-09']);
  });
});
