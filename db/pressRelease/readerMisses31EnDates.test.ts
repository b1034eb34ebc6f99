import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a period from a weekday alone to a dated weekday', () => {
  const release = (period: string) =>
    `PACIFIC FISHERIES AGENCY\nSuva, Fiji – Wednesday, 2 December 2026\n\nAgency Director to visit Samoa\n\nThe Director of the Pacific Fisheries Agency, Dr. Ana Tuilagi-Brown, will travel to the Independent State of Samoa ${period}, for talks on tuna stocks.\n\nIn Apia the Director will be received by the Minister of Fisheries, Hon. Leota Faamausili.`;

  it('reads "from next Monday to Thursday, 10 December" back from the dated end', () => {
    expect(visitOf(release('from next Monday to Thursday, 10 December'))).toEqual({
      country: 'WS',
      start: '2026-12-07',
      end: '2026-12-10',
    });
  });

  it('reads "from next Tuesday to Friday, 11 December"', () => {
    expect(visitOf(release('from next Tuesday to Friday, 11 December'))).toEqual({
      country: 'WS',
      start: '2026-12-08',
      end: '2026-12-11',
    });
  });

  it('reads "from Saturday until Tuesday 1 December" across the month end', () => {
    expect(
      visitOf(
        release('from Saturday until Tuesday 1 December').replace(
          'Wednesday, 2 December 2026',
          'Monday, 23 November 2026',
        ),
      ),
    ).toEqual({ country: 'WS', start: '2026-11-28', end: '2026-12-01' });
  });

  it('reads "from Monday, 7 December, to Thursday" forward from the dated start', () => {
    expect(visitOf(release('from Monday, 7 December, to Thursday'))).toEqual({
      country: 'WS',
      start: '2026-12-07',
      end: '2026-12-10',
    });
  });

  it('reads "from this Monday until Wednesday" with no date, after the day of issue', () => {
    expect(
      visitOf(
        release('from this Monday until Wednesday').replace(
          'Wednesday, 2 December 2026',
          'Friday, 4 December 2026',
        ),
      ),
    ).toEqual({ country: 'WS', start: '2026-12-07', end: '2026-12-09' });
  });

  it('reads "from next Tuesday to Thursday" with no date', () => {
    expect(visitOf(release('from next Tuesday to Thursday'))).toEqual({
      country: 'WS',
      start: '2026-12-08',
      end: '2026-12-10',
    });
  });
});
