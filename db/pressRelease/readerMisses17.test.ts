import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a name of four words straight after a title or a royal style', () => {
  it('reads "Prime Minister A\'b B C D on …" whole', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, visited Samoa from 3 to 5 May 2026. In Apia, he held talks with Prime Minister Fa'atoa Lemalu Tuilagi Vaega on fisheries.",
      ),
    ).toEqual([["Fa'atoa Lemalu Tuilagi Vaega", 'Prime Minister', null]]);
  });

  it('reads "His Majesty The King A B C D at …" whole', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Nepal from 3 to 5 May 2026. He was granted an audience by His Majesty The King Tenzin Dorje Namgyel Rinchen at the palace.',
      ),
    ).toEqual(['Tenzin Dorje Namgyel Rinchen']);
  });

  it('still reads three words after a title as before', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Samoa from 3 to 5 May 2026. In Apia, he held talks with Prime Minister Lemalu Tuilagi Vaega on fisheries.',
      ),
    ).toEqual(['Lemalu Tuilagi Vaega']);
  });
});

describe('a host named first, with the title after the name, who receives the visitor', () => {
  it('reads "On the fourth of May, in Lomé, A B, President of X, received the Director …"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Togo from 3 to 5 May 2026. On the fourth of May, in Lomé, Kodjo Adedze, President of the Republic of Togo, received the Director at the palace.',
      ),
    ).toEqual(['Kodjo Adedze']);
  });

  it('reads "A B, Governor of X, welcomed him …" with no words of time or place before', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Togo from 3 to 5 May 2026. Esi Owusu, Governor of the Central Bank, welcomed him at the bank.',
      ),
    ).toEqual(['Esi Owusu']);
  });
});

describe('a host named first after a style, with initials, who gives a meal in honour of the visitor', () => {
  it('reads "Dasho A. B. C, Minister for X, hosted a luncheon in honour of the Director"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Bhutan from 3 to 5 May 2026. Dasho K. P. Wangdi, Minister for Finance, hosted a luncheon in honour of the Director.',
      ),
    ).toEqual([['K. P. Wangdi', 'Minister for Finance', null]]);
  });

  it('takes the title after the name, not the style before it: "He met Dasho A. B. C, Minister …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Bhutan from 3 to 5 May 2026. He met Dasho K. P. Wangdi, Minister for Finance.',
      ),
    ).toEqual([['K. P. Wangdi', 'Minister for Finance', null]]);
  });
});

describe('the two sides as subject, before a meeting word whose own people are no one', () => {
  it('reads "The Minister of X, A B, and the Director then chaired a meeting with the donors"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Togo from 3 to 5 May 2026. The Minister of Finance, Kodjo Adedze, and the Director then chaired a meeting with the donors.',
      ),
    ).toEqual([['Kodjo Adedze', 'Minister of Finance', 'Ministry of Finance']]);
  });

  it('still reads the people after the meeting word when it names them', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Togo from 3 to 5 May 2026. The Director and his delegation then held a meeting with the Governor of the Central Bank, Esi Owusu.',
      ),
    ).toEqual(['Esi Owusu']);
  });
});

describe("the issuing office's town and date heading the release, each on its own line", () => {
  it('reads the visit from the text, not from "PRESS RELEASE / Ministry of Finance / Accra / 8 July 2026"', () => {
    expect(
      visitOf(
        'PRESS RELEASE\nMinistry of Finance\nAccra\n8 July 2026\n\nVisit of H.E. Kofi Mensah to Peru\n\nH.E. Kofi Mensah, Minister of Finance of the Republic of Ghana, paid an official visit to Peru from 30 June to 5 July 2026.\n\nIn Lima, the Minister paid a courtesy call on President Ana Rojas.',
      ),
    ).toEqual({ country: 'PE', start: '2026-06-30', end: '2026-07-05' });
  });
});

