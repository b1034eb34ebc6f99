import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('an honorific between a title and the name after it', () => {
  it('leaves "Dr" with no full stop out of the title "Minister for Finance Dr A B"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Ghana on Tuesday and Wednesday at the invitation of Minister for Finance Dr Kwesi Amponsah. He also called on President Efua Mensah.\n\nFund Secretariat\nGeneva\n16 October 2026',
      ),
    ).toEqual([
      ['Kwesi Amponsah', 'Minister for Finance', null],
      ['Efua Mensah', 'President', null],
    ]);
  });

  it('leaves "Eng." after ", and" out of the title, which follows the name', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. He met with Dr. Ama Boateng, Minister of Health, and Eng. Kojo Asare, Minister of Roads and Highways.',
      ),
    ).toEqual([
      ['Ama Boateng', 'Minister of Health', 'Ministry of Health'],
      ['Kojo Asare', 'Minister of Roads and Highways', 'Ministry of Roads and Highways'],
    ]);
  });
});

describe('a host named first, with the title after the name, who briefs the visitor or joins or signs', () => {
  it('reads "A B-C, Chief Executive Officer of X, briefed him on …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. He held talks with the Minister of Finance, Mr. Kofi Mensah. Yaw Boakye-Addo, Chief Executive Officer of the Ghana Fisheries Authority, briefed him on fishing licences.',
      ),
    ).toEqual([
      ['Kofi Mensah', 'Minister of Finance', 'Ministry of Finance'],
      ['Yaw Boakye-Addo', 'Chief Executive Officer', 'Ghana Fisheries Authority'],
    ]);
  });

  it('reads "A B de la C D, Undersecretary of …, joined the talks"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Ecuador from 3 to 5 May 2026. In Quito, he was received by the Minister of Finance, Luis Alberto Paredes. Ana Lucía de la Torre Ibáñez, Undersecretary of Trade, joined the talks and presented the plans for banana exports.',
      ),
    ).toEqual(['Luis Alberto Paredes', 'Ana Lucía de la Torre Ibáñez']);
  });

  it('reads "A B uulu, Chairman of the Board of X, signed with the visitor …"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Kazakhstan on 4 May 2026. In Astana, he held talks with the Minister of Finance, Aidar Nurlanov. Yerlan Serik uly, Chairman of the Board of the Astana Water Company, signed with the Director a loan agreement for new pipes.',
      ),
    ).toEqual(['Aidar Nurlanov', 'Yerlan Serik uly']);
  });
});

describe('another meeting word after a topic, past ", and to …"', () => {
  it('reads "to hold talks with the Minister, A B, on …, and to call on Prime Minister C D"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, will visit Ghana from 3 to 5 May 2026. In Accra, the Director is scheduled to hold talks with the Minister of Finance, Kofi Mensah, on rural credit, and to call on Prime Minister Park Ji-hoon.',
      ),
    ).toEqual([
      ['Kofi Mensah', 'Minister of Finance', 'Ministry of Finance'],
      ['Park Ji-hoon', 'Prime Minister', null],
    ]);
  });

  it('reads "met the Minister, A B, on …, and will also meet the Governor, C D"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, is visiting Ghana from 3 to 5 May 2026. In Accra, he met the Minister of Finance, Kofi Mensah, on rural credit, and will also meet the Governor of the Bank of Ghana, Esi Owusu.',
      ),
    ).toEqual(['Kofi Mensah', 'Esi Owusu']);
  });
});

describe('weekdays alone, whose release closes with its office, town and date in capitals', () => {
  it('reads "on Tuesday and Wednesday" from "MINISTRY OF FINANCE / ACCRA / 16 OCTOBER 2026"', () => {
    expect(
      visitOf(
        'Official Visit by Minister for Finance of Ruritania Pavel Norden\n\nMinister for Finance of Ruritania Pavel Norden made an official visit to Ghana on Tuesday and Wednesday at the invitation of Minister for Finance Dr Kwesi Amponsah.\n\nMinister Norden was received by President Efua Mensah on Tuesday.\n\nMINISTRY OF FINANCE\nACCRA\n16 OCTOBER 2026',
      ),
    ).toEqual({ country: 'GH', start: '2026-10-13', end: '2026-10-14' });
  });
});

describe('a dateline of a town the gazetteer does not know, a date and a dash', () => {
  it('reads "on Monday and Tuesday and … on Wednesday" from "Lakeside, 20 March 2026 –"', () => {
    expect(
      visitOf(
        'Fund Director visits Togo and Benin\n\nLakeside, 20 March 2026 – The Director of the Fund, Pavel Norden, was in Togo on Monday and Tuesday and in the Republic of Benin on Wednesday, his first visits there since the Council met in Accra.\n\nIn Lomé, he met the Minister of Finance, Kodjo Adedze.',
      ),
    ).toEqual({ country: 'TG', start: '2026-03-16', end: '2026-03-18' });
  });

  it('still reads no dateline from "The Director, 20 March 2026 –"', () => {
    expect(
      visitOf(
        'Fund Director visits Togo\n\nThe Director, 20 March 2026 – Pavel Norden was in Togo on Monday.\n\nIn Lomé, he met the Minister of Finance, Kodjo Adedze.',
      ).start,
    ).not.toBe('2026-03-16');
  });
});

describe('a name opened by an apostrophe, as the glottal stop opens Polynesian names', () => {
  it('reads "Hon. Dr. \'Ofa Tupou Vea" and "\'Ilaisa Fifita"', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Tonga from 3 to 5 May 2026. In Nuku'alofa, he held talks with the Minister of Finance of the Kingdom of Tonga, Hon. Dr. 'Ofa Tupou Vea, on climate finance. He also met with 'Ilaisa Fifita, Governor of the Reserve Bank.",
      ),
    ).toEqual(["'Ofa Tupou Vea", "'Ilaisa Fifita"]);
  });

  it('still takes no name from words between single quotes', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Tonga from 3 to 5 May 2026. He met with the Minister of Finance, Sione Vea, on the 'Blue Pacific' strategy.",
      ),
    ).toEqual(['Sione Vea']);
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Tonga from 3 to 5 May 2026. He met with the Minister of Finance, Sione Vea, and with 'Sina Mahina,' a youth choir.",
      ),
    ).toEqual(['Sione Vea']);
  });
});

describe('a noble named by one name after "Lord"', () => {
  it('reads "the Lord Speaker of the Assembly, Lord A, …" as A, the Lord Speaker', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Tonga from 3 to 5 May 2026. He also met the Lord Speaker of the National Assembly, Lord Vaipulu, toured the harbour and went aboard a ferry.',
      ),
    ).toEqual([['Vaipulu', 'Lord Speaker', 'National Assembly']]);
  });
});

describe('a name found by its words, with its title after it set off by a comma', () => {
  it('reads "… was signed with A B kyzy, Chair of the Management Board of X."', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Kazakhstan on 4 May 2026. In Astana, he held talks with the Minister of Finance, Aidar Nurlanov. A credit line for farmers was signed with Dana Serik kyzy, Chair of the Management Board of the Astana Farm Bank.',
      ),
    ).toEqual([
      ['Aidar Nurlanov', 'Minister of Finance', 'Ministry of Finance'],
      ['Dana Serik kyzy', 'Chair of the Management Board', 'Astana Farm Bank'],
    ]);
  });
});
