import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT = 'The Director of the Fund, Pavel Norden, visited Canada on 3 May 2026.';

describe('clerical, Nigerian and Tamil styles stand before a name, never in it', () => {
  it('leaves "Ayatollah" and "Hojjatoleslam" out, the title after the name kept', () => {
    expect(
      roles(
        `${VISIT} He was received by Ayatollah Mohammad-Taqi Sharifzadeh, Head of the Assembly of Experts, and met Hojjatoleslam Hassan Rezaeipour, President of the Endowment Foundation.`,
      ),
    ).toEqual([
      ['Mohammad-Taqi Sharifzadeh', 'Head', 'Assembly of Experts'],
      ['Hassan Rezaeipour', 'President', 'Endowment Foundation'],
    ]);
  });

  it('leaves "Maulana" and "Mufti" out after a title set off by a comma', () => {
    expect(
      roles(
        `${VISIT} He met the Deputy Chairman of the Senate, Maulana Abdul Karim Haideri, and the Grand Mufti, Mufti Yusuf Qasimi.`,
      ),
    ).toEqual([
      ['Abdul Karim Haideri', 'Deputy Chairman', 'Senate'],
      ['Yusuf Qasimi', 'Grand Mufti', null],
    ]);
  });

  it('leaves "Alhaji" and "Otunba" out of names with the title before or after', () => {
    expect(
      roles(
        `${VISIT} He met the Minister of Trade, Alhaji Musa Bello Yusuf, and Otunba Adebayo Ogunlesi, Minister of Works.`,
      ),
    ).toEqual([
      ['Musa Bello Yusuf', 'Minister of Trade', 'Ministry of Trade'],
      ['Adebayo Ogunlesi', 'Minister of Works', 'Ministry of Works'],
    ]);
  });

  it('leaves "Chief (Mrs.)" out', () => {
    expect(
      roles(`${VISIT} He met the Minister of Works, Chief (Mrs.) Ngozi Adaeze Eze, on roads.`),
    ).toEqual([['Ngozi Adaeze Eze', 'Minister of Works', 'Ministry of Works']]);
  });

  it('leaves the Tamil "Thiru" and "Tmt." out of a name with initials', () => {
    expect(
      roles(
        `${VISIT} He was received by the Minister for Health of the Government of Kerala, Thiru K. Anbalagan, and met Tmt. Kavitha Selvaraj, Director of Schools.`,
      ),
    ).toEqual([
      ['K. Anbalagan', 'Minister for Health', 'Government of Kerala'],
      ['Kavitha Selvaraj', 'Director of Schools', null],
    ]);
  });

  it('leaves "Thirumathi" out of a name that opens the next sentence after a bare title', () => {
    expect(
      met(
        `${VISIT} He called on the Governor of the District. The Governor, Thirumathi P. Lakshmi Narayanan, explained the plan.`,
      ),
    ).toEqual(['P. Lakshmi Narayanan']);
  });
});

describe('Spanish surnames joined by "y", Portuguese ones by "e"', () => {
  it('reads "the Minister of X, A B y C" and "A B de la C y D" whole', () => {
    expect(
      roles(
        `${VISIT} He was received by the Minister of Culture of the Kingdom of Spain, Ignacio Zubizarreta y Olmedo. He also met the Secretary-General of the Latin Union (ULA), Mercedes Ruiz de la Vega y Montoya, on the Forum.`,
      ),
    ).toEqual([
      ['Ignacio Zubizarreta y Olmedo', 'Minister of Culture', 'Ministry of Culture of Spain'],
      ['Mercedes Ruiz de la Vega y Montoya', 'Secretary-General', 'Latin Union'],
    ]);
  });

  it('reads "A B del C y D, Director of X" and "A B C e D" in a list', () => {
    expect(
      met(
        `${VISIT} He met Beatriz Ortega del Valle y Sanz, Director of the Institute, and Rui Manuel Mendes e Sá, Minister of Justice.`,
      ),
    ).toEqual(['Beatriz Ortega del Valle y Sanz', 'Rui Manuel Mendes e Sá']);
  });
});

