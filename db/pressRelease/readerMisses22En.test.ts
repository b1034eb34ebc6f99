import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a dateline whose country holds an apostrophe or a hyphen', () => {
  it('reads "ABIDJAN, Côte d\'Ivoire, 3 December 2026 – … from 16 to 19 November" as 16–19 November', () => {
    expect(
      visitOf(
        "ABIDJAN, Côte d'Ivoire, 3 December 2026 – The Director of the Bank, Pavel Norden, visited the Republic of Ghana from 16 to 19 November to review the Bank's projects.\n\nIn Accra, he met with the Minister of Finance, Kwame Boateng.",
      ),
    ).toEqual({ country: 'GH', start: '2026-11-16', end: '2026-11-19' });
  });

  it('reads "BISSAU, Guinea-Bissau, 3 December 2026 – … from 16 to 19 November" as 16–19 November', () => {
    expect(
      visitOf(
        'BISSAU, Guinea-Bissau, 3 December 2026 – The Director of the Bank, Pavel Norden, visited the Republic of Ghana from 16 to 19 November to review the projects.\n\nIn Accra, he met with the Minister of Finance, Kwame Boateng.',
      ),
    ).toEqual({ country: 'GH', start: '2026-11-16', end: '2026-11-19' });
  });
});

describe('a visit to the Republic of China (Taiwan)', () => {
  it('reads "visited the Republic of China (Taiwan) … In Kaohsiung, …" as TW, not CN', () => {
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, visited the Republic of China (Taiwan) from 3 to 5 May 2026. In Kaohsiung, he met the Mayor, Lin Mei-hua.',
      ),
    ).toEqual({ country: 'TW', start: '2026-05-03', end: '2026-05-05' });
  });

  it('reads "travelled to Taichung" as TW', () => {
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, travelled to Taichung from 3 to 5 May 2026, where he met the Mayor, Lin Mei-hua.',
      ).country,
    ).toBe('TW');
  });

  it('still reads "the People\'s Republic of China" as CN', () => {
    expect(
      visitOf(
        "The Director of the Fund, Pavel Norden, visited the People's Republic of China from 3 to 5 May 2026. He met the Minister of Commerce, Wang Jianguo.",
      ).country,
    ).toBe('CN');
  });
});

describe('a round table the visitor takes part in, attended by people each with a body in parentheses', () => {
  it('reads "will take part in a round table on X at Y, attended by A B C D (Body), E F del G H (Body) and I J K L (Body)"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, will visit Guatemala from 3 to 5 May 2026. On 4 May, the Director will take part in a round table on ports at the Universidad del Istmo, attended by Julio Andrés Xol Caal (Chamber of Industry), Rosa Elena del Cid Barrios (Ministry of Labour) and Rigo Tomás Tun Ical (COMIECO).',
      ),
    ).toEqual([
      ['Julio Andrés Xol Caal', null, 'Chamber of Industry'],
      ['Rosa Elena del Cid Barrios', null, 'Ministry of Labour'],
      ['Rigo Tomás Tun Ical', null, 'COMIECO'],
    ]);
  });

  it('still takes no one from "took part in a forum, attended by …" told of no round table', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Guatemala from 3 to 5 May 2026. He met with the Minister of Economy, Ana Sofía Toj. On 4 May, he took part in a trade fair, attended by Julio Andrés Xol Caal (Chamber of Industry).',
      ),
    ).toEqual(['Ana Sofía Toj']);
  });
});

describe('"Secretary of State", a rank, before the office it is held in', () => {
  it('keeps "the Secretary of State in the Office of X of Honduras" whole as the title', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Honduras from 3 to 5 May 2026. In Tegucigalpa, he held talks with the Secretary of State in the Office of Agriculture and Livestock of Honduras, Ramón Eduardo Castro-Mejía, on coffee exports.',
      ),
    ).toEqual([
      [
        'Ramón Eduardo Castro-Mejía',
        'Secretary of State in the Office of Agriculture and Livestock of Honduras',
        null,
      ],
    ]);
  });

  it('reads "the Secretary of State of the Ministry of X" as that rank in that ministry', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Portugal from 3 to 5 May 2026. In Lisbon, he met the Secretary of State of the Ministry of Economy, Rui Tavares Mendes, on ports.',
      ),
    ).toEqual([['Rui Tavares Mendes', 'Secretary of State', 'Ministry of Economy']]);
  });
});