describe('weekdays alone, one per stop, dated from the closing stamp', () => {
  it('reads "In A on Monday …", "On Tuesday …", "travelled to B on Wednesday and on Thursday …" as Monday to Thursday', () => {
    expect(
      visitOf(
        'Finance Minister back from Togo and Benin\n\nThe Minister of Finance, Hon. Pavel Norden, has returned from official visits to Togo and Benin.\n\nIn Lomé on Monday, the Minister was received by President Kodjo Adedze.\n\nOn Tuesday, he met the Minister of Trade, Esi Owusu.\n\nThe Minister travelled to Cotonou on Wednesday and on Thursday met the Prime Minister of Benin, Hon. Yao Dossou.\n\nMinistry of Finance, Lakeside\nFriday, 16 October 2026',
      ),
    ).toEqual({ country: 'TG', start: '2026-10-12', end: '2026-10-15' });
  });
});

describe('days in words, each after its weekday', () => {
  it('reads "from Monday the ninth to Thursday the twelfth of March" with the year of the dateline', () => {
    expect(
      visitOf(
        'Fund Director on mission to Togo\n\nLakeside, Ruritania, 16 March 2026\n\nThe Director of the Fund, Pavel Norden, carried out a mission to Togo from Monday the ninth to Thursday the twelfth of March, to prepare the next phase.\n\nIn Lomé, he met the Minister of Finance, Kodjo Adedze.',
      ),
    ).toEqual({ country: 'TG', start: '2026-03-09', end: '2026-03-12' });
  });
});

describe('a title in the plural, which names a meeting of offices and no one', () => {
  it('takes no person from "held the X–Y Finance Ministers\' Meeting with H.E. A B, Minister of …"', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, visited Peru from 3 to 5 May 2026. In Lima, the Director paid a courtesy call on President Ana Rojas and held the Ruritania–Peru Finance Ministers' Meeting with H.E. Luis Paredes, Minister of Finance of Peru.",
      ),
    ).toEqual([
      ['Ana Rojas', 'President', null],
      ['Luis Paredes', 'Minister of Finance', 'Ministry of Finance of Peru'],
    ]);
  });
});

describe('a name alone in parentheses after a body', () => {
  it('reads "the X Bank (A B) and the Y Chamber (Sheikh C D)" as people of those bodies, with no title', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Qatar from 3 to 5 May 2026. On 4 May, the business council will meet at the Doha Chamber with the participation of the Qatar Development Bank (Khalid Nasser Al-Kuwari) and the Doha Chamber (Sheikh Faisal bin Nasser Al Thani).',
      ),
    ).toEqual([
      ['Khalid Nasser Al-Kuwari', null, 'Qatar Development Bank'],
      ['Faisal bin Nasser Al Thani', null, 'Doha Chamber'],
    ]);
  });

  it('still reads the title before the parenthesis: "the Minister in charge of Special Projects (Dr. A B)"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Cambodia from 3 to 5 May 2026. In Phnom Penh, he is scheduled to meet the Senior Minister in charge of Special Projects (Dr. Sok Vanna) to sign a host country agreement.',
      )[0]?.[1],
    ).toBe('Senior Minister in charge of Special Projects');
  });
});

describe("a country's possessive before the title", () => {
  it('reads "he met Tonga\'s Minister of Trade, Industry and Labour, Hon. A B" with the title alone', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, visited Tonga from 3 to 5 May 2026. On Tuesday, he met Tonga's Minister of Trade, Industry and Labour, Hon. Sione Vea, and toured the wharf.",
      ),
    ).toEqual([['Sione Vea', 'Minister of Trade, Industry and Labour', null]]);
  });
});

describe("a body's short name, one word in parentheses after the name", () => {
  it('reads "attended by A B (Keizai), C D (RDB) and E F (Togo)": the body, never a country', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Togo from 3 to 5 May 2026. On 4 May, the Director chaired a round table with investors, attended by Kodjo Adedze (Keizai), Esi Owusu (RDB) and Yao Dossou (Togo).',
      ),
    ).toEqual([
      ['Kodjo Adedze', null, 'Keizai'],
      ['Esi Owusu', null, 'RDB'],
      ['Yao Dossou', null, null],
    ]);
  });
});
