import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a round table told in the passive, each name with its body in parentheses', () => {
  it('reads "a round table on X was attended by A B (Body), C D (Body) and E F G (Body)"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. On 4 May, a round table on water tariffs was attended by Otieno Kariuki (Kenya Seed Department), Wanjiru Mbugua (Kenya Farmers Organisation) and Kamau Njoroge Mwangi (Kenya Association of Water Users).',
      ),
    ).toEqual([
      ['Otieno Kariuki', null, 'Kenya Seed Department'],
      ['Wanjiru Mbugua', null, 'Kenya Farmers Organisation'],
      ['Kamau Njoroge Mwangi', null, 'Kenya Association of Water Users'],
    ]);
  });
});

describe('two hosts named first, each with the title after the name, who briefed the visitor', () => {
  it('reads "A B C, Secretary of X, and D E, Director of Y, briefed the delegation on …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. In Nairobi, he held talks with the Minister of Water, Otieno Kariuki. Wanjiru Akinyi Mbugua, Secretary of the National Irrigation Commission, and Kamau Njoroge, Director of the National Centre for Soils and Crops, briefed the delegation on the new wells.',
      ),
    ).toEqual([
      ['Otieno Kariuki', 'Minister of Water', 'Ministry of Water'],
      ['Wanjiru Akinyi Mbugua', 'Secretary', 'National Irrigation Commission'],
      ['Kamau Njoroge', 'Director', 'National Centre for Soils and Crops'],
    ]);
  });
});

describe('three hosts named first in a list, each with the title after the name, who briefed the visitor', () => {
  it('reads "A B, Director of X, C D, Head of Y, and E F, Chair of Z, briefed the delegation on …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. Wanjiru Mbugua, Director of the Kenya Soils Institute, Otieno Kariuki, Head of the Water Resources Authority, and Kamau Njoroge, Chair of the Kenya Farmers Association, briefed the delegation on the new wells.',
      ),
    ).toEqual([
      ['Wanjiru Mbugua', 'Director', 'Kenya Soils Institute'],
      ['Otieno Kariuki', 'Head', 'Water Resources Authority'],
      ['Kamau Njoroge', 'Chair', 'Kenya Farmers Association'],
    ]);
  });
});

describe('a company whose name ends in "Inc." or "Ltd.", before a name ending in "Jr."', () => {
  it('reads "… and the Chief Executive Officer of X Power Inc., A B Jr." as one person of that company', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Jamaica from 3 to 5 May 2026. In Kingston, he met with Colette Brown-Adams, Minister of Agriculture, and the Chief Executive Officer of Jamaica Power Inc., Marlon Brown Jr.',
      ),
    ).toEqual([
      ['Colette Brown-Adams', 'Minister of Agriculture', 'Ministry of Agriculture'],
      ['Marlon Brown Jr.', 'Chief Executive Officer', 'Jamaica Power Inc.'],
    ]);
  });

  it('takes no person from "Ltd." before a comma: "the Managing Director of X Cement Ltd., A B, on …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Jamaica from 3 to 5 May 2026. In Kingston, he met with the Managing Director of Blue Mountain Cement Ltd., Andrea Lewis-Grant, on building codes.',
      ),
    ).toEqual([['Andrea Lewis-Grant', 'Managing Director', 'Blue Mountain Cement Ltd.']]);
  });
});

describe('a middle name that is also the name of a country or a city', () => {
  it('reads "her counterpart, A Guadalupe D\'B, Minister of X" whole', () => {
    expect(
      met(
        "The Minister of Foreign Affairs of Ruritania, Ana Norden, visited Chile from 3 to 5 May 2026. She held talks with her counterpart, Tomas Guadalupe D'Avila, Minister of Foreign Affairs, and paid a courtesy call on the President of the Senate (Rosa Elena Fuentes).",
      ),
    ).toEqual(["Tomas Guadalupe D'Avila", 'Rosa Elena Fuentes']);
  });

  it('reads "the Minister of X, A Santiago B, on …" whole', () => {
    expect(
      met(
        'The Minister of Foreign Affairs of Ruritania, Ana Norden, visited Chile from 3 to 5 May 2026. In Santiago, she met the Minister of Mining, Carmen Santiago Pizarro, on copper prices.',
      ),
    ).toEqual(['Carmen Santiago Pizarro']);
  });
});

