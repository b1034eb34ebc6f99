import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';
import { readDateline } from './dateline.js';
import { extractDraft } from './extractDraft.js';

describe('someone met by title first and named in the next sentence', () => {
  it('names the Prime Minister called on once the next sentence gives the name after the title', () => {
    expect(
      met(
        'The Minister of Trade of the Union, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 4 May the Minister paid a courtesy call on the Vice-President of Ghana. During the meeting, Vice-President Ebo Twumasi welcomed the plan for a joint trade office.',
      ),
    ).toEqual(['Ebo Twumasi']);
  });

  it('names the Governor who welcomed the visitor in a town, named in the next sentence', () => {
    expect(
      met(
        'The Administrator of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 5 May he was welcomed in Tamale by the Governor of the Northern Region, who presented a plan for irrigation. Governor Esi Nyarko asked the Fund to invest in wells.',
      ),
    ).toEqual(['Esi Nyarko']);
  });

  it('names the Turkish minister who received the visitor, named after the title in the next sentence', () => {
    expect(
      met(
        "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Gana'da temaslarda bulundu. Ziyaretin ilk gününde Akra'da Gana Sağlık Bakanlığını ziyaret eden Prof. Dr. Kaya'yı Bakan makamında kabul etti. Görüşmede Bakan Ebo Boateng, iki ülke arasında aşı üretimi alanında iş birliği önerdi.",
      ),
    ).toEqual(['Ebo Boateng']);
  });

  it('does not take the traveller named after his own title in the next sentence', () => {
    expect(
      met(
        'The Minister of Trade of the Union, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 4 May he called on the Minister of Finance of Ghana. Minister Pavel Norden then opened a trade fair.',
      ),
    ).toEqual([]);
  });
});

describe('someone whose first name begins like the surname of someone met before', () => {
  it('keeps a second person met whose given name shares its first letters with a surname found', () => {
    expect(
      met(
        "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Gana'da temaslarda bulundu. Kaya, aynı gün Gana Basın Sekreteri Amina Karimova'yla görüştü. Ziyaretin ikinci gününde Kaya, Gana Yatırım Merkezi Direktörü Karim Boateng ile iki kurum arasında iş birliğine ilişkin mutabakat zaptını imzaladı.",
      ),
    ).toEqual(['Amina Karimova', 'Karim Boateng']);
  });
});

describe('Turkish institutions and places of two capitalised words', () => {
  const opening =
    "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Gana'da temaslarda bulundu. ";

  it('reads a place in the locative with "-ki" as a place, never as someone met', () => {
    expect(
      met(
        `${opening}Kaya, Akra'da Gana Sağlık Bakanı Ebo Boateng ile görüştü. Kaya, Kwame Danso'daki görüşmesinin ardından bir kakao işleme tesisini de inceledi.`,
      ),
    ).toEqual(['Ebo Boateng']);
  });

  it('reads an agency, a science park and a union visited as bodies, not people', () => {
    expect(
      met(
        `${opening}4 Mayıs'ta heyet, Tema Batı'daki Esi Nyarko Bilim ve Teknoloji Parkı'nda bulunan Gana Uzay ve İnovasyon Ajansı yerleşkesini ziyaret etti. Kaya, program kapsamında Gana Ulusal Haber Ajansı'nı ve Gana Çiftçiler Birliği'ni de ziyaret etti.`,
      ),
    ).toEqual([]);
  });
});

describe('the traveller’s own side in a sentence of taking part', () => {
  it('never takes the own side listed after "с … стороны … участие" for people met (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Гане. 5 мая он провёл переговоры с Министром торговли Ганы Эбо Боатенгом. В переговорах с российской стороны приняли участие руководитель Росстандарта Пётр Лосев и Посол России в Гане Олег Грачёв.',
      ),
    ).toEqual(['Эбо Боатенг']);
  });

  it('keeps the host’s side named after the own side in the same sentence', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Гане. 5 мая он провёл переговоры с Министром торговли Ганы Эбо Боатенгом. Участие в переговорах с российской стороны принял заместитель министра Пётр Лосев, с ганской – заместитель министра Кофи Асанте.',
      ),
    ).toEqual(['Эбо Боатенг', 'Кофи Асанте']);
  });

  it('never takes the own side "from the X side … took part" for people met (English)', () => {
    expect(
      met(
        'The Minister of Industry of Kenya, Peter Otieno, visited Ghana on 5 and 6 May 2026. On 5 May he held talks with the Minister of Trade of Ghana, Ebo Twumasi. In the talks with the Ghanaian minister, from the Kenyan side, the Director of Standards Grace Wanjiru and Ambassador Daniel Kiprop took part.',
      ),
    ).toEqual(['Ebo Twumasi']);
  });
});

