import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT = 'The Director of the Fund, Pavel Norden, visited Canada on 3 May 2026.';

describe('Korean, Japanese, Chinese and Mongolian names written family first in capitals', () => {
  it('reads a Korean name after a comma, a verb and a title set off by a comma', () => {
    expect(
      roles(
        `${VISIT} He was received by the Minister of Trade of the Republic of Korea, LEE Jae-sung, and met HAN Seo-yeon, Vice Minister of Finance.`,
      ),
    ).toEqual([
      ['LEE Jae-sung', 'Minister of Trade', 'Ministry of Trade of the Republic of Korea'],
      ['HAN Seo-yeon', 'Vice Minister of Finance', 'Ministry of Finance'],
    ]);
  });

  it('reads a Japanese name, one after a title with no comma and a hyphenated family name', () => {
    expect(
      roles(
        `${VISIT} He held talks with the Minister of the Environment, NAKAMURA Kenji, and met State Minister for Finance TAKEDA Yumi. He was briefed by SATO-ITO Hana, President of the Japan Water Agency.`,
      ),
    ).toEqual([
      ['NAKAMURA Kenji', 'Minister of the Environment', null],
      ['TAKEDA Yumi', 'State Minister for Finance', null],
      ['SATO-ITO Hana', 'President', 'Japan Water Agency'],
    ]);
  });

  it('reads one that opens the next sentence after a bare title', () => {
    expect(
      roles(
        `${VISIT} He will call on the President of the Korea Water Agency. The President, JUNG Ha-eun, is expected to speak.`,
      ),
    ).toEqual([['JUNG Ha-eun', 'President', 'Korea Water Agency']]);
  });

  it('reads Chinese and Mongolian names, and leaves acronyms before a word alone', () => {
    expect(
      met(
        `${VISIT} He met the Vice Minister of Commerce, WANG Lei, and BATBAYAR Enkhtuya, Minister of Energy of Mongolia. He met UN Women officials and the NATO Secretary.`,
      ),
    ).toEqual(['WANG Lei', 'BATBAYAR Enkhtuya']);
  });
});

describe('Fijian chiefly styles stand before a name, never in it', () => {
  it('leaves "Ratu", "Adi" and "Ro" out after "Hon." and a title set off by a comma', () => {
    expect(
      roles(
        `${VISIT} He was received by the Prime Minister of the Republic of Fiji, Hon. Ratu Semi Vatu Koroilavesau, who welcomed him. He also met Hon. Adi Litia Qionibaravi, Minister for Youth and Sports, and Ro Teimumu Kepa, Speaker of Parliament.`,
      ),
    ).toEqual([
      ['Semi Vatu Koroilavesau', 'Prime Minister of the Republic of Fiji', null],
      ['Litia Qionibaravi', 'Minister for Youth and Sports', null],
      ['Teimumu Kepa', 'Speaker', 'Parliament'],
    ]);
  });

  it('keeps "Adi" as a given name before one name, and leaves "Lord" out', () => {
    expect(
      met(
        `${VISIT} He met Adi Wijaya, Minister of Trade, and Lord Tupou Fielakepa, Minister of Lands.`,
      ),
    ).toEqual(['Adi Wijaya', 'Tupou Fielakepa']);
  });
});

describe('names opening with an accented capital, after a bare title and an honorific', () => {
  it('reads "The Minister, Mr. A B-C," after the title met, the name opening with Ü, Õ or Š', () => {
    expect(
      roles(
        `${VISIT} He was received by the Minister of Culture. The Minister, Mr. Rein Ülemiste-Kask, explained the plan.`,
      ),
    ).toEqual([['Rein Ülemiste-Kask', 'Minister of Culture', 'Ministry of Culture']]);
    expect(
      roles(
        `${VISIT} He called on the Rector of the University of Tartu. The Rector, Prof. Anneli Õim, showed him the library.`,
      ),
    ).toEqual([['Anneli Õim', 'Rector', 'University of Tartu']]);
    expect(
      met(`${VISIT} He met the Governor of the Bank. The Governor, Dr. Šimun Žagar, spoke first.`),
    ).toEqual(['Šimun Žagar']);
  });

  it('reads a name opening with Ö or Ü set off by commas', () => {
    expect(
      met(
        `${VISIT} He met Mrs. Liina Ööbik, Director General of the Land Board, and Mr. Üllar Sepp, Head of the Tax Board.`,
      ),
    ).toEqual(['Liina Ööbik', 'Üllar Sepp']);
  });
});
