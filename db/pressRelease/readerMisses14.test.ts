import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

describe('a name in parentheses after its title', () => {
  it('keeps the opening parenthesis and an honorific out of the title', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, will visit Laos from 3 to 5 May 2026. In Vientiane, he is scheduled to meet the Deputy Prime Minister in charge of Rural Affairs (Dr. Somsak Inthavong) to sign an agreement.',
      ),
    ).toEqual([['Somsak Inthavong', 'Deputy Prime Minister in charge of Rural Affairs', null]]);
  });

  it('keeps the opening parenthesis out of a title with "and"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Korea from 3 to 5 May 2026. In Seoul, he met Minister of Health Lee Min-ho and the Vice Minister of Oceans and Fisheries (Choi Dae-sung).',
      ).at(-1),
    ).toEqual([
      'Choi Dae-sung',
      'Vice Minister of Oceans and Fisheries',
      'Ministry of Oceans and Fisheries',
    ]);
  });
});

describe('a short form of a given name with its full stop opening a name', () => {
  it('reads "Md." and "Sk." at the head of names set off by commas, and the sentence goes on', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Bangladesh from 3 to 5 May 2026. In Dhaka, he met the Adviser for Planning of the Government of Bangladesh, Md. Karim Hossain, the Chairman of the Export Promotion Bureau (EPB), Farid Ahmed, and the Mayor of Khulna, Sk. Nurul Alam.',
      ),
    ).toEqual(['Md. Karim Hossain', 'Farid Ahmed', 'Sk. Nurul Alam']);
  });
});

describe('a title met with no name, named in the next sentence set off by commas', () => {
  it('reads "The Minister, A B, presented …" after "held talks with the Minister of …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Nepal from 3 to 5 May 2026. He held talks with the Minister of Water Supply. The Minister, Hari Prasad Gautam, presented the new plan for the valley.',
      ),
    ).toEqual([['Hari Prasad Gautam', 'Minister of Water Supply', 'Ministry of Water Supply']]);
  });
});

describe('a title met with no name whose parts are a list', () => {
  it('keeps every part of "the Minister of A, B and C" for the one named next', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Nepal from 3 to 5 May 2026. He held talks with the Minister of Water, Sanitation and Hygiene. The Minister, Hari Prasad Gautam, presented the new plan for the valley.',
      )[0]?.[1],
    ).toBe('Minister of Water, Sanitation and Hygiene');
  });
});

describe('a gathering the visitor chairs, attended by people each with their body in parentheses', () => {
  it('reads everyone "attended by A (Body), B (Body) and C (Body)", with the body', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, will visit Laos from 3 to 5 May 2026. On 4 May, the Director will chair a round table on rural credit at the Ministry of Finance, attended by Bounmy Keola (Bank of the Lao PDR), Vilay Sisouk (Lao Development Bank) and Khamla Phommachanh (Securities Commission of Laos).',
      ),
    ).toEqual([
      ['Bounmy Keola', null, 'Bank of the Lao PDR'],
      ['Vilay Sisouk', null, 'Lao Development Bank'],
      ['Khamla Phommachanh', null, 'Securities Commission of Laos'],
    ]);
  });

  it('takes no one who attends what the visitor attends', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Laos from 3 to 5 May 2026. He met the Minister of Energy, Somsak Inthavong. The Director attended a concert, attended by Bounmy Keola (Bank of the Lao PDR).',
      ),
    ).toEqual(['Somsak Inthavong']);
  });
});

describe('Spanish names with "de la" and two surnames', () => {
  it('keeps "de la" and both surnames of a name set off by commas', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Chile from 3 to 5 May 2026. He met the Minister of Mines, Tomás Herrera, and the Chair of the Chilean Exporters Council, Ana Luisa de la Vega Ortiz.',
      ),
    ).toEqual(['Tomás Herrera', 'Ana Luisa de la Vega Ortiz']);
  });
});

describe('a meal with the people met', () => {
  it('reads those the visitor has a working lunch with, "as well as with" another', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Chile from 3 to 5 May 2026. The Director held a working lunch with the Chair of the Chilean Exporters Council, Carla Soto Vidal, as well as with the President of the National Chamber of Mining (Jorge Castillo Mena).',
      ),
    ).toEqual([
      ['Carla Soto Vidal', 'Chair', 'Chilean Exporters Council'],
      ['Jorge Castillo Mena', 'President', 'National Chamber of Mining'],
    ]);
  });
});

describe('a name before its title, of someone who joined the talks', () => {
  it('reads "A B C, Minister of …, who joined the talks, said …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Chile from 3 to 5 May 2026. He met the Minister of Mines, Tomás Herrera. Rodrigo Salinas Fuentes, Minister of Finance, who joined the talks, told reporters that the copper royalties would not change.',
      ),
    ).toEqual([
      ['Tomás Herrera', 'Minister of Mines', 'Ministry of Mines'],
      ['Rodrigo Salinas Fuentes', 'Minister of Finance', 'Ministry of Finance'],
    ]);
  });
});