describe('a second person met after ", and meet", with the title after the name', () => {
  it('reads "hold talks with the Minister of X, A B, and meet C D\'E F, Executive President of Y (Z), on …"', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, will visit Honduras from 3 to 5 May 2026. In Tegucigalpa he will hold talks with the Minister of Health, Ramón Castro, and meet Anselmo D'Ambrosio Lara, Executive President of the Central American Fund for Roads (CAFR), on the financing of bridges.",
      ),
    ).toEqual([
      ['Ramón Castro', 'Minister of Health', 'Ministry of Health'],
      ["Anselmo D'Ambrosio Lara", 'Executive President', 'Central American Fund for Roads'],
    ]);
  });
});

describe('a host who shows the visitor a place, named with "with" after the visit', () => {
  it('reads "went on board the patrol boat X with the Director of Y, A B C" as met', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Palau from 3 to 5 May 2026. On 4 May, the delegation visited the fish market and went on board the patrol boat PSS Kedam with the Director of the Bureau of Fisheries, Ilebrang Ngiraked Olkeriil.',
      ),
    ).toEqual([['Ilebrang Ngiraked Olkeriil', 'Director', 'Bureau of Fisheries']]);
  });

  it('reads "… with the Director of the Division of X Y Z, A B C": the words before the comma end the body', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Palau from 3 to 5 May 2026. On 4 May, he went on board the patrol boat PSS Kedam with the Director of the Division of Coastal Reef Patrol, Ilebrang Ngiraked Olkeriil.',
      ),
    ).toEqual([['Ilebrang Ngiraked Olkeriil', 'Director', 'Division of Coastal Reef Patrol']]);
  });

  it('reads "toured the port with the Governor, A B" as met', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Palau from 3 to 5 May 2026. On 4 May, he toured the port of Malakal with the Governor of Koror State, Tewid Ngiraiwet.',
      ),
    ).toEqual(['Tewid Ngiraiwet']);
  });

  it('takes no one from "visited the museum with his deputy, A B"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Palau from 3 to 5 May 2026. He met with the Minister of State, Ann Ngirchechol. On 4 May, he visited the museum with his deputy, Karl Weber.',
      ),
    ).toEqual(['Ann Ngirchechol']);
  });
});

describe('a Basotho name with an apostrophe that opens a word, named first with a title after it', () => {
  it('reads "A \'B C, Clerk to the Senate, presented …" as met, Clerk of the Senate', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, visited Lesotho from 3 to 5 May 2026. He met with the Minister of Finance, Retselisitsoe Matlanyane. Palesa 'Makhotso Mokoena, Clerk to the Senate, presented the plan, and the Director later met with Lineo Mafatle, Chairperson of the Lesotho Farmers' Union.",
      ),
    ).toEqual([
      ['Retselisitsoe Matlanyane', 'Minister of Finance', 'Ministry of Finance'],
      ["Palesa 'Makhotso Mokoena", 'Clerk', 'Senate'],
      ['Lineo Mafatle', 'Chairperson', "Lesotho Farmers' Union"],
    ]);
  });
});

describe('a caucus named in the plural possessive', () => {
  it('reads "Chairperson of the Lesotho Young Legislators\' Caucus" as a body, no person', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, visited Lesotho from 3 to 5 May 2026. He met with Lineo Mafatle, Chairperson of the Lesotho Young Legislators' Caucus.",
      ),
    ).toEqual([['Lineo Mafatle', 'Chairperson', "Lesotho Young Legislators' Caucus"]]);
  });
});

describe('"St." inside an English name', () => {
  it('reads "the Prime Minister, A St. B C, and …" whole', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Saint Lucia from 3 to 5 May 2026. In Castries, he met with the Prime Minister, Ralph St. Clair Harper, and the Minister of Health, Marcia D'Auvergne-Joseph.",
      ),
    ).toEqual(['Ralph St. Clair Harper', "Marcia D'Auvergne-Joseph"]);
  });

  it('reads "Minister for Tourism A St. B C on …" whole, and no one from "in St. Petersburg"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Grenada from 3 to 5 May 2026. He met with Minister for Tourism Dwight St. John Mitchell on cruise tourism, after his talks in St. Petersburg.',
      ),
    ).toEqual(['Dwight St. John Mitchell']);
  });
});

