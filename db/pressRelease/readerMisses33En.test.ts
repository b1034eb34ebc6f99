import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const SRI_LANKA = 'The Director of the Fund, Pavel Norden, visited Sri Lanka on 3 May 2026.';
const SAMOA = 'The Director of the Fund, Pavel Norden, visited Samoa on 3 May 2026.';
const ALBANIA = 'The Director of the Fund, Pavel Norden, visited Albania on 3 May 2026.';

describe('initials written together keep the text’s spelling', () => {
  it('reads "S.M.A.B. Perera" and "K.P. Gunawardena" as written', () => {
    expect(
      met(
        `${SRI_LANKA} She also met with K.P.S.M. Gunawardena, Secretary of the Ministry of Health, and S.M.A.B. Perera, Director of the Port Authority.`,
      ),
    ).toEqual(['K.P.S.M. Gunawardena', 'S.M.A.B. Perera']);
  });

  it('keeps spaced initials spaced, and a mixed run as written', () => {
    expect(
      met(
        `${SRI_LANKA} She met K. R. Jayasuriya, Secretary of the Ministry of Ports, and H.M. Chandani Dissanayake, Director of the Museum.`,
      ),
    ).toEqual(['K. R. Jayasuriya', 'H.M. Chandani Dissanayake']);
  });
});

describe('the Samoan styles "Afioga", "Susuga", "Tofā" and "Lauʻilupe" before a name', () => {
  it('leaves the style out of the name and out of the title', () => {
    expect(
      roles(
        `${SAMOA} He met the Prime Minister, Afioga Leuluaʻiali Toala Sefo Mauga, and the Chief Executive Officer, Susuga Leota Mele Tuilagi-Schmidt.`,
      ),
    ).toEqual([
      ['Leuluaʻiali Toala Sefo Mauga', 'Prime Minister', null],
      ['Leota Mele Tuilagi-Schmidt', 'Chief Executive Officer', null],
    ]);
  });

  it('reads a name after a style in the sentence after its title', () => {
    expect(
      met(
        `${SAMOA} He visited the Ministry of Works. Its Chief Executive Officer, Susuga Faleolo Tina Ah-Sam, briefed him. He met the Speaker, Tofā Ioane Fuimaono Sapolu, and the orator Lauʻilupe Tavita Moala.`,
      ),
    ).toEqual(['Faleolo Tina Ah-Sam', 'Ioane Fuimaono Sapolu', 'Tavita Moala']);
  });
});

describe('a title in brackets after a name', () => {
  it('reads "Ms. A B (Deputy Minister of X)" as the title, not a body', () => {
    expect(
      roles(
        `${ALBANIA} Talks were held with Ms. Vesna Kolari (Deputy Minister of Tourism and Environment) and with Mr. Petrit Hoxha (Governor of the Bank of Albania).`,
      ),
    ).toEqual([
      [
        'Vesna Kolari',
        'Deputy Minister of Tourism and Environment',
        'Ministry of Tourism and Environment',
      ],
      ['Petrit Hoxha', 'Governor', 'Bank of Albania'],
    ]);
  });
});

describe('a title with no name last in a list of those met, named the sentence after', () => {
  const SERBIA = 'The Director of the Fund, Pavel Norden, visited Serbia on 3 May 2026.';

  it('reads "met A B, Director of X, and the Chairperson of Y. The Chairperson, C D, …"', () => {
    expect(
      roles(
        `${SERBIA} He also met Goran Vesić, Director of the Water Agency (AVS), and the Chairperson of the Supervisory Board of Srbijavode. The Chairperson, Đorđe Marković, presented the plans.`,
      ),
    ).toEqual([
      ['Goran Vesić', 'Director', 'Water Agency'],
      ['Đorđe Marković', 'Chairperson of the Supervisory Board', 'Srbijavode'],
    ]);
  });

  it('reads the title named by its head straight before the name', () => {
    expect(
      met(
        `${SERBIA} She met Čedomir Babić, Mayor of Niš, and the Governor of the National Bank. Governor Žaklina Ristić outlined the reforms.`,
      ),
    ).toEqual(['Čedomir Babić', 'Žaklina Ristić']);
  });

  it('reads no one when the next sentence names no one by that title', () => {
    expect(
      met(
        `${SERBIA} She met Čedomir Babić, Mayor of Niš, and the Governor of the National Bank. Minister Zoran Ilić was not present.`,
      ),
    ).toEqual(['Čedomir Babić']);
  });
});

describe('"Ma." (Maria) inside a Filipino name after another word or after a title', () => {
  const PHILIPPINES =
    'The Director of the Fund, Pavel Norden, visited the Philippines on 3 May 2026.';

  it('reads "A Ma. B. C Jr." whole, "Ma." before a middle initial', () => {
    expect(
      met(
        `${PHILIPPINES} He was received on Tuesday by Governor Ricardo Ma. T. Salonga Jr. at the Bank. He later met Secretary Enrique Ma. P. Bautista III.`,
      ),
    ).toEqual(['Ricardo Ma. T. Salonga Jr.', 'Enrique Ma. P. Bautista III']);
  });

  it('reads "Ma." after a title as a given name: "Deputy Governor Ma. Luisa R. de la Cruz-Ramos"', () => {
    expect(
      met(
        `${PHILIPPINES} He held sessions with Deputy Governor Ma. Luisa R. de la Cruz-Ramos, who oversees payments, and with Assistant Governor Pedro B. dela Torre on climate risk. He met Undersecretary Ma. Elena D. delos Reyes.`,
      ),
    ).toEqual(['Ma. Luisa R. de la Cruz-Ramos', 'Pedro B. dela Torre', 'Ma. Elena D. delos Reyes']);
  });

  it('still ends a sentence after a surname "Ma."', () => {
    expect(
      met(
        `${PHILIPPINES} He met the Minister of Trade, Jack Ma. He also met the Governor of the Bank, Ana Lim.`,
      ),
    ).toEqual(['Jack Ma', 'Ana Lim']);
  });
});
