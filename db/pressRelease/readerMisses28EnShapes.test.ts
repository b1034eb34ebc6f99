import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

const MET = 'In Lusaka she met the Minister of Mines of Zambia, Chanda Mwale Banda.';

describe('days written as ordinal numbers in English', () => {
  it('reads "from 1st to 3rd December 2026" after a dateline with an ordinal day', () => {
    expect(
      visitOf(
        `Lusaka, Zambia, 5th December 2026: The Director of the Southern Fund, Dr. Rudo Moyo, has concluded a visit to the Republic of Zambia, which took place from 1st to 3rd December 2026. ${MET}`,
      ),
    ).toEqual({ country: 'ZM', start: '2026-12-01', end: '2026-12-03' });
  });

  it('reads "2nd–4th November" and "November 2nd to 4th"', () => {
    expect(
      visitOf(
        `Geneva, 6 November 2026 – The Director of the Southern Fund, Dr. Rudo Moyo, visited Zambia on 2nd–4th November 2026. ${MET}`,
      ),
    ).toEqual({ country: 'ZM', start: '2026-11-02', end: '2026-11-04' });
    expect(
      visitOf(
        `Geneva, 6 November 2026 – The Director of the Southern Fund, Dr. Rudo Moyo, visited Zambia from November 2nd to 4th, 2026. ${MET}`,
      ),
    ).toEqual({ country: 'ZM', start: '2026-11-02', end: '2026-11-04' });
  });

  it('reads "on the 21st and 22nd of October" and "on the 9th of October"', () => {
    expect(
      visitOf(
        `Geneva, 24 October 2026 – The Director of the Southern Fund, Dr. Rudo Moyo, visited Zambia on the 21st and 22nd of October 2026. ${MET}`,
      ),
    ).toEqual({ country: 'ZM', start: '2026-10-21', end: '2026-10-22' });
    expect(
      visitOf(
        `Geneva, 12 October 2026 – The Director of the Southern Fund, Dr. Rudo Moyo, visited Zambia on the 9th of October. ${MET}`,
      ),
    ).toEqual({ country: 'ZM', start: '2026-10-09', end: '2026-10-09' });
  });

  it('reads "from 30th September to 2nd October" across two months', () => {
    expect(
      visitOf(
        `Geneva, 5 October 2026 – The Director of the Southern Fund, Dr. Rudo Moyo, visited Zambia from 30th September to 2nd October 2026. ${MET}`,
      ),
    ).toEqual({ country: 'ZM', start: '2026-09-30', end: '2026-10-02' });
  });
});

describe('a publication stamp on the line after the release number', () => {
  it('does not read "Press Release No. 14/2026 / Issued on 30 November 2026" as a day of the visit', () => {
    expect(
      visitOf(
        'ZAMBEZI RIVER COMMISSION\nHarare, Zimbabwe\n\nPress Release No. 14/2026\nIssued on 30 November 2026\n\nCommission Director visits Zambia\n\nThe Director of the Zambezi River Commission, Mr. Tendai Chuma, visited the Republic of Zambia from 20 to 24 November 2026. In Lusaka he met the Minister of Energy of Zambia, Chanda Mwale Banda.',
      ),
    ).toEqual({ country: 'ZM', start: '2026-11-20', end: '2026-11-24' });
  });

  it('nor "Release No: 7 / Posted: 2 December 2026" nor "No. 31 / Published on 2 December 2026"', () => {
    for (const stamp of [
      'Release No: 7\nPosted: 2 December 2026',
      'No. 31\nPublished on 2 December 2026',
    ])
      expect(
        visitOf(
          `ZAMBEZI RIVER COMMISSION\n\n${stamp}\n\nCommission Director visits Zambia\n\nThe Director of the Zambezi River Commission, Mr. Tendai Chuma, visited the Republic of Zambia from 20 to 24 November 2026. In Lusaka he met the Minister of Energy of Zambia, Chanda Mwale Banda.`,
        ),
      ).toEqual({ country: 'ZM', start: '2026-11-20', end: '2026-11-24' });
  });
});

const VISIT = 'The Director of the Fund, Pavel Norden, visited Oman on 3 May 2026.';

