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
