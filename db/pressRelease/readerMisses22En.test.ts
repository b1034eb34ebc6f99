import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a dateline whose country holds an apostrophe or a hyphen', () => {
  it('reads "ABIDJAN, Côte d\'Ivoire, 3 December 2026 – … from 16 to 19 November" as 16–19 November', () => {
    expect(
      visitOf(
        "ABIDJAN, Côte d'Ivoire, 3 December 2026 – The Director of the Bank, Pavel Norden, visited the Republic of Ghana from 16 to 19 November to review the Bank's projects.\n\nIn Accra, he met with the Minister of Finance, Kwame Boateng.",
      ),
    ).toEqual({ country: 'GH', start: '2026-11-16', end: '2026-11-19' });
  });

  it('reads "BISSAU, Guinea-Bissau, 3 December 2026 – … from 16 to 19 November" as 16–19 November', () => {
    expect(
      visitOf(
        'BISSAU, Guinea-Bissau, 3 December 2026 – The Director of the Bank, Pavel Norden, visited the Republic of Ghana from 16 to 19 November to review the projects.\n\nIn Accra, he met with the Minister of Finance, Kwame Boateng.',
      ),
    ).toEqual({ country: 'GH', start: '2026-11-16', end: '2026-11-19' });
  });
});

describe('a visit to the Republic of China (Taiwan)', () => {
  it('reads "visited the Republic of China (Taiwan) … In Kaohsiung, …" as TW, not CN', () => {
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, visited the Republic of China (Taiwan) from 3 to 5 May 2026. In Kaohsiung, he met the Mayor, Lin Mei-hua.',
      ),
    ).toEqual({ country: 'TW', start: '2026-05-03', end: '2026-05-05' });
  });

  it('reads "travelled to Taichung" as TW', () => {
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, travelled to Taichung from 3 to 5 May 2026, where he met the Mayor, Lin Mei-hua.',
      ).country,
    ).toBe('TW');
  });

  it('still reads "the People\'s Republic of China" as CN', () => {
    expect(
      visitOf(
        "The Director of the Fund, Pavel Norden, visited the People's Republic of China from 3 to 5 May 2026. He met the Minister of Commerce, Wang Jianguo.",
      ).country,
    ).toBe('CN');
  });
});
