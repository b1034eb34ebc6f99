import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met } from '../test/peopleMet.js';
import { datesOf } from '../test/visitFacts.js';

describe('sentences in any script', () => {
  it('ends a Russian sentence before a Cyrillic capital: the next sentence names no one met', () => {
    expect(
      met(
        'Генеральный секретарь ОДКБ Таласбек Масадыков 5 марта 2025 года посетил Ереван, где встретился с Вице-премьером Тиграном Хачатряном. Стороны обсудили подготовку к заседанию Молодёжного Форума.',
      ),
    ).toEqual(['Тигран Хачатрян']);
  });

  it('keeps a two-letter initial of a transliterated name with its surname: "Kh. Jurayev"', () => {
    expect(
      met(
        'The Secretary General of the CICA Secretariat Kairat Sarybay visited Dushanbe on 12 May 2025. He was received by the Prime Minister of Tajikistan Kh. Jurayev.',
      ),
    ).toEqual(['Kh. Jurayev']);
  });
});

describe('names in the Russian instrumental', () => {
  it('reads "бен", "ибн" and "Аль" inside an Arabic name and gives each part its nominative', () => {
    expect(
      met(
        'Генеральный секретарь СВМДА Кайрат Сарыбай 3 июня 2025 года посетил Маскат, где встретился с Министром иностранных дел Султаната Оман Бадром бен Хамадом Аль Бусаиди и Министром экономики Саидом ибн Мохаммедом Аль-Сакри.',
      ),
    ).toEqual(['Бадр бен Хамад Аль Бусаиди', 'Саид ибн Мохаммед Аль-Сакри']);
  });

  it('gives a man\'s name in "-ой", "-ей" and "-аем" its nominative: "Мусой Али Аль-Яхьей", "Джемилем Октаем"', () => {
    expect(
      met(
        'Генеральный секретарь ОТГ Кубанычбек Омуралиев 4 апреля 2025 года посетил Анкару, где встретился с Председателем Комитета Джемилем Октаем и Министром Мусой Али Аль-Яхьей.',
      ),
    ).toEqual(['Джемиль Октай', 'Муса Али Аль-Яхья']);
  });

  it('gives a woman\'s adjective surname and her patronymic their nominative: "Ириной Петровной Заречной"', () => {
    expect(
      met(
        'Председатель Исполкома СНГ Сергей Лебедев 7 мая 2025 года посетил Минск, где встретился с Министром культуры Ириной Петровной Заречной.',
      ),
    ).toEqual(['Ирина Петровна Заречная']);
  });
});

describe('Turkish titles and meetings', () => {
  it('takes a possessive word after a title or country word as a title the vocabulary does not know: "Cumhuriyeti Raisi"', () => {
    expect(
      met(
        "TÜRKSOY Genel Sekreteri Sultan Raev, 5 Mart 2025 tarihinde Ufa'yı ziyaret etti. Raev, Başkurdistan Cumhuriyeti Raisi Damir Şakirov ile görüştü. Raev, Başkurdistan Devlet Müşaviri Ayrat Galimov'u da ziyaret etti.",
      ),
    ).toEqual(['Damir Şakirov', 'Ayrat Galimov']);
  });

  it('reads a title with a genitive ("Halkının Milli Lideri") as a title, not a person', () => {
    expect(
      met(
        "TDT Genel Sekreteri Kubanıçbek Ömüraliyev, 2 Mart 2025 tarihinde Aşkabat'ta Türkmenistan Devlet Başkanı Mekan Orazov, Türkmen Halkının Milli Lideri ve Halk Maslahatı Başkanı Berdi Nurov ile görüştü.",
      ),
    ).toEqual(['Mekan Orazov', 'Berdi Nurov']);
  });

  it('keeps a name with a case ending before "ve" and a title: "Prof. Dr. Ali Kaya\'yı ve Bakan Yardımcısı …"', () => {
    expect(
      met(
        "İİT Genel Sekreteri Hissein Brahim Taha, 3-4 Mart 2025 tarihlerinde Türkiye'de resmi temaslarda bulundu. Genel Sekreter Taha, 4 Mart'ta Ankara'da Diyanet İşleri Başkanı Prof. Dr. Ali Kaya'yı ve Dışişleri Bakan Yardımcısı Büyükelçi Emre Tunç'u ziyaret etti.",
      ),
    ).toEqual(['Ali Kaya', 'Emre Tunç']);
  });

  it('reads planned meetings and courtesy calls: "kabul edecektir", "nezaket ziyaretinde bulunması"', () => {
    expect(
      met(
        "Dışişleri Bakanımız Hakan Fidan, 8-9 Mart 2025 tarihlerinde Vietnam'ı ziyaret edecektir. Bakanımızın Vietnam Başbakanı Tran Van Minh'e nezaket ziyaretinde bulunması öngörülmektedir. Bakanımız Vietnam'ın Ankara Büyükelçisi Do Quang Hai'yi kabul edecektir.",
      ),
    ).toEqual(['Tran Van Minh', 'Do Quang Hai']);
  });
});

