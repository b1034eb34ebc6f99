import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT = 'The Director of the Fund, Pavel Norden, visited Canada on 3 May 2026.';

describe('Portuguese surnames joined by "do", "das" as well as "da", "dos", "de"', () => {
  it('reads "the Secretary-General of X, A B C do D" whole', () => {
    expect(
      roles(
        `${VISIT} He also called on the Secretary-General of Planning, Paula Regina Matos do Vale.`,
      ),
    ).toEqual([['Paula Regina Matos do Vale', 'Secretary-General of Planning', null]]);
  });

  it('reads "A B das C, Minister of X" and a list with "do"', () => {
    expect(
      met(
        `${VISIT} He met Paulo Souza das Neves, Minister of Mines, and Carla Ribeiro do Prado, Minister of Culture.`,
      ),
    ).toEqual(['Paulo Souza das Neves', 'Carla Ribeiro do Prado']);
  });

  it('reads "was received by A B do C" (passive)', () => {
    expect(
      met(`${VISIT} He was received by the Governor of the State, Otávio Lins do Rego.`),
    ).toEqual(['Otávio Lins do Rego']);
  });
});

describe('Mauritanian names joining the father\'s name with "ould", "wuld" or "mint"', () => {
  it('reads "the President of X, A B ould C, on …"', () => {
    expect(
      met(
        `${VISIT} Today he held talks in Nouakchott with the President of Mauritania, Ahmed Baba ould Cheikhna, on the Agreement.`,
      ),
    ).toEqual(['Ahmed Baba ould Cheikhna']);
  });

  it('reads "A mint B C, Minister of X, and D wuld E, Minister of Y"', () => {
    expect(
      roles(
        `${VISIT} He met Fatimetou mint Brahim Salem, Minister of Trade, and Sidi wuld Cheikh, Minister of Fisheries.`,
      ),
    ).toEqual([
      ['Fatimetou mint Brahim Salem', 'Minister of Trade', 'Ministry of Trade'],
      ['Sidi wuld Cheikh', 'Minister of Fisheries', 'Ministry of Fisheries'],
    ]);
  });

  it('reads "was received by A B ould C D, Minister of X"', () => {
    expect(
      met(`${VISIT} He was received by Cheikh Ahmed ould Mohamed Vall, Minister of Economy.`),
    ).toEqual(['Cheikh Ahmed ould Mohamed Vall']);
  });
});

describe('the Burmese and Thai styles "U", "Daw", "Khun" stand before a name, never in it', () => {
  it('leaves "Khun" out after a title set off by a comma (passive)', () => {
    expect(
      roles(
        `${VISIT} He was received by the Minister of Commerce, Khun Pimchanok Srisuk, who confirmed the plan.`,
      ),
    ).toEqual([['Pimchanok Srisuk', 'Minister of Commerce', 'Ministry of Commerce']]);
  });

  it('leaves "Khun" out of a name that opens the next sentence after a bare title', () => {
    expect(
      met(
        `${VISIT} He called on the Governor of the Province. The Governor, Khun Somsak Rattanakorn, explained the plan.`,
      ),
    ).toEqual(['Somsak Rattanakorn']);
  });

  it('gives "U A B C, Union Minister for X" the title after the name, and keeps "Daw A B C" whole', () => {
    expect(
      roles(
        `${VISIT} He was received by U Min Thu Aung, Union Minister for Industry, and held talks with Daw Hla Myat Mon, Deputy Minister for Health.`,
      ),
    ).toEqual([
      ['Min Thu Aung', 'Union Minister for Industry', null],
      ['Hla Myat Mon', 'Deputy Minister for Health', null],
    ]);
  });

  it('reads a list of styled names sharing one body after the last', () => {
    expect(
      roles(
        `${VISIT} He met with U Kyaw Min Oo, Daw Sandar Win and U Zaw Htet of the Committee for Rural Roads in Kayin State.`,
      ),
    ).toEqual([
      ['Kyaw Min Oo', null, 'Committee for Rural Roads in Kayin State'],
      ['Sandar Win', null, 'Committee for Rural Roads in Kayin State'],
      ['Zaw Htet', null, 'Committee for Rural Roads in Kayin State'],
    ]);
  });

  it('reads Malay styles in such a list too: "Dato\' A B, Datin C D and Tan Sri E F G of X"', () => {
    expect(
      met(
        `${VISIT} He met with Dato' Ahmad Faizal, Datin Siti Hajar and Tan Sri Lim Boon Keat of the Penang Chamber of Commerce.`,
      ),
    ).toEqual(['Ahmad Faizal', 'Siti Hajar', 'Lim Boon Keat']);
  });
});

describe('a rank of the police or the forces before a name gives way to the title after it', () => {
  it('reads "Police General A B, Commissioner-General of X"', () => {
    expect(
      roles(
        `${VISIT} He also held talks with Police General Somchai Wongsakul, Commissioner-General of the Royal Police.`,
      ),
    ).toEqual([['Somchai Wongsakul', 'Commissioner-General of the Royal Police', null]]);
  });
});

describe('a place named with "of" between "received" and "by"', () => {
  it('reads "was received at the Office of the Prime Minister by the Prime Minister of X, A B, who …"', () => {
    expect(
      roles(
        `${VISIT} On Wednesday he was received at the Office of the Prime Minister by the Prime Minister of Canada, Lemma Bekele, who thanked him.`,
      ),
    ).toEqual([['Lemma Bekele', 'Prime Minister of Canada', null]]);
  });

  it('reads "was received at the Palace of the Nation by the President, A B"', () => {
    expect(
      met(`${VISIT} He was received at the Palace of the Nation by the President, Abebe Girma.`),
    ).toEqual(['Abebe Girma']);
  });
});