describe('a Turkish side, and "tarafından" meaning "by"', () => {
  it('keeps a king who received a visitor who had taken part in a lecture', () => {
    expect(
      met(
        "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Gana'da temaslarda bulundu. Mbabane'deki konferansa katılan Başkan Kaya, ardından Esvatini Kralı III. Mswati tarafından kabul edildi.",
      ),
    ).toEqual(['III. Mswati']);
  });

  it('never takes the own side "Türk tarafından … katıldı" for people met', () => {
    expect(
      met(
        "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Gana'da temaslarda bulundu. Kaya, Gana Ticaret Bakanı Ebo Boateng ile görüştü. Görüşmeye Türk tarafından Kurum Başkan Yardımcısı Ayşe Demir ve Akra Büyükelçisi Mehmet Yıldız katıldı.",
      ),
    ).toEqual(['Ebo Boateng']);
  });
});

describe('a dateline with its date in brackets, after the visit', () => {
  const release =
    'TAMALE, GHANA (9 May 2026) – The Administrator of the Fund, Pavel Norden, has completed a three-day visit to Ghana, from 5 to 7 May 2026, during which he discussed irrigation with the government. On 6 May he held talks with the Minister of Agriculture, Ebo Twumasi.';

  it('takes the visit’s dates from the sentence, not the day the release was issued', () => {
    const draft = extractDraft(release);
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2026-05-05', '2026-05-07']);
  });

  it('reads the town the gazetteer does not know with the country written after it', () => {
    expect(readDateline(release)).toMatchObject({ country: 'GH', date: '2026-05-09' });
  });
});

describe('the visit’s country is the one gone to, not the traveller’s own', () => {
  it('puts the country gone to first when a city of the traveller’s country is named earlier', () => {
    const draft = extractDraft(
      'The Minister of Foreign Affairs of Ghana, Ebo Twumasi, paid an official visit to Japan from 3 to 5 May 2026. On 4 May he held talks with the Minister for Foreign Affairs of Japan, Taro Kono, on the new terminal of the Accra airport, and later met members of the Ghanaian community in Osaka.',
    );
    expect(draft.visit.places[0]?.country).toBe('JP');
  });
});

describe('a Russian country name of two words in the case after "в"', () => {
  it('takes the country gone to from "в … Республике", not a country the meetings name', () => {
    const draft = extractDraft(
      '5–6 мая 2026 года Министр промышленности Российской Федерации Иван Смирнов находился с рабочим визитом в Доминиканской Республике. 5 мая состоялась встреча с Генеральным директором Агентства по инвестициям Панамы Хуаном Пересом, посвящённая логистике.',
    );
    expect(draft.visit.places[0]?.country).toBe('DO');
  });

  it('does not take the traveller’s own country named in the genitive for the one gone to', () => {
    const draft = extractDraft(
      '5–6 мая 2026 года Министр промышленности Российской Федерации Иван Смирнов провёл переговоры в Доминиканской Республике с Министром промышленности Хуаном Пересом.',
    );
    expect(draft.visit.places[0]?.country).toBe('DO');
  });
});

describe('Russian places before and inside a title', () => {
  it('reads the word after "города" as the city, not the first word of the name', () => {
    expect(
      met(
        '5–6 мая 2026 года Министр промышленности Российской Федерации Иван Смирнов находился с рабочим визитом во Вьетнаме. В программе визита – встреча с Председателем Народного комитета города Дананг Чан Ван Тханем.',
      ),
    ).toEqual(['Чан Ван Тхань']);
  });

  it('reads capitalised words in the prepositional after "на" as a place, not a person', () => {
    expect(
      met(
        '5–6 мая 2026 года Министр промышленности Российской Федерации Иван Смирнов находился с рабочим визитом в Гане. Он был принят Президентом Республики Гана Эбо Твумаси. В ходе беседы были рассмотрены положение на Западном Побережье и вопросы судоходства.',
      ),
    ).toEqual(['Эбо Твумаси']);
  });
});