describe('a Japanese family name written in capitals', () => {
  it('reads "met with Minister A Bb and with the State Minister for X, C Dd" as two people', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Japan from 3 to 5 May 2026. In Tokyo, he met with Minister KOBAYASHI Yuko and with the State Minister for Trade, NAKAMURA Kenji.',
      ),
    ).toEqual([
      ['KOBAYASHI Yuko', 'Minister', null],
      ['NAKAMURA Kenji', 'State Minister for Trade', null],
    ]);
  });
});

describe('a Brazilian name of four words with "de" or "dos", its last word also a city\'s', () => {
  it('reads "the Minister of X, A B de C Santiago, and the Minister of Y, D E dos F G" whole', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Brazil from 3 to 5 May 2026. In Brasília, he met with the Minister of Mines, Paulo Roberto de Castro Santiago, and the Minister of Cities, Ana Paula dos Reis Moreira.',
      ),
    ).toEqual(['Paulo Roberto de Castro Santiago', 'Ana Paula dos Reis Moreira']);
  });
});

describe("the visitor's companions are not met", () => {
  it('takes no one from "visited X together with his deputy A B and the Head of Y, C D"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. He met with the Minister of Water, Otieno Kariuki. On 4 May, he visited the Thika dam together with his deputy Karl Weber and the Head of Programmes, Anna Berg.',
      ),
    ).toEqual(['Otieno Kariuki']);
  });

  it('takes no one from "…, accompanied by the Fund\'s Deputy Director, A B" after the people met', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. He met with the Minister of Water, Otieno Kariuki, accompanied by the Fund's Deputy Director, Karl Weber.",
      ),
    ).toEqual(['Otieno Kariuki']);
  });

  it('still reads "visited X together with the Governor of Y, A B" as met', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. He visited the Thika dam together with the Governor of Kiambu, Wanjiru Mbugua.',
      ),
    ).toEqual(['Wanjiru Mbugua']);
  });
});

describe('talks told in the passive, "talks were held with"', () => {
  it('reads a Maltese hyphenated surname beside a person who bears its first half', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Malta from 3 to 5 May 2026. Talks were held with the Minister for Tourism, Clyde Vella, and the Permanent Secretary, Joanna Vella-Grech.',
      ),
    ).toEqual([
      ['Clyde Vella', 'Minister for Tourism', null],
      ['Joanna Vella-Grech', 'Permanent Secretary', null],
    ]);
  });
});

describe('a body with its short name in parentheses', () => {
  it('leaves a short name of mixed case in parentheses off the body: "X Fund (RuriICDF)"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Ruritania from 3 to 5 May 2026. He met with Lin Mei-hua, Secretary-General of the Overseas Development Fund (RuriODF).',
      ),
    ).toEqual([['Lin Mei-hua', 'Secretary-General', 'Overseas Development Fund']]);
  });
});

describe('a host who acts at the body the visitor went to, named by "its" title', () => {
  it('reads "visited the X Agency (XA), where its President, A B, presented …" as of that body', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, visited Japan from 3 to 5 May 2026. He also visited the Japan Water Development Agency (JWDA), where its President, Sato Kenji, presented the Agency's projects in Africa.",
      ),
    ).toEqual([['Sato Kenji', 'President', 'Japan Water Development Agency']]);
  });
});

describe('a body named by its short name after a title', () => {
  it('reads "the Director-General of XYZ, A B" as of the body the text named in full before "(XYZ)"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Thailand from 3 to 5 May 2026. He agreed to expand scholarships under the Ruritania Development Cooperation Agency (RDCA). The Director-General of RDCA, Somchai Wongsakul, briefed the visiting Director on training courses.',
      ),
    ).toEqual([
      ['Somchai Wongsakul', 'Director-General', 'Ruritania Development Cooperation Agency'],
    ]);
  });

  it('keeps a short name the text never gives in full: "the Secretary-General of XYZ, A B"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Thailand from 3 to 5 May 2026. He met with the Secretary-General of RDCA, Somchai Wongsakul.',
      ),
    ).toEqual([['Somchai Wongsakul', 'Secretary-General', 'RDCA']]);
  });
});
