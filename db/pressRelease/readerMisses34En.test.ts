import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const SPAIN = 'The Director of the Fund, Pavel Norden, visited Spain on 3 May 2026.';
const PNG = 'The Director of the Fund, Pavel Norden, visited Papua New Guinea on 3 May 2026.';
const FIJI = 'The Director of the Fund, Pavel Norden, visited Fiji on 3 May 2026.';
const ISRAEL = 'The Director of the Fund, Pavel Norden, visited Israel on 3 May 2026.';
const INDIA = 'The Director of the Fund, Pavel Norden, visited India on 3 May 2026.';
const MALTA = 'The Director of the Fund, Pavel Norden, visited Malta and Italy on 3 May 2026.';

describe('a Catalan name whose surnames "i" joins', () => {
  it('reads both surnames, set off by commas before or after the title', () => {
    expect(
      roles(
        `${SPAIN} He met the President of the Generalitat, Pere Vila i Soler, and Núria Bosch i Pascual, Minister of Health.`,
      ),
    ).toEqual([
      ['Pere Vila i Soler', 'President of the Generalitat', null],
      ['Núria Bosch i Pascual', 'Minister of Health', 'Ministry of Health'],
    ]);
  });

  it('keeps the middle dot between two l\'s inside a word: "Marcel·lí", "Col·lell"', () => {
    expect(
      met(`${SPAIN} He also met Marcel·lí Serra i Gal·lart, Director of the Port of Tarragona.`),
    ).toEqual(['Marcel·lí Serra i Gal·lart']);
  });

  it('reads a given name that is also a place\'s after "met with"', () => {
    expect(
      met(
        `${SPAIN} She also met with Montserrat Casals i Roig, Minister for Culture, and Santiago Ferrer Mas, Director of the Museum.`,
      ),
    ).toEqual(['Montserrat Casals i Roig', 'Santiago Ferrer Mas']);
  });

  it("reads the words after a body's noun in its own language as the body, not a name", () => {
    expect(
      roles(
        `${SPAIN} He met Jaume Puig i Riera, Director-General of the Institut Municipal d'Habitatge (IMH).`,
      ),
    ).toEqual([['Jaume Puig i Riera', 'Director-General', "Institut Municipal d'Habitatge"]]);
  });
});

describe('someone who signs with the visitor, named after "and" with the title after', () => {
  it('meets a Basque name of three words signing with the visitor named short', () => {
    expect(
      roles(
        `${SPAIN} Later that day, Mr Norden and Iñaki Goikoetxea Mendizabal, Director-General of the Energy Agency, signed a €50 million loan for the grid.`,
      ),
    ).toEqual([['Iñaki Goikoetxea Mendizabal', 'Director-General', 'Energy Agency']]);
  });

  it('so after the visitor named by the title', () => {
    expect(
      met(
        `${SPAIN} The Director and Itziar Zubizarreta Arregi, Chair of the Port Authority, then signed the agreement.`,
      ),
    ).toEqual(['Itziar Zubizarreta Arregi']);
  });

  it('leaves out both surnames alone of the visitor named in full before', () => {
    expect(
      met(
        'SANTIAGO, 3 May 2026 – The Minister of Foreign Affairs of Chile, Tomás Errázuriz Montt, paid a visit to Uruguay. The Minister of Industry, Lucía Berreta Olivera, and Minister Errázuriz Montt signed a memorandum on trade.',
      ),
    ).toEqual(['Lucía Berreta Olivera']);
  });

  it('leaves the field after "and" in a title no name', () => {
    expect(
      met(
        `${FIJI} She also met with Mere Tuilagi Vosa, Minister for Environment and Climate Change, and Josaia Rokovada, Permanent Secretary for Finance, to discuss it.`,
      ),
    ).toEqual(['Mere Tuilagi Vosa', 'Josaia Rokovada']);
  });
});