describe('an Arabic article spelt as it sounds in Turkish', () => {
  it('keeps "en-", "et-" and "eş-" names whole', () => {
    expect(
      met(
        "Kurum Başkanı Prof. Dr. Selim Kaya, 3-5 Mayıs 2026 tarihlerinde Umman'da temaslarda bulundu. Kaya, Umman Sosyal Kalkınma Bakanı Leyla bint Ahmed en-Neceybi ve Umman Çalışma Bakanı Mahad bin Said et-Tamimi ile görüştü.",
      ),
    ).toEqual(['Leyla bint Ahmed en-Neceybi', 'Mahad bin Said et-Tamimi']);
  });
});

describe('Indonesian names: one word, or five, set off by commas after a title', () => {
  it('reads one word after a title and a comma, before "with whom", as the person met', () => {
    expect(
      met(
        'The Director General of the Office, Anna Berg, visited Indonesia from 3 to 5 May 2026. On 4 May she met the Minister of Trade, Budi Hartono, and the Director General of Customs, Sutardjo, with whom she reviewed the new customs code.',
      ),
    ).toEqual(['Budi Hartono', 'Sutardjo']);
  });

  it('keeps all five words of a name set off by commas after a title', () => {
    expect(
      met(
        'The Director General of the Office, Anna Berg, visited Indonesia from 3 to 5 May 2026. On 5 May she held talks with the Vice Minister of Tourism, Ayu Putu Rahayu Dewi Lestari, on craft villages.',
      ),
    ).toEqual(['Ayu Putu Rahayu Dewi Lestari']);
  });
});

describe('a host who shows the visitor round, in a clause of the place gone to', () => {
  it('finds the person who showed the visitor a site, named after his title', () => {
    expect(
      met(
        'The Administrator of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 5 May he travelled to the port city of Takoradi, where the Chief Executive of the Ports Authority, Ebo Twumasi, showed him the new container terminal.',
      ),
    ).toEqual(['Ebo Twumasi']);
  });
});

describe('the title of a head of government', () => {
  it('reads "Prime Minister of X" as a title of that country, with no ministry', () => {
    const draft = extractDraft(
      'The Minister of Trade of the Union, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 4 May he held talks with the Prime Minister of Ghana, Ebo Twumasi.',
    );
    expect(draft.meetings[0]?.participants[0]).toMatchObject({
      name: 'Ebo Twumasi',
      title: 'Prime Minister of Ghana',
      organisation: null,
      country: 'GH',
    });
  });
});

describe('a closing line of a date and an hour', () => {
  const release = (closing: string) =>
    `Minister of Trade of the Union Pavel Norden paid an official visit to Ghana on the fifth and sixth of May 2026.\n\nOn the first day he held talks with the Minister of Trade of Ghana, Ebo Twumasi.\n\n${closing}`;

  it('is when the release was put out, not the visit’s date', () => {
    const draft = extractDraft(
      release('Press Office of the Ministry of Trade\n\n9 May 2026, 10:15'),
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2026-05-05', '2026-05-06']);
  });

  it('is so too on the line under the issuing office', () => {
    const draft = extractDraft(release('Press Office of the Ministry of Trade\n9 May 2026, 10:15'));
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2026-05-05', '2026-05-06']);
  });
});

describe('the head of a body visited who presents its work', () => {
  it('finds the person named after the title who presented the body’s projects', () => {
    expect(
      met(
        'The Administrator of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. He also visited the Cocoa Research Institute, where its Director, Ebo Twumasi, presented the Institute’s work on drought-resistant seedlings.',
      ),
    ).toEqual(['Ebo Twumasi']);
  });
});

describe('a host who briefs the visitor, opening a sentence', () => {
  it('finds the head of the body visited who briefed him', () => {
    expect(
      met(
        'The Administrator of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. On 4 May he visited a seed bank run by the Council for Rural Women. Its Chairperson, Esi Nyarko, briefed him on the seeds kept for dry years.',
      ),
    ).toEqual(['Esi Nyarko']);
  });
});
