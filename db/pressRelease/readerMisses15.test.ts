import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a name of four words, family name first, set off by parentheses', () => {
  it('keeps all four words of a name alone in parentheses after its title', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, will visit Viet Nam from 3 to 5 May 2026. In Hue, he is scheduled to meet the Vice Chairwoman of the Central Coast Water Council (Pham Thi Lan Anh) on coastal erosion.',
      ),
    ).toEqual([['Pham Thi Lan Anh', 'Vice Chairwoman', 'Central Coast Water Council']]);
  });

  it('keeps all four words of a name with its body in parentheses after it', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, will visit Viet Nam from 3 to 5 May 2026. On 4 May, the Director will chair a round table on rice exports in Hue, attended by Vo Minh Quang (Hue University), Dang Thi Bich Ngoc (Institute of Coastal Studies) and Ho Van Long (Bank of Hue).',
      ),
    ).toEqual(['Vo Minh Quang', 'Dang Thi Bich Ngoc', 'Ho Van Long']);
  });
});

describe('a name of three words after ", and", with its title after it', () => {
  it('keeps the given name of "…, and A B C, Director General of …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. He also met with Ama Serwaa Boateng, Secretary for Water, and Kojo Nana Darko, Director General of the Ghana Meteorological Agency.',
      ),
    ).toEqual([
      ['Ama Serwaa Boateng', 'Secretary for Water', null],
      ['Kojo Nana Darko', 'Director General', 'Ghana Meteorological Agency'],
    ]);
  });
});

describe('an apostrophe inside a name before a capital', () => {
  it('reads "Sid\'Ahmed" and "D\'Souza" as words of a name', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Mauritania from 3 to 5 May 2026. In Nouakchott, he met the Minister of Fisheries, Moulay'Ahmed Ould Cheikh, and the Governor of the Central Bank, Maria D'Souza.",
      ),
    ).toEqual(["Moulay'Ahmed Ould Cheikh", "Maria D'Souza"]);
  });
});

describe('a host who briefs the visiting minister, named after the title', () => {
  it('reads "The Director-General of X, Mr. A B, briefed the visiting Minister on …"', () => {
    expect(
      met(
        'The Foreign Minister of Ruritania, Pavel Norden, visited Ghana on 4 May 2026. He was received by the President of Ghana, Kofi Asante. The Director-General of GEPA, Mr. Yaw Darko, briefed the visiting Minister on export credit.',
      ),
    ).toEqual(['Kofi Asante', 'Yaw Darko']);
  });
});

describe('a name before its title, opening a sentence of what the host said or did', () => {
  it('reads "A B C, Minister of …, said that …"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. In Accra, he held talks at the Ministry of Finance. Kwame Owusu Mensah, Minister of Finance, said that Ghana counted on the Fund to widen rural credit.',
      ),
    ).toEqual([['Kwame Owusu Mensah', 'Minister of Finance', 'Ministry of Finance']]);
  });

  it('reads "Later, Mr. A B, Minister of …, held talks with his counterpart"', () => {
    expect(
      met(
        'The Foreign Minister of Ruritania, Pavel Norden, visited Ghana on 4 May 2026. He was received by the President of Ghana, Kofi Asante. Later, Mr. Yaw Boakye, Minister of Foreign Affairs, held bilateral talks with his counterpart at the Ministry.',
      ),
    ).toEqual(['Kofi Asante', 'Yaw Boakye']);
  });
});

describe('a planned visit with no year, whose release closes with an "Issued on" stamp', () => {
  it('takes the year from "Issued on 2 December 2026 by …" at the end', () => {
    expect(
      visitOf(
        'Fund Director to visit Ghana\n\nAccra – The Director of the Fund, Pavel Norden, will visit Ghana from 14 to 18 December.\n\nHe will meet the Minister of Finance, Kofi Mensah.\n\nIssued on 2 December 2026 by the Fund Secretariat, Geneva',
      ),
    ).toMatchObject({ start: '2026-12-14', end: '2026-12-18' });
  });
});

describe('a weekday alone, whose release closes with its office and a date', () => {
  it('reads "On Monday" from the date under the issuing office at the end', () => {
    expect(
      visitOf(
        'Press Release\n\nOn Monday, the Minister of Trade of Ruritania, Pavel Norden, paid an official visit to Ghana at the invitation of the Minister of Trade of Ghana.\n\nHe was received by the President of Ghana, Kofi Asante.\n\nCommunications Unit\nOffice of the Minister of Trade\n14 October 2026',
      ),
    ).toMatchObject({ start: '2026-10-12', end: '2026-10-12' });
  });
});

describe('a dateline of a town, its country and a date with no comma between', () => {
  it('reads "Geneva, Switzerland / 14 October 2026" on its own lines as the day of issue', () => {
    expect(
      visitOf(
        'Fund Director visits Togo\n\nGeneva, Switzerland\n14 October 2026\n\nThe Director of the Fund, Pavel Norden, was in Togo on Monday and Tuesday for talks on rural credit.\n\nIn Lomé, he met the Minister of Finance, Kodjo Adedze.',
      ),
    ).toEqual({ country: 'TG', start: '2026-10-12', end: '2026-10-13' });
  });
});
