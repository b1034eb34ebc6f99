import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';
import { datesOf } from '../test/visitFacts.js';

describe('a name found in its own form, not with the words around it', () => {
  it('leaves out an honorific written without a full stop: "Dr", "Mr", "Mrs", "Prof"', () => {
    expect(
      met(
        'The Executive Secretary visited Lusaka on 6 May 2026. She met the Minister of Health, Dr Chileshe Mwansa-Phiri, and the Governor of the Bank of Zambia, Mr Bwalya Kasonde Ng’andu. She also met the Minister of Education, Prof Mutale Banda.',
      ),
    ).toEqual(['Chileshe Mwansa-Phiri', 'Bwalya Kasonde Ng’andu', 'Mutale Banda']);
  });

  it('finds a king named by one name and a number after "King"', () => {
    expect(
      met(
        'The Secretary-General visited Nuku’alofa on 8 June 2026. He was received in audience by His Majesty King Taufa III at the Royal Palace.',
      ),
    ).toEqual(['Taufa III']);
  });

  it('keeps the first word of a three-word name after "and" in a list of names', () => {
    expect(
      met(
        'The Director visited Bishkek on 10 March 2026. She met the delegations of Kazakhstan and Pakistan, Aidos Serikbayev and Tariq Nawaz Khokhar.',
      ),
    ).toEqual(['Aidos Serikbayev', 'Tariq Nawaz Khokhar']);
  });
});

describe('Russian names in the instrumental whose words the name lists do not hold', () => {
  it('gives a woman her first name and leaves her undeclined surname', () => {
    expect(
      met(
        'Министр 4 марта 2026 года посетил Минск, где встретился с Заместителем Премьер-министра Республики Беларусь Дарьей Шпилевич.',
      ),
    ).toEqual(['Дарья Шпилевич']);
  });

  it('gives a man his first name in "-ий" and his surname without "-ым"', () => {
    expect(
      met(
        'Министр 4 марта 2026 года посетил Минск, где встретился с Министром промышленности Республики Беларусь Валерием Гладковым.',
      ),
    ).toEqual(['Валерий Гладков']);
  });

  it('restores the fleeting vowel of a surname in "-ец"', () => {
    expect(
      met(
        'Министр 5 марта 2026 года посетил Витебск, где встретился с Председателем Витебского областного исполнительного комитета Геннадием Кравцом.',
      ),
    ).toEqual(['Геннадий Кравец']);
  });

  it('gives a foreign surname in "-ой" its "-а"', () => {
    expect(
      met(
        'Министр 7 апреля 2026 года посетил Токио, где был принят Министром иностранных дел Японии Сигэо Мацудой.',
      ),
    ).toEqual(['Сигэо Мацуда']);
  });

  it('leaves a country in the genitive with its adjectives out of a monarch’s name', () => {
    expect(
      met(
        'Министр 9 апреля 2026 года посетил Манаму, где был принят Королём Бахрейнского Королевства Хамадом II.',
      ),
    ).toEqual(['Хамад II']);
  });
});

describe('words that are no person', () => {
  it('does not take the items of an office’s list for a name: "Industrialisation, Small Business Promotion and Tourism"', () => {
    expect(
      met(
        'The Director-General visited Windhoek on 12 May 2026. She met the Minister of Trade, Industrialisation, Small Business Promotion and Tourism, Tjiuai Kandjii-Murangi.',
      ),
    ).toEqual(['Tjiuai Kandjii-Murangi']);
  });

  it('does not join a month with a case ending to the next word: "Nisan’da Batum’a"', () => {
    expect(
      met(
        "Bakan Yerlikaya 2 Nisan 2026'da Tiflis'e gitti. 3 Nisan'da Batum'a geçen Yerlikaya, Acara Özerk Cumhuriyeti Hükümeti Başkanı Tornike Rijvadze'yi ziyaret etti.",
      ),
    ).toEqual(['Tornike Rijvadze']);
  });

  it('does not take a Turkish plural noun with its possessive for a name: "Nuri Söyleşileri"', () => {
    expect(
      met(
        "Başkan Karadağlı 4 Mart 2026'da Rabat'a gitti. Rabat'ta düzenlenen Nuri Söyleşileri'nin açılışına katılan Karadağlı, Fas Kültür Bakanı Yusuf Benhaddou tarafından kabul edildi.",
      ),
    ).toEqual(['Yusuf Benhaddou']);
  });
});

describe('a dateline whose place the gazetteer does not know', () => {
  it('is the dateline still: its date is the release’s, not the visit’s start', () => {
    expect(
      datesOf(
        [
          'İçişleri Bakanı Yerlikaya, Gürcistan’da temaslarda bulundu',
          'Batum, 9 Nisan 2026',
          'İçişleri Bakanı Ali Yerlikaya, 7-9 Nisan 2026 tarihlerinde Gürcistan’a resmi bir ziyaret gerçekleştirdi.',
          '8 Nisan’da Batum’a geçen Yerlikaya, Acara Özerk Cumhuriyeti Hükümeti Başkanı Tornike Rijvadze ile görüştü.',
        ].join('\n\n'),
      ),
    ).toEqual(['2026-04-07', '2026-04-09']);
  });
});

describe('an honorific before a name is no part of it, whichever reader finds the name', () => {
  it('the name finder leaves out "H.E." in a sentence the English rules do not read', () => {
    expect(
      met(
        'The Secretary General visited Gdańsk on 3 May 2026. A memorandum on archives was signed with H.E. Tomasz Wierzbicki, Minister of Culture.',
      ),
    ).toEqual(['Tomasz Wierzbicki']);
  });

  it('the name finder leaves out "H. E." written with a space', () => {
    expect(
      met(
        'The Secretary General visited Gdańsk on 3 May 2026. A memorandum on archives was signed with H. E. Tomasz Wierzbicki, Minister of Culture.',
      ),
    ).toEqual(['Tomasz Wierzbicki']);
  });

  it('the Turkish rules leave out "Dr" and "Sn" written without a full stop', () => {
    expect(
      met(
        "Genel Sekreter 3 Mayıs 2026'da Gdańsk'a gitti. Genel Sekreter, Kültür Bakanı Dr Tomasz Wierzbicki ile görüştü. Genel Sekreter ayrıca Belediye Başkanı Sn Halina Kowalczyk ile görüştü.",
      ),
    ).toEqual(['Tomasz Wierzbicki', 'Halina Kowalczyk']);
  });

  it('the Russian rules leave out "Dr" written without a full stop', () => {
    expect(
      met(
        'Генеральный секретарь посетил Гданьск 3 мая 2026 года. Состоялась встреча с министром культуры Dr Tomasz Wierzbicki.',
      ),
    ).toEqual(['Tomasz Wierzbicki']);
  });
});

describe('a particle joins the words of one name, never two names', () => {
  it('Turkish "de" and "da" ("also") after a name join it to no name after them', () => {
    for (const also of ['Selim Doğan da', 'Mehmet Yücel de']) {
      const names = met(
        `Genel Sekreter 3 Mayıs 2026'da Ankara'ya gitti. Genel Sekreter, Bakan Yardımcısı Ali Kaya ile görüştü. Ertesi gün ${also} Hasan Kara ile görüştü.`,
      );
      expect(names).toContain('Hasan Kara');
      expect(names.filter((n) => /\sd[ae]\s/.test(n))).toEqual([]);
    }
  });
});
