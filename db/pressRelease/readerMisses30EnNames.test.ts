import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT = 'The Director of the Fund, Pavel Norden, visited the Netherlands on 3 May 2026.';
const PACIFIC = 'The Director of the Fund, Pavel Norden, visited Tonga on 3 May 2026.';
const SAHEL = 'The Director of the Fund, Pavel Norden, visited Mauritania on 3 May 2026.';
const CHINA = 'The Director of the Fund, Pavel Norden, visited China on 3 May 2026.';

describe('Dutch particles of two words and "ter", "ten", "te" inside a name', () => {
  it('reads "van \'t" as one particle, its apostrophe no quotation mark', () => {
    expect(
      roles(
        `${VISIT} He was received by the Minister for Housing, Anneke van 't Riet. He also met the State Secretary, Joost in ’t Zand, on ports.`,
      ),
    ).toEqual([
      ["Anneke van 't Riet", 'Minister for Housing', null],
      ['Joost in ’t Zand', 'State Secretary', null],
    ]);
  });

  it('reads "ter", "ten" and "te" between a given name and a surname', () => {
    expect(
      met(
        `${VISIT} He met Koen ter Horst and Lotte ten Velde of the Water Board, and the Mayor of Delft, Wouter te Lintelo.`,
      ),
    ).toEqual(['Koen ter Horst', 'Lotte ten Velde', 'Wouter te Lintelo']);
  });

  it('reads "op de", "uit den" and "van de" as particles', () => {
    expect(
      met(
        `${VISIT} He met Bram op de Beeck, Director of the Port Authority, Gijs uit den Bogaard, Chair of the Dairy Board, and Ilse van de Kamp, Head of the Rail Agency.`,
      ),
    ).toEqual(['Bram op de Beeck', 'Gijs uit den Bogaard', 'Ilse van de Kamp']);
  });

  it('meets the head of a body "led by its chair", the title in small letters', () => {
    expect(
      roles(
        `${VISIT} He met members of the Trade Committee of the Senate, led by its chair, Hendrik van Dalen. He also met a delegation of farmers, headed by their president, Marit de Wit.`,
      ),
    ).toEqual([
      ['Hendrik van Dalen', 'Chair', 'Trade Committee of the Senate'],
      ['Marit de Wit', 'President', null],
    ]);
  });
});

describe('the glottal stop inside and at the start of Polynesian names', () => {
  it('keeps the ʻokina inside a given name and a family name, a matai title before them', () => {
    expect(
      met(
        `${PACIFIC} He met the Minister for Youth, Hon. Toleafoa Leʻausa Mataʻia, on sport. He also called on the Speaker, Hon. ʻIlaisa Moala Fakaʻosi.`,
      ),
    ).toEqual(['Toleafoa Leʻausa Mataʻia', 'ʻIlaisa Moala Fakaʻosi']);
  });

  it('reads a straight apostrophe written for the ʻokina, and Māori macrons', () => {
    expect(
      met(
        `${PACIFIC} He met the Minister of Health, Hon. Sione Vaʻinga Lātū, and the Chief Executive of the Trust, Mere Tūhoe Pōtae, and Hon. Losana Fa'aui Tangitau, Minister of Education.`,
      ),
    ).toEqual(['Sione Vaʻinga Lātū', 'Mere Tūhoe Pōtae', "Losana Fa'aui Tangitau"]);
  });
});

describe('a Chinese name of a short family name, met after a topic', () => {
  it('goes on with the list after "…, and met" past a topic', () => {
    expect(
      roles(
        `${CHINA} He held talks with the Minister of Finance, Tang Weiming, on bond markets for small states, and met Vice Minister of Commerce Xu Lianfeng on the trade fair.`,
      ),
    ).toEqual([
      ['Tang Weiming', 'Minister of Finance', 'Ministry of Finance'],
      ['Xu Lianfeng', 'Vice Minister of Commerce', 'Ministry of Commerce'],
    ]);
  });

  it('reads "Premier" as a title before a name', () => {
    expect(
      met(`${CHINA} He met Vice Premier Lu Haoran on trade, and called on Premier Ma Jinsong.`),
    ).toEqual(['Lu Haoran', 'Ma Jinsong']);
  });
});

describe('a Mauritanian family name in capitals, opened by a particle of descent', () => {
  it('reads "OULD" and "MINT" opening a family name of several words in capitals', () => {
    expect(
      met(
        `${SAHEL} He was received by the Prime Minister, Mr. Brahim OULD CHEIKH SIDIYA, who praised the Fund. He also met Ms. Khadijetou MINT AHMED SALEM, Minister of Health, and Mr. Moulaye El Hacen OULD BOUBACAR, Governor of the Central Bank.`,
      ),
    ).toEqual([
      'Brahim OULD CHEIKH SIDIYA',
      'Khadijetou MINT AHMED SALEM',
      'Moulaye El Hacen OULD BOUBACAR',
    ]);
  });

  it('reads an apostrophe inside the given name, and "BEN" and "BINT"', () => {
    expect(
      met(
        `${SAHEL} He met Mr. Moha'Lemine BEN ABDALLAH, Minister of Trade, and Ms. Zeinebou BINT MOHAMED VALL, Minister of Energy.`,
      ),
    ).toEqual(["Moha'Lemine BEN ABDALLAH", 'Zeinebou BINT MOHAMED VALL']);
  });

  it('reads "Ould" and "Mint" written with one capital as words of the name', () => {
    expect(
      met(
        `${SAHEL} He met the Minister of Fisheries, Mr. Abdallahi Ould Mohamed Lemine, and Ms. Aicha Mint Sidi Ely, Minister of Water.`,
      ),
    ).toEqual(['Abdallahi Ould Mohamed Lemine', 'Aicha Mint Sidi Ely']);
  });
});

describe('the fields of a title joined by "and" are no person', () => {
  it('reads no name in "Minister of Human and Minority Rights and Social Dialogue"', () => {
    expect(
      met(
        `${VISIT} She met the Minister of Labour and Veterans and Social Cohesion, Milena Jovanović, in Niš. She then met the Minister of Youth and Family Care and Civic Renewal, Goran Petrović.`,
      ),
    ).toEqual(['Milena Jovanović', 'Goran Petrović']);
  });

  it('reads no name in a dialogue or forum a body is named for', () => {
    expect(
      met(
        `${VISIT} She addressed the Economic and Social Dialogue Council and met the Minister of Human Rights and Social Dialogue, Vesna Marić.`,
      ),
    ).toEqual(['Vesna Marić']);
  });
});
