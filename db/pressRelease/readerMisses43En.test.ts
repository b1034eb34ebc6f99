import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const QUETTA =
  'The Director of the Lakeside Fund, Anna Weller, will visit Pakistan from 7 to 9 December ' +
  '2026. In Quetta she will meet the Minister of Finance, Dostain Ali Marri. ';

describe('the Baloch styles before a name', () => {
  it('leaves "Mir" out of a name of three words after it', () => {
    expect(
      met(`${QUETTA}She will then hold talks with the Chief Minister, Mir Jalal Khan Lehri.`),
    ).toContain('Jalal Khan Lehri');
  });

  it('leaves "Sardar" out of a name of three words after it', () => {
    expect(
      met(
        `${QUETTA}She will be received by the Chairman of the Port Authority, Sardar Gohram ` +
          'Akbar Mengal, and visit a plant.',
      ),
    ).toContain('Gohram Akbar Mengal');
  });

  it('leaves "Nawabzada" out of a name', () => {
    expect(
      met(
        `${QUETTA}A meeting with the Sibi Chamber of Commerce is planned. The Chamber's ` +
          'President, Nawabzada Jalal Akbar Zehri, will present the concerns of local firms.',
      ),
    ).toContain('Jalal Akbar Zehri');
  });
});

describe('the head of a body to be visited who will present its members’ concerns', () => {
  it('reads the head named after his title as met', () => {
    expect(
      met(
        `${QUETTA}A meeting with the Sibi Chamber of Commerce is planned. The Chamber's ` +
          'President, Jalal Akbar Zehri, will present the concerns of local firms.',
      ),
    ).toContain('Jalal Akbar Zehri');
  });
});

describe('a bay named by its compass point', () => {
  it('does not read "the North Bay" as a person met', () => {
    expect(
      met(
        `${QUETTA}On Wednesday she is due to be received by the Chairman of the Port Authority, ` +
          'Gohram Ali Lehri, and to visit a plant and a fishing harbour on the North Bay.',
      ),
    ).toEqual(['Dostain Ali Marri', 'Gohram Ali Lehri']);
  });
});

describe('the body of a head met where "a visit to" it takes the visitor', () => {
  it('gives the body visited to a bare title met there', () => {
    expect(
      roles(
        `${QUETTA}The programme also includes a visit to the University of Sibi, where the ` +
          'Vice-Chancellor, Prof. Dr. Jalal Akbar Zehri, will show the delegation a laboratory.',
      ),
    ).toContainEqual(['Jalal Akbar Zehri', 'Vice-Chancellor', 'University of Sibi']);
  });
});

const QUITO =
  'The President of the Andean Fund, Mariana Lopez, will travel to Ecuador from 14 to 16 ' +
  'December 2026. In Quito she will meet the Minister of Finance, Jorge Pablo Salas Mena. ';

describe('a host named first who will hold a round table', () => {
  it('reads one named before his title who "will host a round table" as met', () => {
    expect(
      met(
        `${QUITO}The last day will be spent in Cuenca. Dr. Killa Sisa Cachimuel Tocagón, Rector ` +
          'of the Universidad Técnica del Sur, will host a round table on research.',
      ),
    ).toContain('Killa Sisa Cachimuel Tocagón');
  });
});
