import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';
import { extractDraft } from './extractDraft.js';

describe('a place of two words from the gazetteers is never a person', () => {
  const opening =
    "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Moğolistan'da temaslarda bulundu. ";

  it('does not take a city of two words in the locative that opens a meeting sentence (Turkish)', () => {
    expect(
      met(
        `${opening}Ulan Batur'da temaslarına başlayan Prof. Dr. Kaya, Moğolistan Eğitim Bakanı Batbold Ganbaatar ile görüştü.`,
      ),
    ).toEqual(['Batbold Ganbaatar']);
  });

  it('does not take a city of two words in the dative that opens a meeting sentence (Turkish)', () => {
    expect(
      met(
        "Bakan Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Körfez ülkelerini ziyaret etti. Ziyaretin ikinci ayağında Abu Dabi'ye geçen Bakan Kaya, 4 Mayıs'ta Birleşik Arap Emirlikleri Ekonomi Bakanı Rashid bin Saeed el-Marri ile görüştü.",
      ),
    ).toEqual(['Rashid bin Saeed el-Marri']);
  });
});

describe('a body’s head words never end a person', () => {
  it('does not take the last words of a ministry’s name for a person in a list of titles', () => {
    expect(
      met(
        'The Secretary-General of the Union, Pavel Norden, visited Ghana from 3 to 5 May 2026. He held meetings with the Minister of Finance, Ebo Twumasi, and the Minister of Regional Development Planning and Head of the Planning Office, Esi Nyarko.',
      ),
    ).toEqual(['Ebo Twumasi', 'Esi Nyarko']);
  });
});

describe('a name given in the sentence after a title that ends with a full stop', () => {
  it('names the Chairman when the next sentence opens with a rank and the name', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Chad from 3 to 5 May 2026. In N’Djamena on 3 May, Mr. Norden was received by the President of the Transitional Council. General Idriss Mahamat Oumar told him that the borders would stay open for aid.',
      ),
    ).toEqual(['Idriss Mahamat Oumar']);
  });

  it('names the Turkish governor named in the next sentence before a comma', () => {
    expect(
      met(
        "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Gana'da temaslarda bulundu. 4 Mayıs'ta Kaya, Gana Merkez Bankası Başkanı ile görüştü. Kwesi Ampofo, görüşmede iki banka arasındaki iş birliğinin sürdüğünü ifade etti.",
      ),
    ).toEqual(['Kwesi Ampofo']);
  });
});

describe('Arabic names with a particle in small letters, in lists', () => {
  it('keeps "al-" and the words after it in a name set off by commas in a list', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Sudan from 3 to 5 May 2026. He also met the Minister of Health, Yasir Hamid, and the Minister of Water, Omar Salih Idris al-Tayyib, with whom he discussed wells.',
      ),
    ).toEqual(['Yasir Hamid', 'Omar Salih Idris al-Tayyib']);
  });

  it('names a governor who accompanies the visitor, set off by commas', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Sudan from 3 to 5 May 2026. On 4 May he travelled to Atbara, where the Governor of River Nile State, Al-Tayeb Hassan Al-Mahdi, accompanied him to a clinic.',
      ),
    ).toEqual(['Al-Tayeb Hassan Al-Mahdi']);
  });
});

describe('the host who invited the visitor', () => {
  it('names the minister at whose invitation the visit was made', () => {
    expect(
      met(
        'Dr. Pavel Norden, Minister of Trade of the Union, concluded yesterday an official visit to Ghana, which he began on 3 May in Accra, at the invitation of the Minister of Trade and Industry of the Republic of Ghana, Kofi Mensah.',
      ),
    ).toEqual(['Kofi Mensah']);
  });

  it('names the counterpart after "his counterpart," with the title after the name', () => {
    expect(
      met(
        'The Minister of Trade of the Union, Pavel Norden, will visit Viet Nam from 14 to 16 July 2026, at the invitation of his counterpart, H.E. Pham Van Long, Minister of Industry and Trade of Viet Nam.',
      ),
    ).toEqual(['Pham Van Long']);
  });

  it('does not take the visitor named after an invitation that opens the sentence', () => {
    expect(
      met(
        'At the invitation of the Government of Ghana, the Secretary-General of the Union, Pavel Norden, will pay an official visit to Accra on 3–4 May 2026. He will meet the President of Ghana, Kofi Mensah.',
      ),
    ).toEqual(['Kofi Mensah']);
  });

  it('does not take the host named by an invitation before the visit for someone met', () => {
    expect(
      met(
        'On 3 May 2026, at the invitation of Mayor of Kumasi Kofi Mensah, the Secretary-General of the Union Pavel Norden paid a working visit to Kumasi. He met the Director of the Ghana Institute of Trade, Ama Owusu.',
      ),
    ).toEqual(['Ama Owusu']);
  });
});

