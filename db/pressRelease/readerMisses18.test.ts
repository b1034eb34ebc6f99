import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('an Uzbek patronymic word in Latin letters after the name', () => {
  it('reads "the Deputy Minister of Energy, A B ugli, as well as …" whole', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Uzbekistan from 3 to 5 May 2026. In Tashkent, he met the Deputy Minister of Energy, Sardor Rustam ugli, as well as the Director of the Water Agency, Malika Yusupova.',
      ),
    ).toEqual(['Sardor Rustam ugli', 'Malika Yusupova']);
  });

  it('reads the apostrophe spelling: "A B o\'g\'li", "C D qizi"', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Uzbekistan from 3 to 5 May 2026. In Tashkent, he met the Deputy Minister of Energy, Sardor Rustam o'g'li, and the Director of the Water Agency, Malika Tohir qizi.",
      ),
    ).toEqual(["Sardor Rustam o'g'li", 'Malika Tohir qizi']);
  });
});

describe('a Vietnamese name of four words, the family name first and a middle name after it', () => {
  it('reads "he met A Thi B C, Chairwoman of X" whole', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Viet Nam from 3 to 5 May 2026. On Thursday he met Pham Thi Lan Anh, Chairwoman of the Viet Nam Women's Union, and toured the port.",
      ),
    ).toEqual(['Pham Thi Lan Anh']);
  });

  it('reads "talks with A Van B C" after a meeting word whole', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Viet Nam from 3 to 5 May 2026. In Hanoi, he held talks with Tran Van Minh Khoa on the new port.',
      ),
    ).toEqual(['Tran Van Minh Khoa']);
  });

  it('still cuts a body before a name of two words: "… of Hai Duong Province Le Minh"', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Viet Nam from 3 to 5 May 2026. In Hanoi, he met the Chairman of the People's Committee of Hai Duong Province Le Minh.",
      ),
    ).toEqual(['Le Minh']);
  });
});

describe('co-chairing with the host, who may bear one name alone', () => {
  it('reads "will co-chair the commission with the Minister of X of the Republic of Y, A."', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Indonesia from 3 to 5 May 2026. In Jakarta, he will co-chair the Joint Commission with the Minister of Finance of the Republic of Indonesia, Haryanto. Discussions will cover trade.',
      ),
    ).toEqual([['Haryanto', 'Minister of Finance', 'Ministry of Finance of Indonesia']]);
  });

  it('reads "co-chaired the Nth Meeting of X with H.E. A B, Minister of Y" with the title after', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Peru from 3 to 5 May 2026. He then co-chaired the 4th Meeting of the Joint Board with H.E. Luis Paredes, Minister of Finance of Peru.',
      ),
    ).toEqual([['Luis Paredes', 'Minister of Finance', 'Ministry of Finance of Peru']]);
  });
});

describe('a bare title met, named by four words that open the next sentence', () => {
  it('reads "paid a courtesy call on the Prime Minister. A B C D thanked …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Samoa from 3 to 5 May 2026. He later paid a courtesy call on the Prime Minister. Tavita Lemalu Tuilagi Vaega thanked the Fund for its support to the police.',
      ),
    ).toEqual([['Tavita Lemalu Tuilagi Vaega', 'Prime Minister', null]]);
  });

  it('still takes no body opening the next sentence: "The Pacific Ocean Council thanked …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Samoa from 3 to 5 May 2026. He later paid a courtesy call on the Prime Minister. Pacific Ocean Council members thanked the Fund for its support.',
      ),
    ).toEqual([]);
  });
});

describe('a Dutch name with the particle "\'t"', () => {
  it('reads "received by the Mayor of X, A \'t B, who briefed him …"', () => {
    expect(
      roles(
        "The Director of the Fund, Pavel Norden, visited the Netherlands from 3 to 5 May 2026. He was received by the Mayor of Utrecht, Pieter 't Hooft, who briefed him on the canals.",
      ),
    ).toEqual([["Pieter 't Hooft", 'Mayor of Utrecht', null]]);
  });

  it('reads the typographic apostrophe: "met Anneke ’t Zandt"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited the Netherlands from 3 to 5 May 2026. In Utrecht, he met the Alderman for Housing, Anneke ’t Zandt.',
      ),
    ).toEqual(['Anneke ’t Zandt']);
  });
});

