import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a country whose name ends in another country’s name', () => {
  it('reads "Equatorial Guinea" whole, not "Guinea"', () => {
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, visited Equatorial Guinea from 3 to 5 May 2026. He held talks with the Minister of Finance, Rosa Obiang.',
      ).country,
    ).toBe('GQ');
  });

  it('reads "South Sudan" whole, and still reads "Sudan" alone', () => {
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, visited South Sudan from 3 to 5 May 2026. He held talks with the Minister of Finance, Peter Lual.',
      ).country,
    ).toBe('SS');
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, visited Sudan from 3 to 5 May 2026. He held talks with the Minister of Finance, Omar Saleh.',
      ).country,
    ).toBe('SD');
  });
});

describe('a Pacific capital', () => {
  it('reads the country of a trip told by its capital: "In Port Vila, …"', () => {
    expect(
      visitOf(
        'SUVA, 9 May 2026\n\nThe Minister of Trade of Fiji, Hon. Ana Veli, returned from an official visit on 7 May 2026. In Port Vila, the Minister held talks with the Minister of Finance, Hon. Tom Kalsakau.',
      ).country,
    ).toBe('VU');
  });
});

describe('visits in the plural, told as having taken place', () => {
  it('reads "official visits to X and Y, which took place from 30 June to 3 July" as the period', () => {
    expect(
      visitOf(
        'APIA, 6 July 2026\n\nThe Minister of Trade of Fiji, Hon. Ana Veli, has returned from official visits to Samoa and the Kingdom of Tonga, which took place from 30 June to 3 July.\n\nOn 1 July, the Minister held talks with the Minister of Finance of Samoa, Hon. Tala Mulitalo.',
      ),
    ).toEqual({ country: 'WS', start: '2026-06-30', end: '2026-07-03' });
  });
});

describe('Spanish names of two given names and two surnames, before their body in parentheses', () => {
  it('reads "met A B C D (Body) and the Minister of X, E F" whole', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Bolivia from 3 to 5 May 2026. In La Paz, he met Elena Beatriz Quiroga Mamani (National Statistics Office) and the Minister of Finance, Hugo Arce.',
      ),
    ).toEqual([
      ['Elena Beatriz Quiroga Mamani', null, 'National Statistics Office'],
      ['Hugo Arce', 'Minister of Finance', 'Ministry of Finance'],
    ]);
  });

  it('reads those who attend a seminar the visitor opened: "opened a seminar … attended by A (X), B (Y) and C (Z)"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Bolivia from 3 to 5 May 2026. On Tuesday, he opened a seminar on statistics attended by Elena Beatriz Quiroga Mamani (National Statistics Office), Raúl Ernesto Salinas del Castillo (Catholic University of Bolivia) and Inés Paola Rojas-Villanueva (Central Bank of Bolivia).',
      ),
    ).toEqual([
      ['Elena Beatriz Quiroga Mamani', null, 'National Statistics Office'],
      ['Raúl Ernesto Salinas del Castillo', null, 'Catholic University of Bolivia'],
      ['Inés Paola Rojas-Villanueva', null, 'Central Bank of Bolivia'],
    ]);
  });

  it('still leaves out those who attended what the visitor only attended: "attended a forum …"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Bolivia from 3 to 5 May 2026. On Tuesday, he attended a forum on statistics with Elena Beatriz Quiroga Mamani (National Statistics Office) among the speakers.',
      ),
    ).toEqual([]);
  });
});

describe("a widow's mark inside a Spanish name", () => {
  it('reads "A B C Vda. de D, Vice Minister of X" whole, opening a sentence', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Bolivia from 3 to 5 May 2026. He met the Minister of Finance, Hugo Arce. Teresa Irene Gómez Vda. de Arce, Vice Minister of Water, said that Bolivia would host the course.',
      ),
    ).toEqual([
      ['Hugo Arce', 'Minister of Finance', 'Ministry of Finance'],
      ['Teresa Irene Gómez Vda. de Arce', 'Vice Minister of Water', 'Ministry of Water'],
    ]);
  });
});

describe('a title that hosts a meal for the visitor, named by the next sentence', () => {
  it('reads "The Mayor of X will host a dinner in his honour. A Al-B will present …"', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, will visit Oman from 3 to 5 May 2026. In Muscat, he will meet the Minister of Finance, Ahmed Habsi. The Mayor of Greater Muscat will host a dinner in his honour. Khalid Al-Harthy will present the city's plan for water.",
      ),
    ).toEqual([
      ['Ahmed Habsi', 'Minister of Finance', 'Ministry of Finance'],
      ['Khalid Al-Harthy', 'Mayor of Greater Muscat', null],
    ]);
  });

  it('takes no body that hosts a meal: "The Fund will host a dinner. A B will present …"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, will visit Oman from 3 to 5 May 2026. In Muscat, he will meet the Minister of Finance, Ahmed Habsi. The Oman Fund will host a dinner. Khalid Harthy will present the plan.',
      ),
    ).toEqual(['Ahmed Habsi']);
  });
});

