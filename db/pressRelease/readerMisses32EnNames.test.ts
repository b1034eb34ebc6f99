import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const WALES = 'The Director of the Fund, Pavel Norden, visited the United Kingdom on 3 May 2026.';
const NIGERIA = 'The Director of the Fund, Pavel Norden, visited Nigeria on 3 May 2026.';
const YEMEN = 'The Director of the Fund, Pavel Norden, visited Yemen on 3 May 2026.';
const INDIA = 'The Director of the Fund, Pavel Norden, visited India on 3 May 2026.';
const SINGAPORE = 'The Director of the Fund, Pavel Norden, visited Singapore on 3 May 2026.';

describe('the Welsh "ap", "ab", "verch" and "ferch" inside a name', () => {
  it('reads "ap" between a given name and the father\'s, the title in the sentence before', () => {
    expect(
      met(
        `${WALES} He later met the Cabinet Secretary for Health. The Cabinet Secretary, Gwion ap Rhys, set out the plans for the hospitals.`,
      ),
    ).toEqual(['Gwion ap Rhys']);
  });

  it('reads "ab", "verch" and "ferch" as "ap" is read', () => {
    expect(
      roles(
        `${WALES} He met Siôn ab Owen, Chair of the Board, and Catrin verch Hywel, Director of the Museum. He also held talks with the First Minister, Gwenllian ferch Madog.`,
      ),
    ).toEqual([
      ['Siôn ab Owen', 'Chair of the Board', null],
      ['Catrin verch Hywel', 'Director', 'Museum'],
      ['Gwenllian ferch Madog', 'First Minister', null],
    ]);
  });
});

describe('the Sikh style "Sardar", written short "S.", before a name', () => {
  it('leaves "S." out of a name that holds "Singh" or "Kaur", and out of its title', () => {
    expect(
      roles(
        `${INDIA} He also met with the Minister of Finance of Punjab, S. Gurdeep Singh Randhawa, and with S. Kuldeep Singh, Minister of Water.`,
      ),
    ).toEqual([
      ['Gurdeep Singh Randhawa', 'Minister of Finance', 'Ministry of Finance'],
      ['Kuldeep Singh', 'Minister of Water', 'Ministry of Water'],
    ]);
  });

  it('leaves "Sardar" and "Sardarni" out, "Smt." and "Shri" too', () => {
    expect(
      met(
        `${INDIA} He called on the Minister of Health, Sardar Balwinder Singh Brar, and the Governor, Sardarni Harjit Kaur Sidhu. He met Smt. Nirmala Devi Sharma, Minister of Tourism, and Shri Rakesh Kumar Verma, Secretary.`,
      ),
    ).toEqual([
      'Balwinder Singh Brar',
      'Harjit Kaur Sidhu',
      'Nirmala Devi Sharma',
      'Rakesh Kumar Verma',
    ]);
  });

  it('keeps "S." as an initial and "Sardar" as a given name before other names', () => {
    expect(
      met(
        `${INDIA} He met the Minister of External Affairs, S. Rangarajan, and Sardar Ali Khan, Minister of Ports.`,
      ),
    ).toEqual(['S. Rangarajan', 'Sardar Ali Khan']);
  });
});

describe('a whole name in capitals after a style in capitals', () => {
  it('reads the name after "ALHAJI", though none of its words is a known name', () => {
    expect(
      roles(
        `${NIGERIA} He was received by the Vice President, ALHAJI MUSA GARBA DANKO, who assured him of support.`,
      ),
    ).toEqual([['MUSA GARBA DANKO', 'Vice President', null]]);
  });

  it('reads the name after "DR.", "CHIEF" and "ALHAJA"', () => {
    expect(
      met(
        `${NIGERIA} He met the Governor of Kano State, DR. AMINU SALISU KURFI, and the Speaker, CHIEF ADEWALE ADEBAYO OKE. He also met the Chair of the Board, ALHAJA HAUWA BELLO.`,
      ),
    ).toEqual(['AMINU SALISU KURFI', 'ADEWALE ADEBAYO OKE', 'HAUWA BELLO']);
  });
});

describe('a given name in capitals before a family name in capitals', () => {
  it('keeps the first given name, as Yemen writes it: "KHALED Omar AL-HAJRI"', () => {
    expect(
      met(
        `${YEMEN} He held talks with the Minister of Water of the Republic of Yemen, Dr. KHALED Omar AL-HAJRI, and with the Governor, Mr. Nabil Ahmed Al-Saqqaf.`,
      ),
    ).toEqual(['KHALED Omar AL-HAJRI', 'Nabil Ahmed Al-Saqqaf']);
  });

  it('so before a title set off after the name', () => {
    expect(met(`${YEMEN} He met MOHAMMED Ali AL-AMRI, Minister of Oil.`)).toEqual([
      'MOHAMMED Ali AL-AMRI',
    ]);
  });
});

