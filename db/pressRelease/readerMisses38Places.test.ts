import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a period with no year that crosses the year end', () => {
  const release = (dateline: string, tense: string) =>
    `NORTHERN ARTS COUNCIL\n\nMEDIA RELEASE\n\n${dateline}\n\nThe Chair of the Northern Arts Council, Ms Greta Lindqvist-Oduya, ${tense} Fiji from 30 December to 3 January, joining the New Year festival in Suva.\n\nIn Suva the Chair ${tense === 'will visit' ? 'will meet' : 'met'} the Minister for Arts of Fiji, Josaia Verevakabau Naiqama.`;

  it('reads a visit to come, told in December, from this year into the next', () => {
    expect(visitOf(release('5 December 2026', 'will visit'))).toEqual({
      country: 'FJ',
      start: '2026-12-30',
      end: '2027-01-03',
    });
  });

  it('reads a visit past, told in January, from the year before into this one', () => {
    expect(visitOf(release('7 January 2027', 'visited'))).toEqual({
      country: 'FJ',
      start: '2026-12-30',
      end: '2027-01-03',
    });
  });
});