describe('a name after a bare title met, with the title repeated up to what it is of', () => {
  it('reads "The Secretary of State, A B C, …" after "called on the Secretary of State for X"', () => {
    expect(
      roles(
        `${VISIT} In the afternoon he called on the Secretary of State for Energy. The Secretary of State, Rocío Garmendia Ulloa, explained the new rules.`,
      ),
    ).toEqual([['Rocío Garmendia Ulloa', 'Secretary of State for Energy', null]]);
  });

  it('reads "The Minister of State, A B, …" after "met the Minister of State for X"', () => {
    expect(
      met(
        `${VISIT} He then met the Minister of State for Trade. The Minister of State, Nuno Carvalho, told him of the plan.`,
      ),
    ).toEqual(['Nuno Carvalho']);
  });

  it('does not read a name after another office than the one met', () => {
    expect(
      met(
        `${VISIT} He called on the Secretary of State for Energy. The Secretary of Agriculture, Rocío Garmendia, spoke later.`,
      ),
    ).toEqual([]);
  });
});

describe('Sri Lankan and South Indian names: initials before one or two names', () => {
  it('keeps three or four initials before two names, and one before one', () => {
    expect(
      met(
        `${VISIT} He met K. M. S. Bandara Herath, Director of the Council, and the Governor of the Province, A. L. M. Razik Hameed, and P. Sivakumar, Secretary of Health.`,
      ),
    ).toEqual(['K. M. S. Bandara Herath', 'A. L. M. Razik Hameed', 'P. Sivakumar']);
  });

  it('keeps four initials before one name', () => {
    expect(met(`${VISIT} He met K. M. S. B. Ekanayake, Director of the Council.`)).toEqual([
      'K. M. S. B. Ekanayake',
    ]);
  });

  it('reads initials written with no space between them', () => {
    expect(
      roles(`${VISIT} He met the Director of the Council, M.A. Sumanthiran, on trade.`),
    ).toEqual([['M.A. Sumanthiran', 'Director', 'Council']]);
  });
});

describe('a round table and a video conference with someone are meetings', () => {
  it('reads "held a round table at the X Hall with A B, C D and E. F of Y"', () => {
    expect(
      roles(
        `${VISIT} He held a round table at the Galle Face Conference Centre with K. M. S. Bandara Herath, Nirosha Wickramaratne and P. Sivakumar of the National Planning Council.`,
      ),
    ).toEqual([
      ['K. M. S. Bandara Herath', null, 'National Planning Council'],
      ['Nirosha Wickramaratne', null, 'National Planning Council'],
      ['P. Sivakumar', null, 'National Planning Council'],
    ]);
  });

  it('reads "will hold a video conference with Dr. A B C, Governor of X"', () => {
    expect(
      roles(
        `${VISIT} He will also hold a video conference with Dr. Kelechi Uzoma Okonkwo, Governor of the Bank of Biafra, who will be abroad.`,
      ),
    ).toEqual([['Kelechi Uzoma Okonkwo', 'Governor', 'Bank of Biafra']]);
  });
});

describe('Nigerian and Ghanaian family names written in capitals in English', () => {
  it('reads "A B C" with C in capitals, after a style, "Chief (Mrs.)" and "Dr.", and gives it back so', () => {
    expect(
      roles(
        `${VISIT} He was received by the Vice President of the Republic, Alhaji Musa Garba YAKUBU, and met the Minister of Trade, Chief (Mrs.) Omolara ADEBAYO-OKONJO, and Dr. Chukwudi Ifeanyi EZE, Governor of the Central Bank.`,
      ),
    ).toEqual([
      ['Musa Garba YAKUBU', 'Vice President of the Republic', null],
      ['Omolara ADEBAYO-OKONJO', 'Minister of Trade', 'Ministry of Trade'],
      ['Chukwudi Ifeanyi EZE', 'Governor', 'Central Bank'],
    ]);
  });

  it('leaves a monarch\'s number alone: "Queen A B III"', () => {
    expect(
      met(
        `${VISIT} He was granted an audience by His Majesty King Tevita Lolo VI at the Royal Palace. The reign of the late Queen Mele Lolo III was recalled.`,
      ),
    ).toEqual(['Tevita Lolo VI']);
  });

  it('reads a round table whose people are named after "attended by": those people are met', () => {
    expect(
      met(
        `${VISIT} He chaired a round table with Korean investors, attended by Park Jiwon (KITA) and Lee Sunho (KOTRA).`,
      ),
    ).toEqual(['Park Jiwon', 'Lee Sunho']);
  });

  it("leaves an acronym after a body's name alone", () => {
    expect(
      roles(
        `${VISIT} He met the Director General of the Nigerian Export Promotion Council NEPC, Adaeze Nnamdi Obi, on exports.`,
      ),
    ).toEqual([
      ['Adaeze Nnamdi Obi', 'Director General', 'Nigerian Export Promotion Council NEPC'],
    ]);
  });
});
