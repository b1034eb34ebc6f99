import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('the Philippine honorific "Atty." before a name with "de la" and a hyphenated surname', () => {
  it('reads "… X (ABC), Atty. A B de la C-D, on …" and takes no "Atty"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited the Philippines from 3 to 5 May 2026. In Manila, he held talks with the Director of the Bureau of Soils (BS), Atty. Rosa Elena de la Cruz-Mendoza, on a joint study.',
      ),
    ).toEqual(['Rosa Elena de la Cruz-Mendoza']);
  });
});

describe('a Kikuyu name with "wa" between its words', () => {
  it('reads "A wa B, Chair of X" in a list of those met', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. In Nairobi, he met with the Principal Secretary for Water, Otieno Kariuki, and Wambui wa Kinyanjui, Chair of the Kenya Farmers Association.',
      ),
    ).toEqual(['Otieno Kariuki', 'Wambui wa Kinyanjui']);
  });
});

describe('a name that opens a sentence, its title after it, who goes with or hosts the visitor', () => {
  it('reads "A El-B, President of X, accompanied him to Y"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Lebanon from 3 to 5 May 2026. In Beirut, he was received by the Prime Minister, Nabil Haddad. Karim El-Mansour, President of the Lebanese Water Council, accompanied him to Tyre, where the two discussed the new pumps.',
      ),
    ).toEqual(['Nabil Haddad', 'Karim El-Mansour']);
  });

  it('reads a family name first: "A B, President of X, who hosted a working lunch for the delegation, said …"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Japan from 3 to 5 May 2026. In Tokyo, he held talks with the Minister of Finance, Mori Takeshi. Yamada Kenichi, President of the Japan Water Agency, who hosted a working lunch for the delegation, said the two bodies would work together.',
      ),
    ).toEqual(['Mori Takeshi', 'Yamada Kenichi']);
  });
});

describe('a bare title met, named in the next sentence by a long Samoan name', () => {
  it('reads "… talks with the Minister of X. Hon. A B\'c D E F has led …"', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, will visit Samoa from 3 to 5 May 2026. He will hold talks with the Minister of Health. Hon. Toleafoa Fa'amoe Sina Lemalu Tuilagi has led the ministry's work since last year.",
      ),
    ).toEqual(["Toleafoa Fa'amoe Sina Lemalu Tuilagi"]);
  });
});

describe('a body whose name joins two words with "and"', () => {
  it('takes no person from "the Chief Executive of the Kenya Seed Promotion and Marketing Agency, Dr. A B"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. In Nairobi, he met the Chief Executive Officer of the Kenya Seed Promotion and Marketing Agency, Dr. Otieno Kariuki.',
      ),
    ).toEqual([
      ['Otieno Kariuki', 'Chief Executive Officer', 'Kenya Seed Promotion and Marketing Agency'],
    ]);
  });
});

describe('a dateline whose district is written short', () => {
  it('reads "Washington, D.C., 8 May 2026 — … concluded a visit to X that ran from 3 to 6 May" as the period, not the day of issue', () => {
    expect(
      visitOf(
        'Fund Director visits Japan\n\nWashington, D.C., 8 May 2026 — Fund Director Pavel Norden concluded a visit to Japan that ran from 3 to 6 May, focused on trade.\n\nIn Tokyo, he met the Minister of Finance, Mori Takeshi.',
      ),
    ).toEqual({ country: 'JP', start: '2026-05-03', end: '2026-05-06' });
  });
});

describe('a visit told by the host, its heading naming the visitor by a title of his country', () => {
  it('reads "Official Visit of the Minister of X of Kiribati … paid an official visit to the Republic of Fiji" as a visit to Fiji', () => {
    expect(
      visitOf(
        'Suva\n9 May 2026\n\nMINISTRY OF FOREIGN AFFAIRS OF FIJI\nOfficial Visit of the Minister of Trade of Kiribati\n\nThe Ministry is pleased to advise that the Minister of Trade of Kiribati, Hon. Tito Bauro, paid an official visit to the Republic of Fiji on the fifth and sixth of May.\n\nOn arrival, the visiting Minister was received by the Minister of Finance, Hon. Ana Veli, on shipping links between Tarawa and Levuka.',
      ).country,
    ).toBe('FJ');
  });
});

