import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('the Wolof style of a lady', () => {
  it('reads "Sokhna" before a long name as a style, no part of it', () => {
    expect(
      roles(
        `${HALDEN}On Thursday she met Sokhna Fatou Ndour Sall, president of the Union of Rice ` +
          'Growers of Ndiago.',
      ),
    ).toEqual([['Fatou Ndour Sall', 'president', 'Union of Rice Growers of Ndiago']]);
  });

  it('keeps "Serigne" as a given name before a long name (guard)', () => {
    expect(
      met(
        `${HALDEN}She met the Director General of the Water Board, Serigne Babacar Seck ` +
          'Ndiaye, on Monday.',
      ),
    ).toEqual(['Serigne Babacar Seck Ndiaye']);
  });
});

describe('a body of the members of a trade', () => {
  it('reads no one in the plural of a trade that ends the name of a body', () => {
    expect(
      roles(
        `${HALDEN}On Friday she met Mariama Touré Cissé, president of the Federation of Young ` +
          'Cotton Producers, and Ndeye Fall, head of the Union of Women Fish Traders.',
      ),
    ).toEqual([
      ['Mariama Touré Cissé', 'president', 'Federation of Young Cotton Producers'],
      ['Ndeye Fall', 'head', 'Union of Women Fish Traders'],
    ]);
  });

  it('still reads a title and a name after the name of a body (guard)', () => {
    expect(
      met(`${HALDEN}She met the President of the Federation of Growers Paul Vanterpool.`),
    ).toEqual(['Paul Vanterpool']);
  });
});

describe('the Hausa title of a head, "Sarkin"', () => {
  it('reads no one in "Sarkin" and the people or town it heads', () => {
    expect(
      roles(
        `${HALDEN}In Gumel she met the Commissioner for Water of Jigawa State, Dr. Sani Umar ` +
          'Kiyawa; and the Sarkin Noma of Gumel, Alhaji Musa Bala Danladi, who leads the farmers.',
      ),
    ).toEqual([
      ['Sani Umar Kiyawa', 'Commissioner for Water of Jigawa State', null],
      ['Musa Bala Danladi', 'Sarkin Noma of Gumel', null],
    ]);
  });
});

describe('a host who receives the visitor at a place visited after those met', () => {
  it('meets one by whom the visitor is received "where" the sentence goes on to', () => {
    expect(
      met(
        `${HALDEN}In Lindberg, the President will hold talks with the Minister of Water, Dr. ` +
          'K. P. Sunil Wickrama, and will visit the flood warning centre, where she will be ' +
          'received by the Director of the Department of Hydrology, Ms. R. M. Chandani Perera.',
      ),
    ).toEqual(['K. P. Sunil Wickrama', 'R. M. Chandani Perera']);
  });

  it('meets no one in a place where the visitor is welcomed by a crowd (guard)', () => {
    expect(
      met(
        `${HALDEN}She met the Mayor of Lindberg, Tomas Rask, and visited the school, where she ` +
          'was welcomed by the pupils.',
      ),
    ).toEqual(['Tomas Rask']);
  });
});

describe('a welcome with a ceremony whose name opens with a glottal stop', () => {
  it('meets the chief who welcomes the visitor with an "\'ava" ceremony', () => {
    expect(
      roles(
        `${HALDEN}In Lufilufi she was welcomed with an 'ava ceremony by the paramount chief of ` +
          'Anoamaa district, Afioga Tuala Sefo Lemalu, and the matai of the village.',
      ),
    ).toEqual([['Tuala Sefo Lemalu', 'paramount chief of Anoamaa district', null]]);
  });
});

describe('the letters of a member of the Dáil after a name', () => {
  it('reads "TD" after an Irish name as no part of it', () => {
    expect(
      roles(
        `${HALDEN}In the afternoon she will have talks with the Minister of State for the Islands, ` +
          'Gráinne Nic Fhlannchadha TD, who is responsible for ferries.',
      ),
    ).toEqual([['Gráinne Nic Fhlannchadha', 'Minister of State for the Islands', null]]);
  });

  it('leaves a body named with the letters before its noun alone (guard)', () => {
    expect(
      met(`${HALDEN}She met the Chief Executive of TD Bank, Colm Ó Broin, on Monday.`),
    ).toEqual(['Colm Ó Broin']);
  });
});