describe('a second person met after "and to meet" in one sentence', () => {
  it('reads "received by … A and to meet Princess B, Chairperson of X" with the title after the name', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, will visit Oman from 3 to 5 May 2026. In Muscat, he is expected to be received by His Majesty Sultan Haitham bin Tarik and to meet Princess Salma bint Faisal, Chairperson of the National Commission for Youth.',
      ),
    ).toEqual([
      ['Haitham bin Tarik', 'Sultan', null],
      ['Salma bint Faisal', 'Chairperson', 'National Commission for Youth'],
    ]);
  });
});

describe('a bare title of two offices joined by "and", named by the next sentence', () => {
  it('reads "received … by the Deputy Prime Minister and Minister of X. A B-c underlined …"', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, visited Thailand from 3 to 5 May 2026. He was received at the Government House by the Deputy Prime Minister and Minister of Energy. Somchai Wong-amat underlined Thailand's interest in the centre.",
      ),
    ).toEqual([
      ['Somchai Wong-amat', 'Deputy Prime Minister and Minister of Energy', 'Ministry of Energy'],
    ]);
  });
});

describe('an adjective of a body before a parliament’s own name', () => {
  it('reads "the Chairman of the State Great X, K. A" with no person "Great X"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Afghanistan from 3 to 5 May 2026. He was also received by the Chairman of the State Great Jirga, K. Rahimi.',
      ),
    ).toEqual([['K. Rahimi', 'Chairman of the State Great Jirga', null]]);
  });
});

describe('a list of titles each straight before its name', () => {
  it('reads "met with Deputy Prime Minister A B, Minister for X C D Jr. and the Secretary for Y, E F"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Fiji from 3 to 5 May 2026. He also met with Deputy Prime Minister Tomasi Rabuka, Minister for Police Samuela Naiqama Jr. and the Secretary for Finance, Ana Vula.',
      ),
    ).toEqual([
      ['Tomasi Rabuka', 'Deputy Prime Minister', null],
      ['Samuela Naiqama Jr.', 'Minister for Police', null],
      ['Ana Vula', 'Secretary for Finance', null],
    ]);
  });

  it('still gives a title set off after a name to that name: "A B, Minister of X, C D, Minister of Y"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Fiji from 3 to 5 May 2026. He also met John Vula, Minister of Finance, Peter Rabuka, Minister of Trade.',
      ),
    ).toEqual([
      ['John Vula', 'Minister of Finance', 'Ministry of Finance'],
      ['Peter Rabuka', 'Minister of Trade', 'Ministry of Trade'],
    ]);
  });
});

describe('an administrator heading an agency, named in parentheses after the title', () => {
  it('reads "met the Administrator of the X Agency (A B-c)" as title and body', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Korea from 3 to 5 May 2026. He also met the Administrator of the Korea Weather Agency (Kim Dong-su).',
      ),
    ).toEqual([['Kim Dong-su', 'Administrator', 'Korea Weather Agency']]);
  });
});

describe('a body named again by its noun alone', () => {
  it('reads "the Secretary-General of the Commission" as the commission named in full before', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, will visit Oman from 3 to 5 May 2026. In Muscat, he will meet Salma Al Harthy, Chairperson of the National Commission for Youth, and the Minister of Finance, Ahmed Habsi, as well as the Secretary-General of the Commission, Laila Al-Busaidi, on the youth plan.',
      ),
    ).toEqual([
      ['Salma Al Harthy', 'Chairperson', 'National Commission for Youth'],
      ['Ahmed Habsi', 'Minister of Finance', 'Ministry of Finance'],
      ['Laila Al-Busaidi', 'Secretary-General', 'National Commission for Youth'],
    ]);
  });

  it('keeps the noun of a body the text never names in full: "the Secretary-General of the Ministry"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, will visit Oman from 3 to 5 May 2026. In Muscat, he will meet the Minister of Finance of Oman, Ahmed Habsi, and the Secretary-General of the Ministry, Laila Al-Busaidi.',
      ).map(([name, , body]) => [name, body]),
    ).toEqual([
      ['Ahmed Habsi', 'Ministry of Finance of Oman'],
      ['Laila Al-Busaidi', 'Ministry'],
    ]);
  });
});