describe('a Malay name ending in initials with no full stops', () => {
  it('reads "B A R" after the given names as part of the name', () => {
    expect(
      roles(
        `${SINGAPORE} He met the Senior Minister of State, Mr Ahmad Zaki B A R, and Ms Siti Aminah Bte M S, Director of the Bank.`,
      ),
    ).toEqual([
      ['Ahmad Zaki B A R', 'Senior Minister of State', null],
      ['Siti Aminah Bte M S', 'Director', 'Bank'],
    ]);
  });

  it("meets the host of a dinner named after words of time, the delegation a nation's", () => {
    expect(
      roles(
        `${SINGAPORE} On Monday evening, the Minister of State for Trade, Mr Hafiz Ramli B A R, hosted a dinner for the Malaysian delegation.`,
      ),
    ).toEqual([['Hafiz Ramli B A R', 'Minister of State for Trade', null]]);
  });
});

describe('a chief officer of a field met, named in the sentence after', () => {
  it('reads "Chief Data Officer" as a title, and the name given after it', () => {
    expect(
      roles(
        `${SINGAPORE} He also met the Chief Data Officer of the Bank. The Chief Data Officer, Mr. Tan Wei-ming, presented the platform.`,
      ),
    ).toEqual([['Tan Wei-ming', 'Chief Data Officer', 'Bank']]);
  });

  it('so a field written with a capital inside: "Chief FinTech Officer"', () => {
    expect(
      met(
        `${SINGAPORE} She also met the Chief FinTech Officer of the Bank. The Chief FinTech Officer, Ms. Lim Hui-min, demonstrated the platform.`,
      ),
    ).toEqual(['Lim Hui-min']);
  });
});

const PERU = 'The Director of the Fund, Pavel Norden, will visit Peru and Bolivia on 3 May 2026.';

describe('Andean and Paraguayan names the reader does not know, in their places', () => {
  it('reads four names straight after a title and its field, with no comma', () => {
    expect(
      roles(
        `${PERU} He will meet with the Vice President, Derlis Arandú Giménez, and with Minister of Education Carmen Rocío Tupã Arce.`,
      ),
    ).toEqual([
      ['Derlis Arandú Giménez', 'Vice President', null],
      ['Carmen Rocío Tupã Arce', 'Minister of Education', 'Ministry of Education'],
    ]);
  });

  it('meets the host of a dialogue in the clause of the place, and one who will join it', () => {
    expect(
      roles(
        `${PERU} On Tuesday he will travel to Puno, where Regional Governor Hilario Quispe Mamani will host a dialogue with farmers. Rosa Choque Apaza, President of the Jury, will join the dialogue.`,
      ),
    ).toEqual([
      ['Hilario Quispe Mamani', 'Regional Governor', null],
      ['Rosa Choque Apaza', 'President of the Jury', null],
    ]);
  });

  it('so a round table the host held, the title set off by commas', () => {
    expect(
      met(
        `${PERU} He travelled to Tarija, where the Governor, Mario Choque Flores, hosted a round table with producers.`,
      ),
    ).toEqual(['Mario Choque Flores']);
  });
});

const BRAZIL = 'The Director of the Fund, Pavel Norden, will visit Brazil on 3 May 2026.';

describe('a list of those met that goes on after a topic with a name alone', () => {
  it('reads the name after ", and" that has its title set off after it', () => {
    expect(
      roles(
        `${BRAZIL} She will then meet Luiz Otávio Barros Neto, Minister of Health, on the training of nurses and doctors within the Community, and Ana Lucia M. Pereira da Costa, Secretary for Asia of the Ministry of Foreign Affairs.`,
      ),
    ).toEqual([
      ['Luiz Otávio Barros Neto', 'Minister of Health', 'Ministry of Health'],
      ['Ana Lucia M. Pereira da Costa', 'Secretary for Asia', 'Ministry of Foreign Affairs'],
    ]);
  });

  it('so a name of two words after a topic of one', () => {
    expect(
      met(
        `${BRAZIL} He met Ana Costa, Minister of Health, on clinics, and Pedro Ramos, Director of the Port.`,
      ),
    ).toEqual(['Ana Costa', 'Pedro Ramos']);
  });
});