describe('dates in words and years from the page', () => {
  it('reads days written as ordinal words in English and Russian', () => {
    expect(
      datesOf(
        'The Secretary General of the OSCE visited Baku on the fourth and fifth of March 2025 and met the Minister of Foreign Affairs, Jeyhun Bayramov.',
      ),
    ).toEqual(['2025-03-04', '2025-03-05']);
    expect(
      datesOf(
        'The Secretary General of the OSCE visited Baku from the thirtieth of April to the second of May 2025.',
      ),
    ).toEqual(['2025-04-30', '2025-05-02']);
    expect(
      datesOf(
        'Пятого и шестого июня 2025 года Генеральный секретарь ОДКБ посетил Ереван, где встретился с Министром обороны Суреном Папикяном.',
      ),
    ).toEqual(['2025-06-05', '2025-06-06']);
  });

  it('takes the year of a Turkish range from the page\'s publication stamp: "Yayınlanma: 04.03.2025"', () => {
    expect(
      datesOf(
        "Yayınlanma: 04.03.2025 10:00\n\nGenel Sekreter Sultan Raev, 28 Şubat-2 Mart tarihlerinde Kazan'ı ziyaret etti.",
      ),
    ).toEqual(['2025-02-28', '2025-03-02']);
  });

  it('reads the Turkish ministry\'s "No: N, date, subject" line as the issue date, not the visit\'s', () => {
    const draft = extractDraft(
      "No: 101, 2 Mart 2025, Dışişleri Bakanı Sayın Hakan Fidan'ın Vietnam'ı Ziyareti Hk.\n\nDışişleri Bakanımız Sayın Hakan Fidan, 8-9 Mart 2025 tarihlerinde Vietnam'ı ziyaret edecektir.",
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2025-03-08', '2025-03-09']);
    expect(draft.source_date).toBe('2025-03-02');
  });
});

describe('English meetings in shapes of other bodies', () => {
  it('reads "received in <city> by" and "a working session with", names with Sr./Jr. set off by commas', () => {
    expect(
      met(
        'The Secretary General of the OIC paid a working visit to Kenya on 4 and 5 March 2025. The Secretary General was received in Nairobi by H.E. Samuel Otieno Kamau Sr., President of the Republic of Kenya. He also held a working session with the Minister of Finance, Grace Wanjiru Mutua, and the Deputy Minister of Trade, Peter K. Odhiambo Jr., on the regional market.',
      ),
    ).toEqual(['Samuel Otieno Kamau Sr.', 'Grace Wanjiru Mutua', 'Peter K. Odhiambo Jr.']);
  });

  it('reads planned talks with "also" and a surname joined to its article: "AlHashimi"', () => {
    expect(
      met(
        'The Secretary General of the OIC will visit Oman from 4 to 6 March 2025. Talks are also planned with the Minister of Culture, Youssef Benali, on heritage. In Muscat he will meet its Director General, Dr. Karim M. AlHashimi, to review joint programmes.',
      ),
    ).toEqual(['Youssef Benali', 'Karim M. AlHashimi']);
  });

  it('takes the country of a visit told as a mission', () => {
    expect(
      extractDraft(
        'The Secretary General of ICAO carried out an official mission to Muscat from 2 to 4 March 2025. He held talks with the Minister of Transport of the Sultanate of Oman, Said Al-Maawali.',
      ).visit.places.map((p) => p.country),
    ).toEqual(['OM']);
  });
});

describe('the country of the visit', () => {
  it('keeps the country the visit went to before a city named only as a subject of talks', () => {
    expect(
      extractDraft(
        'The Chairperson paid a working visit to the Republic of Malawi on 3 and 4 March 2025. The Chairperson was received in Lilongwe by the President of the Republic of Malawi, Peter Banda. He held talks with the Minister of Foreign Affairs, Alice Phiri, on the coordination of African positions in Geneva.',
      ).visit.places[0]?.country,
    ).toBe('MW');
  });
});

describe('what the new rules leave alone', () => {
  it('keeps a three-part Turkish name after an office word whole: "Bakanı Ali Rıza Kaya"', () => {
    expect(
      met(
        "TDT Genel Sekreteri Kubanıçbek Ömüraliyev, 5 Mart 2025 tarihinde Ankara'da Türkiye Cumhuriyeti Dışişleri Bakanı Ali Rıza Kaya ile görüştü.",
      ),
    ).toEqual(['Ali Rıza Kaya']);
  });

  it('keeps a man\'s adjective surname in the nominative as it is: the traveller "Пётр Донской"', () => {
    const draft = extractDraft(
      'Генеральный секретарь ОДКБ Пётр Донской 5 марта 2025 года посетил Ереван, где встретился с Министром обороны Суреном Папикяном.',
    );
    expect(draft.visit.traveller?.name).toBe('Пётр Донской');
    expect(met(draft.source)).toEqual(['Сурен Папикян']);
  });

  it('reads no date from an ordinal word that no month follows: "on the second day"', () => {
    expect(
      datesOf(
        'The Secretary General of the OSCE visited Baku on 4 and 5 March 2025. On the second day of the visit he met the Minister of Foreign Affairs, Jeyhun Bayramov.',
      ),
    ).toEqual(['2025-03-04', '2025-03-05']);
  });
});