describe('a body in parentheses after each name of a list', () => {
  it('takes no person from the body: "attended by A B (X Trust Group), C D (Y Bank) and E F (Z Corporation)"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Japan from 3 to 5 May 2026. On 4 May he chaired a round table on trade attended by Mori Takeshi (Hokkaido Trust Group), Abe Kenta (Japan Post Bank) and Ono Yui (Sakura Steel Corporation).',
      ),
    ).toEqual([
      ['Mori Takeshi', null, 'Hokkaido Trust Group'],
      ['Abe Kenta', null, 'Japan Post Bank'],
      ['Ono Yui', null, 'Sakura Steel Corporation'],
    ]);
  });
});

describe('a body called a network', () => {
  it('reads "A B, Chair of the X Network" as the title "Chair" of the body', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. In Nairobi, he met Wambui wa Kinyanjui, Chair of the Kenya Farmers Network.',
      ),
    ).toEqual([['Wambui wa Kinyanjui', 'Chair', 'Kenya Farmers Network']]);
  });
});

describe('a title whose head follows another capitalised word, of a bureau', () => {
  it('reads "… Jr., and held talks with the National Director of the Bureau of X and Y (XY), Atty. A B" as the title and the body', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited the Philippines from 3 to 5 May 2026. In Manila, Mr. Norden was received by the Secretary of Finance, Ramon Cruz Jr., and held talks with the National Director of the Bureau of Soils and Water Management (BSWM), Atty. Rosa Elena de la Cruz-Mendoza, on a joint study of rice.',
      ),
    ).toEqual([
      ['Ramon Cruz Jr.', 'Secretary of Finance', null],
      [
        'Rosa Elena de la Cruz-Mendoza',
        'National Director',
        'Bureau of Soils and Water Management',
      ],
    ]);
  });
});

describe('a body whose name holds "and", before the visitor who held consultations', () => {
  it('does not take the visitor of "The Director of the Relief and Works Agency for X (Y), A B, held consultations in Z" as met', () => {
    expect(
      met(
        "AMMAN, Thursday 12 May 2026 – The Director of the Relief and Works Agency for Farmers (RWAF), Pavel Norden, held consultations in Jordan on Tuesday on the Agency's budget.\n\nIn Amman, the Director met with the Minister of Planning, Omar Khalil.",
      ),
    ).toEqual(['Omar Khalil']);
  });
});

describe('a second person met after "as well as by"', () => {
  it('reads "received by the Minister of X, A B, as well as by C-D E, Chief Executive Officer of F", E a word of another language', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Rwanda from 1 to 2 May 2026. On 2 May in Kigali, the Director was received by the Minister of Finance, Claudine Uwera, as well as by Jean-Marc Valiente, Chief Executive Officer of the Rwanda Energy Board.',
      ),
    ).toEqual([
      ['Claudine Uwera', 'Minister of Finance', 'Ministry of Finance'],
      ['Jean-Marc Valiente', 'Chief Executive Officer', 'Rwanda Energy Board'],
    ]);
  });
});

describe('a bare title met at the body the visitor goes to', () => {
  it('reads "will visit the National University of X, where he will be welcomed by the Vice-Chancellor, A B" as of that university', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, will visit Samoa from 3 to 5 May 2026. On 4 May, he will visit the National University of Samoa, where he will be welcomed by the Vice-Chancellor, Professor Tavita Lemalu, and will meet the Chief Executive Officer of the Samoa Water Authority, Sina Fa'amoe.",
      ),
    ).toEqual([
      ['Tavita Lemalu', 'Vice-Chancellor', 'National University of Samoa'],
      ["Sina Fa'amoe", 'Chief Executive Officer', 'Samoa Water Authority'],
    ]);
  });

  it('gives no body to a title met after a visit to a place: "visited the Old Harbour, where he was received by the Mayor, A B"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Samoa from 3 to 5 May 2026. On 4 May, he visited the Old Harbour, where he was received by the Mayor, Tavita Lemalu.',
      ),
    ).toEqual([['Tavita Lemalu', 'Mayor', null]]);
  });
});