describe('a host who gives a meal in the visitor’s honour, named first in the sentence', () => {
  it('reads "Title of Body, A B-c, who is also …, hosted a dinner in his honour"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Korea from 3 to 5 May 2026. In Seoul, he met Minister of Health Lee Min-ho. President of the Korea Maritime Institute, Han Seok-jin, who is also the chair of the board, hosted a dinner in his honour.',
      ),
    ).toEqual([
      ['Lee Min-ho', 'Minister of Health', 'Ministry of Health'],
      ['Han Seok-jin', 'President', 'Korea Maritime Institute'],
    ]);
  });
});

describe('a place named after a person is no person', () => {
  it('takes no hospital’s name in the possessive for a person', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Nepal from 3 to 5 May 2026. He also met the Governor of the Central Bank, Gopal Adhikari, and toured the R.K. Sharma Memorial Children Hospital’s new surgical wing.',
      ),
    ).toEqual(['Gopal Adhikari']);
  });

  it('takes no business park named after a prince for a person', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Jordan from 3 to 5 May 2026. He also met the Director of the Institute of Trade, Dr. Omar Haddad, and toured the Prince Faisal Business Park, home to several firms.',
      ),
    ).toEqual(['Omar Haddad']);
  });

  it('still reads "Park" as a surname, first or last', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Korea from 3 to 5 May 2026. He met the Minister of Health, Park Min-jae, and the Governor of the Central Bank, Helen Park.',
      ),
    ).toEqual(['Park Min-jae', 'Helen Park']);
  });
});

describe('someone quoted is not met', () => {
  it('takes no one whose words the visitor recalls', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. He met the Minister of Trade, Kofi Mensah. "Open markets are a sign of trust," Mr. Norden said, recalling the words of Ibrahim Sesay that "every road leads to a market".',
      ),
    ).toEqual(['Kofi Mensah']);
  });
});

describe('courtesy styles before a name are no title', () => {
  it('reads the title after the name, or the royal style alone', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Oman from 3 to 5 May 2026. He was received by His Majesty King Faris III at the palace. He then met His Highness Sheikh Ali bin Said Al Farsi, Minister of Energy, and Her Excellency Mona bint Khalid Al Sayed, Minister of State for Trade.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Faris III', 'King'],
      ['Ali bin Said Al Farsi', 'Minister of Energy'],
      ['Mona bint Khalid Al Sayed', 'Minister of State for Trade'],
    ]);
  });
});

describe('honorifics and styles at a title’s edges', () => {
  it('leaves "HE" before a title out of it', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Moldova from 3 to 5 May 2026. He was received by HE the President of the Republic of Moldova, Ion Rusu.',
      )[0]?.[1],
    ).toBe('President of the Republic of Moldova');
  });

  it('leaves "as well as" before a title out of it', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. He met the Cabinet Secretary for Water, Peter Kamau, as well as the Principal Secretary of the State Department for Irrigation, Jane Wambui.',
      )[1]?.[1],
    ).toBe('Principal Secretary');
  });

  it('reads the title after a name that Malay styles open', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Malaysia from 3 to 5 May 2026. In Putrajaya, he met Datuk Seri Haji Ahmad Zaki, Minister of Rural Development.',
      )[0]?.[1],
    ).toBe('Minister of Rural Development');
  });
});

describe('a title after the name whose parts are a list', () => {
  it('keeps every part of "A B, Minister of X, Y and Z"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. In Accra, he met Kofi Mensah, Minister of Trade, Industry and Tourism, on the new free zone.',
      )[0]?.[1],
    ).toBe('Minister of Trade, Industry and Tourism');
  });
});

describe('a meeting word with an adverb between "will" and "meet"', () => {
  it('reads the titles of everyone the visitor "will also meet"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, will visit Kyrgyzstan from 3 to 5 May 2026. He will hold talks with the Minister of Finance, Almaz Beishenov. The Director will also meet the Speaker of the National Assembly, Ruslan Temirov, the Minister of Energy, Mining and Trade, Bakyt Orozov, and the Chair of the Senate Committee on Budget, Finance and Tourism, Aida Sadykova.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Almaz Beishenov', 'Minister of Finance'],
      ['Ruslan Temirov', 'Speaker'],
      ['Bakyt Orozov', 'Minister of Energy, Mining and Trade'],
      ['Aida Sadykova', 'Chair'],
    ]);
  });
});