describe('a foreign woman’s name that does not decline, in Russian', () => {
  it('gives the given name in the nominative when the surname keeps its form', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Индии. 5 мая он встретился с Министром финансов и по делам корпораций Индии Сунитой Раманатхан и Министром торговли Индии Раджешем Кумаром.',
      ),
    ).toEqual(['Сунита Раманатхан', 'Раджеш Кумар']);
  });
});

describe('a title of a ruler with a place in Russian', () => {
  it('does not take «Правителем Шарджи» for a person', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в ОАЭ. 5 мая в Шардже он был принят Членом Высшего совета, Правителем Шарджи шейхом Султаном бин Мухаммедом Аль Касими.',
      ),
    ).toEqual(['Султан бин Мухаммед Аль Касими']);
  });
});

describe('the dates of a visit', () => {
  it('dates a planned visit by its future dates, not by the release’s own date at the end', () => {
    const draft = extractDraft(
      'PRESS RELEASE\n\nOFFICIAL VISIT OF THE MINISTER OF TRADE TO GHANA\n\nThe Minister of Trade of the Union, Pavel Norden, will undertake an official visit to Ghana from 20 to 22 September 2026, at the invitation of his counterpart.\n\n2. During the visit, the Minister will call on the President of Ghana.\n\nMINISTRY OF TRADE\nUNION CITY\n15 September 2026\n',
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2026-09-20', '2026-09-22']);
  });

  it('takes the range the dateline’s first sentence gives, not a later day, after a visit', () => {
    const draft = extractDraft(
      'ACCRA, Ghana (May 12, 2026) — The President of the Fund, Pavel Norden, has concluded his first visit to Ghana, which took place from May 4 to 7, 2026.\n\nOn May 5, Mr. Norden met the President of Ghana, Kofi Mensah.\n\nOn May 6, he travelled to Kumasi.',
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2026-05-04', '2026-05-07']);
  });
});

describe('the counterpart’s title as written', () => {
  it('keeps the country a title names in its long form, not a title cut after "of the Republic"', () => {
    const draft = extractDraft(
      'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 3 May he was received by the President of the Republic of Ghana, Kofi Mensah, and met the Vice President of the Federal Republic of Nigeria, Ada Okafor.',
    );
    expect(draft.meetings.flatMap((m) => m.participants.map((p) => [p.name, p.title]))).toEqual([
      ['Kofi Mensah', 'President of the Republic of Ghana'],
      ['Ada Okafor', 'Vice President of the Federal Republic of Nigeria'],
    ]);
  });

  it('still reads the country of the title into its own field', () => {
    const draft = extractDraft(
      'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 3 May he was received by the President of the Republic of Ghana, Kofi Mensah.',
    );
    expect(draft.meetings[0]?.participants[0]?.country).toBe('GH');
  });
});

describe('a numbered paragraph of text and a title after the name', () => {
  const release = (paragraph: string) =>
    `The Minister of Trade of the Union, Pavel Norden, will visit Ghana from 3 to 5 May 2026.\n\n${paragraph}`;
  const titles = (text: string) =>
    extractDraft(text).meetings.flatMap((m) => m.participants.map((p) => [p.name, p.title]));

  it('reads a numbered paragraph sentence by sentence, so no title runs across a full stop', () => {
    expect(
      titles(
        release(
          '2. The Minister will call on the President of Ghana. He will also call on H.E. Kofi Mensah, Vice-President of Ghana, to discuss trade.',
        ),
      ),
    ).toEqual([['Kofi Mensah', 'Vice-President of Ghana']]);
  });

  it('takes the title written after the name when only a verb stands before it', () => {
    expect(
      titles(
        release(
          'During the visit, the Minister is scheduled to call on H.E. Kofi Mensah, Vice-President, and to meet H.E. Ama Owusu, Minister of Fisheries and Aquaculture, to discuss fish exports.',
        ),
      ),
    ).toEqual([
      ['Kofi Mensah', 'Vice-President'],
      ['Ama Owusu', 'Minister of Fisheries and Aquaculture'],
    ]);
  });
});