describe('a title whose field is joined by "and", before the name', () => {
  it('keeps "Minister of Energy and Minerals of X" whole after "received by"', () => {
    expect(
      roles(
        `${VISIT} In Muscat he will be received on Monday by the Minister of Energy and Minerals of the Sultanate of Oman, H.E. Eng. Salim Nasser Al Aufi, to discuss gas.`,
      ),
    ).toEqual([
      [
        'Salim Nasser Al Aufi',
        'Minister of Energy and Minerals',
        'Ministry of Energy and Minerals of Oman',
      ],
    ]);
  });

  it('keeps a field of commas and "and" whose last part is two words ("for Water, Land and Rural Livelihoods of the Republic of X")', () => {
    expect(
      roles(
        `${VISIT} In Dhaka he was received by the Minister for Water, Land and Rural Livelihoods of the People's Republic of Bangladesh, Rokeya Sultana.`,
      ),
    ).toEqual([
      [
        'Rokeya Sultana',
        "Minister for Water, Land and Rural Livelihoods of the People's Republic of Bangladesh",
        null,
      ],
    ]);
  });

  it('still parts two people joined by "and", each with a title before the name', () => {
    expect(
      roles(
        `${VISIT} He was received by the Minister of Health, Dr. Ahmed Said Al Busaidi, and by the Chairman of the Oman Chamber of Commerce and Industry, Faisal Abdullah Al Rawas.`,
      ),
    ).toEqual([
      ['Ahmed Said Al Busaidi', 'Minister of Health', 'Ministry of Health'],
      ['Faisal Abdullah Al Rawas', 'Chairman', 'Oman Chamber of Commerce and Industry'],
    ]);
  });
  it('keeps "of Commerce and Investment Promotion" whole before the name', () => {
    expect(
      roles(
        `${VISIT} He will be received on Tuesday by the Minister of Commerce and Investment Promotion of the Sultanate of Oman, Qais Mohammed Al Yousef, to discuss ports.`,
      ),
    ).toEqual([
      [
        'Qais Mohammed Al Yousef',
        'Minister of Commerce and Investment Promotion',
        'Ministry of Commerce and Investment Promotion of Oman',
      ],
    ]);
  });
});

describe('names in a list, then the one body they all belong to', () => {
  it('reads "A, B and C of the X Group for Relations with the Countries of Y" as three of that body', () => {
    expect(
      roles(
        `${VISIT} On Tuesday he met with Ingrīda Bērziņa-Kalniņa, Jānis Ozoliņš and Dace Liepiņa of the Saeima Group for Inter-Parliamentary Relations with the States of the Gulf.`,
      ),
    ).toEqual([
      [
        'Ingrīda Bērziņa-Kalniņa',
        null,
        'Saeima Group for Inter-Parliamentary Relations with the States of the Gulf',
      ],
      [
        'Jānis Ozoliņš',
        null,
        'Saeima Group for Inter-Parliamentary Relations with the States of the Gulf',
      ],
      [
        'Dace Liepiņa',
        null,
        'Saeima Group for Inter-Parliamentary Relations with the States of the Gulf',
      ],
    ]);
  });

  it('reads a body whose name joins its words with "to" or "at"', () => {
    expect(
      roles(
        `${VISIT} He also met Tomas Berg and Lena Holm of the Delegation to the Assembly at the Council of Europe.`,
      ),
    ).toEqual([
      ['Tomas Berg', null, 'Delegation to the Assembly at the Council of Europe'],
      ['Lena Holm', null, 'Delegation to the Assembly at the Council of Europe'],
    ]);
  });

  it("never takes the next names of a list as the first one's title", () => {
    expect(
      roles(
        `${VISIT} He met with Marek Nowak, Piotr Zielinski and Anna Wojcik of the Polish group, who spoke of trade.`,
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Marek Nowak', null],
      ['Piotr Zielinski', null],
      ['Anna Wojcik', null],
    ]);
  });
});

describe('an office held "at" a body', () => {
  it('parts "State Secretary at the Ministry of X" and "Senior Adviser at the Y Bank"', () => {
    expect(
      roles(
        `${VISIT} He held talks with the State Secretary at the Ministry of Trade and Regional Affairs, Mr Karel NOVAK, and met Jana Horvat, Senior Adviser at the National Bank of Slovakia.`,
      ),
    ).toEqual([
      ['Karel NOVAK', 'State Secretary', 'Ministry of Trade and Regional Affairs'],
      ['Jana Horvat', 'Senior Adviser', 'National Bank of Slovakia'],
    ]);
  });

  it('keeps "Minister at the Office of the President" and "Ambassador at Large" whole', () => {
    expect(
      roles(
        `${VISIT} He met the Minister at the Presidency Office, Ivo Kralj, and the Ambassador at Large, Petra Novak.`,
      ),
    ).toEqual([
      ['Ivo Kralj', 'Minister at the Presidency Office', null],
      ['Petra Novak', 'Ambassador at Large', null],
    ]);
  });
});