describe('the visitor\'s counterpart, named after "her counterpart," with the title after the name', () => {
  it('reads "held talks with her counterpart, A B C, Minister of X, Y and Z, and …"', () => {
    expect(
      roles(
        'The Minister of Foreign Affairs of Ruritania, Ana Norden, visited Vanuatu from 3 to 5 May 2026. She held talks with her counterpart, Keld Arvo Tamsen, Minister of Foreign Affairs, Trade and Tourism, and visited the new port.',
      ),
    ).toEqual([['Keld Arvo Tamsen', 'Minister of Foreign Affairs, Trade and Tourism', null]]);
  });
});

describe('a body named for a group of countries or nations, after "of"', () => {
  it('takes no person from "… of the Organisation of Eastern Caribbean States" nor "… of Small Island Nations"', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Grenada from 3 to 5 May 2026. In St. George's, he met with the Minister of Finance, Dwight Campbell, and with Andrea Lewis-Grant, Minister of Trade, ahead of the next summit of the Organisation of Eastern Caribbean States. He also spoke to the forum of the Alliance of Small Island Nations.",
      ),
    ).toEqual(['Dwight Campbell', 'Andrea Lewis-Grant']);
  });
});

describe('a country whose English name has several words, written with or without its accents', () => {
  it('reads a trip to "Saint Kitts and Nevis and to Trinidad and Tobago" as a visit to the first', () => {
    expect(
      visitOf(
        'The Minister of Foreign Affairs of Ruritania, Ana Norden, paid working visits to the Federation of Saint Kitts and Nevis and to the Republic of Trinidad and Tobago from 3 to 6 May 2026.\n\nIn Basseterre, the Minister was received by the Prime Minister, Dwight Campbell.',
      ),
    ).toEqual({ country: 'KN', start: '2026-05-03', end: '2026-05-06' });
  });

  it('reads "São Tomé and Príncipe", then Gabon, as a visit to São Tomé and Príncipe', () => {
    expect(
      visitOf(
        'Minister Norden concludes visits to São Tomé and Príncipe and Gabon\n\nThe Minister of Foreign Affairs of Ruritania, Ana Norden, paid working visits to the Democratic Republic of São Tomé and Príncipe and to the Gabonese Republic from 3 to 6 May 2026.',
      ).country,
    ).toBe('ST');
  });

  it('names the ministry of a minister "of the Czech Republic" with its "the"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Prague from 3 to 5 May 2026. He met the Minister of Finance of the Czech Republic, Jan Dvorak.',
      ),
    ).toEqual([['Jan Dvorak', 'Minister of Finance', 'Ministry of Finance of the Czech Republic']]);
  });

  it('reads a visit to New Zealand', () => {
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, visited New Zealand from 3 to 5 May 2026. He met the Minister of Finance, Aroha Tane.',
      ).country,
    ).toBe('NZ');
  });
});

describe('a title set off by commas that names its country by its name alone', () => {
  it('keeps the country in "the Minister for Fisheries of Kiribati, Hon. A B" and in "C D, President of Malawi,"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Kiribati and Malawi from 3 to 9 May 2026. In Tarawa, he held talks with the Minister for Fisheries of Kiribati, Hon. Tito Bauro, on licences. In Lilongwe, he met Grace Banda, President of Malawi, on trade.',
      ),
    ).toEqual([
      ['Tito Bauro', 'Minister for Fisheries of Kiribati', null],
      ['Grace Banda', 'President of Malawi', null],
    ]);
  });

  it('gives the country to its own field only when the title runs straight into the name: "Foreign Secretary of Malawi A B"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Malawi from 3 to 5 May 2026. During his meeting with Foreign Secretary of Malawi Grace Banda, the sides discussed trade.',
      ),
    ).toEqual([['Grace Banda', 'Foreign Secretary', null]]);
  });
});

describe('a host named first who took part in the talks and briefed the visitor', () => {
  it('reads "A B C, Permanent Representative of X to Y, took part in the talks and briefed the Director on …"', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, visited Kuwait from 3 to 5 May 2026. In Kuwait City, he held talks with the Minister of Finance, Fahad Al Jarallah. Amal Hassan Al Sayed, Permanent Representative of the State of Kuwait to the United Nations Office at Vienna, took part in the talks and briefed the Director on Kuwait's proposals for the Board.",
      ),
    ).toEqual([
      ['Fahad Al Jarallah', 'Minister of Finance', 'Ministry of Finance'],
      [
        'Amal Hassan Al Sayed',
        'Permanent Representative of the State of Kuwait to the United Nations Office at Vienna',
        null,
      ],
    ]);
  });
});