describe('a title opened by "Its"', () => {
  it('leaves "Its" out of the title of a host who briefs the visitor', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Tajikistan from 3 to 5 May 2026. On 4 May, he visited the Committee for Women and Family Affairs. Its Chairperson, Dilbar Rahimova, briefed him on the new credit lines for farmers.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([['Dilbar Rahimova', 'Chairperson']]);
  });
});

describe('a minister "of" a place that is no ministry', () => {
  it('reads no ministry for a chief minister of a province nor a minister of a country', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Nepal from 3 to 5 May 2026. In Pokhara, he met the Chief Minister of Karnali Province, Hari Bahadur Thapa. He also met the Caretaker Foreign Minister of Nepal, Sita Gurung.',
      ),
    ).toEqual([
      ['Hari Bahadur Thapa', 'Chief Minister of Karnali Province', null],
      ['Sita Gurung', 'Caretaker Foreign Minister of Nepal', null],
    ]);
  });
});

describe('"a sign of" is no signing', () => {
  it('takes no one named in a sentence whose only meeting word is the noun "sign"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. He met the Minister of Trade, Kofi Mensah. The new bridge is a sign of the trust that Ibrahim Sesay built over the years.',
      ),
    ).toEqual(['Kofi Mensah']);
  });
});

describe('a minister who also heads a body, in one title', () => {
  it('keeps "Minister of X and Head of Y" whole, with the ministry of X', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Indonesia from 3 to 5 May 2026. He met the Minister of Marine Planning and Head of Baharkam, Andi Wirawan, on the new ports.',
      ),
    ).toEqual([
      [
        'Andi Wirawan',
        'Minister of Marine Planning and Head of Baharkam',
        'Ministry of Marine Planning',
      ],
    ]);
  });
});

describe('a title met with no name, joined by "and the" to the title of the one named', () => {
  it('gives the name only the title after "and the"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Thailand from 3 to 5 May 2026. He also met the Minister of Commerce and the Deputy Minister of Agriculture and Cooperatives, Dr. Somchai Wongsa, on rice exports.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([['Somchai Wongsa', 'Deputy Minister of Agriculture and Cooperatives']]);
  });
});

describe('what a name follows in small words is no title', () => {
  it('reads no title from "the delegations of A and B, C D and E F"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Mongolia from 3 to 5 May 2026. In Ulaanbaatar, he met the Minister of Finance of Mongolia, Bat Erdene, and delegations of Chile and Peru, Ana Rojas and Luis Paredes.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Bat Erdene', 'Minister of Finance'],
      ['Ana Rojas', null],
      ['Luis Paredes', null],
    ]);
  });
});

describe('"Head of Government" and "Head of State" are titles whole', () => {
  it('reads no body "Government" from a head of government', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Morocco from 3 to 5 May 2026. In Rabat, he was received by the Head of Government, Karim Bennani.',
      ),
    ).toEqual([['Karim Bennani', 'Head of Government', null]]);
  });
});

describe('a style and a rank before a name, the title after it', () => {
  it('reads the title after the name, not the rank or the royal word before it', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Qatar from 3 to 5 May 2026. He was received by His Highness Major General Sheikh Nasser bin Ali Al Kuwari, Minister of Interior, and then called on His Royal Highness Prince Fahad bin Saud Al Thani, the Crown Prince and Prime Minister.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Nasser bin Ali Al Kuwari', 'Minister of Interior'],
      ['Fahad bin Saud Al Thani', 'Crown Prince and Prime Minister'],
    ]);
  });
});

describe('the last part of a title whose parts are a list is no name', () => {
  it('reads the title whole after "of A, B and C D,", and C D is no person', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Mali from 3 to 5 May 2026. He also met the Minister of Foreign Affairs, Regional Integration and Nationals Abroad, Moussa Traore, on refugees.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Moussa Traore', 'Minister of Foreign Affairs, Regional Integration and Nationals Abroad'],
    ]);
  });
});

describe('a minister of State holds a rank, not a ministry', () => {
  it('reads no "Ministry of State"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Mali from 3 to 5 May 2026. He also met the Minister of State, Moussa Traore, on refugees.',
      ),
    ).toEqual([['Moussa Traore', 'Minister of State', null]]);
  });
});

describe('a representative of a country to a body', () => {
  it('reads "Permanent Representative of X to Y" as the title, with no body', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Geneva from 3 to 5 May 2026. He met the Permanent Representative of Chile to the United Nations Office at Geneva, Ana Rojas.',
      ),
    ).toEqual([
      [
        'Ana Rojas',
        'Permanent Representative of Chile to the United Nations Office at Geneva',
        null,
      ],
    ]);
  });
});

describe('a presidency is a body', () => {
  it('reads "President of the Presidency for X" as a president of a body', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. He met the President of the Presidency for Ghanaians Abroad, Kofi Mensah.',
      ),
    ).toEqual([['Kofi Mensah', 'President', 'Presidency for Ghanaians Abroad']]);
  });
});
