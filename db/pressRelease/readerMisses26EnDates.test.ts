import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

const STOPS =
  'In Santiago on Monday, the Director was received by the Minister of Mining, Rosa Elena Pardo.\n\nOn Wednesday she met the Governor of the Region, Tomás Ibarra.';

describe('weekdays put in the week before the release by "last week" in English', () => {
  it('reads "visited X last week, from Monday to Wednesday" under a Friday dateline as the Monday to Wednesday before', () => {
    expect(
      visitOf(
        `Fund Director concludes visit to Chile\n\nGeneva, 4 December 2026 – The Director of the Andean Fund, Dr. Lena Ortiz, visited Chile last week, from Monday to Wednesday, to discuss lithium.\n\n${STOPS}`,
      ),
    ).toEqual({ country: 'CL', start: '2026-11-23', end: '2026-11-25' });
  });

  it('reads "on Thursday last week" under a Wednesday dateline as that Thursday', () => {
    expect(
      visitOf(
        'Fund Director meets Peruvian minister\n\nGeneva, 2 December 2026 – The Director of the Andean Fund, Dr. Lena Ortiz, visited Peru on Thursday last week and held talks in Lima with the Minister of Energy of Peru, Julio César Vargas.',
      ),
    ).toEqual({ country: 'PE', start: '2026-11-26', end: '2026-11-26' });
  });

  it('reads "on Monday and Tuesday of last week" under a Thursday dateline', () => {
    expect(
      visitOf(
        'Fund Director visits Bolivia\n\nGeneva, 10 December 2026 – The Director of the Andean Fund, Dr. Lena Ortiz, visited Bolivia on Monday and Tuesday of last week. In La Paz she met the Minister of Planning, Ana María Quispe.',
      ),
    ).toEqual({ country: 'BO', start: '2026-11-30', end: '2026-12-01' });
  });

  it('reads "the previous week, on Thursday and Friday" under a Monday dateline', () => {
    expect(
      visitOf(
        'Fund Director visits Ecuador\n\nGeneva, 7 December 2026 – The Director of the Andean Fund, Dr. Lena Ortiz, visited Ecuador the previous week, on Thursday and Friday. In Quito she met the Minister of Production, Diego Salazar.',
      ),
    ).toEqual({ country: 'EC', start: '2026-12-03', end: '2026-12-04' });
  });

  it('still reads "last Friday" under a Tuesday dateline as the Friday just gone', () => {
    expect(
      visitOf(
        'Fund Director visits Colombia\n\nGeneva, 8 December 2026 – The Director of the Andean Fund, Dr. Lena Ortiz, held talks in Bogotá last Friday with the Minister of Trade of Colombia, Camilo Restrepo.',
      ),
    ).toEqual({ country: 'CO', start: '2026-12-04', end: '2026-12-04' });
  });

  it('still reads "on Monday" with no week said, under a Friday dateline, as that week\'s Monday', () => {
    expect(
      visitOf(
        `Fund Director concludes visit to Chile\n\nGeneva, 4 December 2026 – The Director of the Andean Fund, Dr. Lena Ortiz, concluded a visit to Chile on Wednesday.\n\n${STOPS}`,
      ),
    ).toEqual({ country: 'CL', start: '2026-11-30', end: '2026-12-02' });
  });
});