describe('a company named in the title after a name, with the people met before it in the sentence', () => {
  it('reads "…, at a dinner with Dutch dredging firms, A de B, Managing Director of C D E." as one person, with the title after the name', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited the Netherlands from 3 to 5 May 2026. He also met the Director-General for Water of the Ministry of Housing (Ms. Femke Jansen) and, at a dinner with Dutch dredging firms, Pieter de Boer, Managing Director of Boskalis Ocean Dredging.',
      ),
    ).toEqual([
      ['Femke Jansen', 'Director-General for Water', 'Ministry of Housing'],
      ['Pieter de Boer', 'Managing Director', 'Boskalis Ocean Dredging'],
    ]);
  });

  it('takes no person from a body whose words hold a given name: "…, Director of Van Hoorn Marine Logistics."', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited the Netherlands from 3 to 5 May 2026. At a lunch with Dutch shipping firms, he met Pieter de Boer, Director of Van Hoorn Marine Logistics.',
      ),
    ).toEqual(['Pieter de Boer']);
  });
});

describe('a host named first, with the title after the name, who then presents something to the visitor', () => {
  it('reads "A B, Chief Executive Officer of X, then presented the platform …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited the Netherlands from 3 to 5 May 2026. He was received by the Mayor of Utrecht, Pieter de Boer. Willem Claessens, Chief Executive Officer of the Utrecht Water Authority, then presented the new flood warning platform.',
      ),
    ).toEqual([
      ['Pieter de Boer', 'Mayor of Utrecht', null],
      ['Willem Claessens', 'Chief Executive Officer', 'Utrecht Water Authority'],
    ]);
  });

  it('takes no one who presented something with no title after the name', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited the Netherlands from 3 to 5 May 2026. He was received by the Mayor of Utrecht, Pieter de Boer. Willem Claessens, a student, then presented a poem.',
      ),
    ).toEqual(['Pieter de Boer']);
  });
});

describe("the visit's country from a dateline that names a main city, not a capital", () => {
  it('reads "GOTHENBURG, 15 October 2026 – … today held meetings in Gothenburg" as Sweden', () => {
    expect(
      visitOf(
        "Minister meets port leaders\n\nGOTHENBURG, 15 October 2026 – Ruritania's Minister of Ports, Pavel Norden, today held meetings in Gothenburg on the future of the ports of Lakeside and Eastport.\n\nHe was received by the Mayor of the city, Karin Lindberg.",
      ),
    ).toEqual({ country: 'SE', start: '2026-10-15', end: '2026-10-15' });
  });
});

describe('an envoy "Extraordinary and Plenipotentiary" of one country to another', () => {
  it('reads "the Ambassador Extraordinary and Plenipotentiary of X to the Kingdom of Y, A B" whole', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Jordan from 3 to 5 May 2026. Norden also met with the Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Hashemite Kingdom of Jordan, Lee Jin-ho, who joined the talks on minerals.',
      ),
    ).toEqual([
      [
        'Lee Jin-ho',
        'Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Hashemite Kingdom of Jordan',
        null,
      ],
    ]);
  });
});

describe('a company\'s executive, the company after the title\'s "of"', () => {
  it('reads "the Chairman of the Management Board of NordGas, A B" as title and body', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Norway from 3 to 5 May 2026. In Oslo, he met the Chairman of the Management Board of NordGas, Erik Halvorsen.',
      ),
    ).toEqual([['Erik Halvorsen', 'Chairman of the Management Board', 'NordGas']]);
  });

  it('still reads a mayor of a city as one title: "the Mayor of Bergen, A B"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Norway from 3 to 5 May 2026. In Bergen, he met the Mayor of Bergen, Erik Halvorsen.',
      ),
    ).toEqual([['Erik Halvorsen', 'Mayor of Bergen', null]]);
  });
});

describe('a political party as the body of a title', () => {
  it('reads "received by General Secretary of the Socialist Party of X A B" as title and party', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Togo from 3 to 5 May 2026. In Lomé, he was received by General Secretary of the Socialist Party of Togo Kodjo Adedze.',
      ),
    ).toEqual([['Kodjo Adedze', 'General Secretary', 'Socialist Party of Togo']]);
  });
});
