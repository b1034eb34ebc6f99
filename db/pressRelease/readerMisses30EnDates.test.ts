import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a page stamp of parts set off by bars, its date written with hyphens', () => {
  const HOSTED =
    '\n\nKenyan Trade Minister visits the Netherlands\n\nThe Minister of Trade of the Republic of Kenya, Ms Achieng Otieno, paid a working visit to the Netherlands.\n\nOn Tuesday she was received by the State Secretary for Economic Affairs, Pieter de Groot.';

  it('reads "Tuesday 1 December to Thursday 3 December" with the year of "News item | 04-12-2026 | …"', () => {
    expect(
      visitOf(
        `UTRECHT\n\nNews item | 04-12-2026 | Ministry of Economic Affairs\n\nKenyan Trade Minister visits the Netherlands\n\nFrom Tuesday 1 December to Thursday 3 December, the Minister of Trade of the Republic of Kenya, Ms Achieng Otieno, paid a working visit to the Netherlands.\n\nOn Tuesday she was received by the State Secretary for Economic Affairs, Pieter de Groot.`,
      ),
    ).toEqual({ country: 'NL', start: '2026-12-01', end: '2026-12-03' });
  });

  it('reads "from Monday 30 November to Wednesday 2 December" across the month', () => {
    expect(
      visitOf(
        `News item | 04-12-2026 | Ministry of Economic Affairs${HOSTED.replace('paid a working visit to the Netherlands', 'paid a working visit to the Netherlands from Monday 30 November to Wednesday 2 December')}`,
      ),
    ).toEqual({ country: 'NL', start: '2026-11-30', end: '2026-12-02' });
  });

  it('reads "from Tuesday, 1 December, to Thursday, 3 December" under "Press release · 04-12-2026"', () => {
    expect(
      visitOf(
        `Press release · 04-12-2026${HOSTED.replace('paid a working visit to the Netherlands', 'paid a working visit to the Netherlands from Tuesday, 1 December, to Thursday, 3 December,')}`,
      ),
    ).toEqual({ country: 'NL', start: '2026-12-01', end: '2026-12-03' });
  });

  it("does not take the stamp's day for the visit when the text gives no other", () => {
    expect(visitOf(`News item | 04-12-2026 | Ministry of Economic Affairs${HOSTED}`).start).toBe(
      '2026-12-01',
    );
  });
});

describe('a dateline on the last line of the heading, with no blank line above it', () => {
  it('reads "Apia, Samoa – 4 December 2026" under the body\'s name as the dateline, not a place of a trip elsewhere', () => {
    expect(
      visitOf(
        'PACIFIC OCEAN COMMISSION\nMEDIA RELEASE\nApia, Samoa – 4 December 2026\n\nCommission Director to visit Australia and Fiji\n\nThe Director of the Pacific Ocean Commission, Mr Iosefa Leota-Vaai, will undertake an official visit to Australia and the Republic of Fiji from Monday 14 December to Thursday 17 December.\n\nIn Canberra on Monday, the Director will meet the Minister for Pacific Affairs, Hon. Gregory Maddern.\n\nThe Director will then travel to Suva, where on Wednesday he is expected to be received by the Prime Minister of Fiji, Hon. Ratu Josaia Vuetaki.',
      ),
    ).toEqual({ country: 'AU', start: '2026-12-14', end: '2026-12-17' });
  });

  it('reads "Nairobi, Kenya, 2 March 2026" after two lines of the body\'s name', () => {
    expect(
      visitOf(
        'EAST AFRICAN WATER AUTHORITY\nPress Release\nNairobi, Kenya, 2 March 2026\n\nThe Director of the Authority, Ms Wanjiru Kamau, will visit Uganda from Monday 9 March to Wednesday 11 March.\n\nIn Kampala she will meet the Minister of Water and Environment, Hon. Okello Obote.',
      ),
    ).toEqual({ country: 'UG', start: '2026-03-09', end: '2026-03-11' });
  });
});

describe('days of a trip not in a row, the year in the closing "Issued by …, date."', () => {
  const CLOSE = '\n\nIssued by the Ministry of Foreign Affairs, 4 December 2026.';
  const trip = (days: string) =>
    `MINISTRY OF FOREIGN AFFAIRS\n\nPRESS RELEASE\n\nMinister holds talks in Seoul and Tokyo\n\nThe Minister of Foreign Affairs of Tuvalu, Hon. Simon Kofe-Ielemia, held official talks in the Republic of Korea ${days}.\n\nIn Seoul, the Minister was received by the Minister of Foreign Affairs of the Republic of Korea, Park Jisoo.${CLOSE}`;

  it('reads "on 1 December and in Japan on 3 December" as 1 to 3 December', () => {
    expect(visitOf(trip('on 1 December and in Japan on 3 December'))).toEqual({
      country: 'KR',
      start: '2026-12-01',
      end: '2026-12-03',
    });
  });

  it('reads "on 1 and 3 December" as 1 to 3 December', () => {
    expect(visitOf(trip('and in Japan on 1 and 3 December'))).toEqual({
      country: 'KR',
      start: '2026-12-01',
      end: '2026-12-03',
    });
  });

  it('reads "on 1, 2 and 4 December" from the first day listed to the last', () => {
    expect(visitOf(trip('and in Japan on 1, 2 and 4 December'))).toEqual({
      country: 'KR',
      start: '2026-12-01',
      end: '2026-12-04',
    });
  });

  it("keeps the lead's first day when a later sentence tells the day of travel between the stops", () => {
    const travel = (days: string) =>
      trip(days).replace(CLOSE, `\n\nOn 2 December the delegation travelled to Tokyo.${CLOSE}`);
    expect(visitOf(travel('on 1 December and in Japan on 3 December'))).toEqual({
      country: 'KR',
      start: '2026-12-01',
      end: '2026-12-03',
    });
    expect(
      visitOf(
        travel('on 1 December and in Japan on 3 December').replace(
          'held official talks',
          'held political consultations',
        ),
      ),
    ).toEqual({ country: 'KR', start: '2026-12-01', end: '2026-12-03' });
  });

  it('reads "on 30 November and 2 December" across the month', () => {
    expect(visitOf(trip('and in Japan on 30 November and 2 December'))).toEqual({
      country: 'KR',
      start: '2026-11-30',
      end: '2026-12-02',
    });
  });
});

describe('a period written with its month as a number and a dash between the days', () => {
  const trip = (days: string) =>
    `Paris, 4 December 2026\n\nThe Governor of the Bank, Ms Ilse Brandt-Okafor, paid a working visit to the Republic of Croatia on ${days} to review the Bank's loans.`;

  it('reads "1–3.12.2026", "1.–3.12.2026", "01-03.12.2026" and "1.-3.12.2026" alike', () => {
    for (const days of ['1–3.12.2026', '1.–3.12.2026', '01-03.12.2026', '1.-3.12.2026'])
      expect(visitOf(trip(days))).toEqual({
        country: 'HR',
        start: '2026-12-01',
        end: '2026-12-03',
      });
  });
});