describe('"the Hon." before a name and "MP" after it, in the Pacific', () => {
  it('reads the name before "MP" and leaves "the Hon." out of the title', () => {
    expect(
      roles(
        `${PNG} He was received by the Prime Minister of the Independent State of Papua New Guinea, the Hon. Joses Tuhanuku Wale MP. He held talks with the Hon. Ralph Kamo Tabimasmas MP, Minister for Lands, on tenure.`,
      ),
    ).toEqual([
      ['Joses Tuhanuku Wale', 'Prime Minister of the Independent State of Papua New Guinea', null],
      ['Ralph Kamo Tabimasmas', 'Minister for Lands', null],
    ]);
  });

  it('leaves out letters of an honour before "MP", with a comma or not', () => {
    expect(
      met(
        `${PNG} He met Hon. Charlot Kalsakau Salwai OBE, MP, Minister of Finance, and the Hon. Jimmy Lusibaea Tana, MP, Minister of Fisheries.`,
      ),
    ).toEqual(['Charlot Kalsakau Salwai', 'Jimmy Lusibaea Tana']);
  });

  it('leaves "the Hon." out of the title before another style: "the Hon. Ratu A B"', () => {
    expect(
      roles(
        `${FIJI} He was received by the Prime Minister of the Republic of Fiji, the Hon. Ratu Sitiveni Vuniwai Tabua, who welcomed him.`,
      ),
    ).toEqual([['Sitiveni Vuniwai Tabua', 'Prime Minister of the Republic of Fiji', null]]);
  });

  it('meets the title someone travels with', () => {
    expect(
      roles(
        `${PNG} On Friday the Director travelled to Madang with the Governor of Madang Province, the Hon. Benson Kawi Sapu MP, to see the wharf.`,
      ),
    ).toEqual([['Benson Kawi Sapu', 'Governor of Madang Province', null]]);
  });
});

describe('a title met in the possessive of a body, named in the sentence after', () => {
  it('reads "the Institute\'s President" and the name the next sentence gives', () => {
    expect(
      met(
        `${ISRAEL} On 4 May he visited the Institute of Science in Haifa, where he was hosted by the Institute's President. The President, Prof. Gilad Bar-Lev, showed him the laboratories.`,
      ),
    ).toEqual(['Gilad Bar-Lev']);
  });

  it('so "the University\'s Rector", a "Ben-" name after it', () => {
    expect(
      met(
        `${ISRAEL} He then met the University's Rector. The Rector, Prof. Dalia Ben-David, presented the new campus.`,
      ),
    ).toEqual(['Dalia Ben-David']);
  });
});

describe("a host who welcomes the visitor to a place, a body's possessive before the title", () => {
  it('meets the host after "welcomed to the campus by", the body short before the title', () => {
    expect(
      roles(
        `${INDIA} The delegation was welcomed to the Institute's Hyderabad campus by NIRD's Director General, Dr. K.R. Meena, who outlined its work.`,
      ),
    ).toEqual([['K.R. Meena', 'Director General', 'NIRD']]);
  });

  it('so "at the headquarters by", the field of the office in parentheses', () => {
    expect(
      roles(
        `${INDIA} He was welcomed at the headquarters by the Bank's Deputy Governor (Regulation), T.M. Krishna.`,
      ),
    ).toEqual([['T.M. Krishna', 'Deputy Governor (Regulation)', 'Bank']]);
  });
});

describe('a field in brackets after a title, and a list whose items a semicolon ends', () => {
  it('reads no name in the field: "Deputy Governor (Prudential Supervision)", "Director (Operations)"', () => {
    expect(
      roles(
        `${MALTA} He will meet Governor Pawlu Grech Mifsud and the Deputy Governor (Prudential Supervision), Dr. Carmen Borg Sultana, and the Director (Operations), Ivan Camilleri Farrugia.`,
      ),
    ).toEqual([
      ['Pawlu Grech Mifsud', 'Governor', null],
      ['Carmen Borg Sultana', 'Deputy Governor (Prudential Supervision)', null],
      ['Ivan Camilleri Farrugia', 'Director (Operations)', null],
    ]);
  });

  it('ends each title at its semicolon', () => {
    expect(
      roles(
        `${MALTA} In Rome he will meet with Marco Delle Fave, Minister of Labour; Giulia Dal Pozzo, Governor of the Central Bank; and Paola Di Nardo, Director General of the Treasury Department.`,
      ),
    ).toEqual([
      ['Marco Delle Fave', 'Minister of Labour', 'Ministry of Labour'],
      ['Giulia Dal Pozzo', 'Governor', 'Central Bank'],
      ['Paola Di Nardo', 'Director General', 'Treasury Department'],
    ]);
  });
});
