import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('the issuing office’s closing lines name no place of the visit', () => {
  it('does not take the ministry’s town, written under its name at the end, for the host (English)', () => {
    expect(
      visitOf(
        'Official Visit of the Minister of Trade to the Republic of Ghana\n\nThe Minister of Trade, Tomas Berg, will undertake an Official Visit to the Republic of Ghana from 2 to 4 June 2026.\n\nIn Accra, Minister Berg will hold talks with the Minister of Finance, Kwame Asante, on direct flights between Stockholm and Accra.\n\nMinistry of Trade\nStockholm\n27 May 2026',
      ).country,
    ).toBe('GH');
  });

  it('does not take the town of the closing line for the host (Turkish)', () => {
    expect(
      visitOf(
        "Ticaret Bakanı Kaya Gana'yı ziyaret edecek\n\nTicaret Bakanı Ali Kaya, 2-4 Haziran 2026 tarihlerinde Gana'ya resmî ziyarette bulunacak.\n\nZiyaret kapsamında Bakan Kaya'nın Akra'da Gana Maliye Bakanı Kwame Asante ile görüşmesi planlanıyor.\n\nT.C. Ticaret Bakanlığı\nAnkara, 27 Mayıs 2026",
      ).country,
    ).toBe('GH');
  });

  it('does not take the town of the closing line for the host (Russian)', () => {
    expect(
      visitOf(
        'Министр торговли посетит Гану\n\nМинистр торговли Российской Федерации Иван Смирнов 2–4 июня 2026 года посетит Республику Гана с рабочим визитом.\n\nВ Аккре запланированы переговоры Ивана Смирнова с Министром финансов Ганы Кваме Асанте.\n\nПресс-служба Министерства торговли\nМосква, 27 мая 2026 года',
      ).country,
    ).toBe('GH');
  });
});

describe('the date of the closing lines gives the release its year and its day', () => {
  it('reads a planned visit’s year from a closing stamp of a date and an hour (Russian)', () => {
    expect(
      visitOf(
        'Министр торговли посетит Гану\n\nМинистр торговли Российской Федерации Иван Смирнов со 2 по 4 июня посетит Республику Гана с рабочим визитом.\n\nВ Аккре запланированы переговоры Ивана Смирнова с Министром финансов Ганы Кваме Асанте.\n\nПресс-служба Министерства торговли\n27.05.2026 15:20',
      ),
    ).toEqual({ country: 'GH', start: '2026-06-02', end: '2026-06-04' });
  });

  it('reads a planned visit’s year from the town and date closing the release (Turkish)', () => {
    expect(
      visitOf(
        "Ticaret Bakanı Kaya Gana'yı ziyaret edecek\n\nTicaret Bakanı Ali Kaya, 2-4 Haziran tarihlerinde Gana'ya resmî ziyarette bulunacak.\n\nZiyaret kapsamında Bakan Kaya'nın Akra'da Gana Maliye Bakanı Kwame Asante ile görüşmesi planlanıyor.\n\nT.C. Ticaret Bakanlığı\nAnkara, 27 Mayıs 2026",
      ),
    ).toEqual({ country: 'GH', start: '2026-06-02', end: '2026-06-04' });
  });

  it('reads a planned visit’s year from the office, town and date closing the release (English)', () => {
    expect(
      visitOf(
        'Official Visit of the Minister of Trade to the Republic of Ghana\n\nThe Minister of Trade, Tomas Berg, will undertake an Official Visit to the Republic of Ghana from 2 to 4 June.\n\nIn Accra, Minister Berg will hold talks with the Minister of Finance, Kwame Asante.\n\nMinistry of Trade\nStockholm\n27 May 2026',
      ),
    ).toEqual({ country: 'GH', start: '2026-06-02', end: '2026-06-04' });
  });

  it('takes the day of a dateline written at the end for a visit held "today" (English)', () => {
    expect(
      visitOf(
        'Union and Ghana discuss trade\n\nACCRA, Ghana – The Secretary General of the Union, Tomas Berg, today held talks in Accra with the Minister of Finance, Kwame Asante, on customs cooperation.\n\n"Ghana is a close partner," said Secretary General Berg.\n\nACCRA, 24 February 2026',
      ),
    ).toEqual({ country: 'GH', start: '2026-02-24', end: '2026-02-24' });
  });
});

describe('a news agency’s name in brackets after the dateline’s date', () => {
  it('reads the dateline, and a visit before it takes its year (English)', () => {
    expect(
      visitOf(
        'Accra, 9 June 2026 (GNA) -- The Minister of Foreign Affairs of Ghana, Kwame Asante, paid an official visit to Japan on 3 and 4 June, during which he met the Minister for Foreign Affairs of Japan, Taro Kono.',
      ),
    ).toEqual({ country: 'JP', start: '2026-06-03', end: '2026-06-04' });
  });

  it('reads the dateline, and a visit before it takes its year (Turkish)', () => {
    expect(
      visitOf(
        "Ankara, 9 Haziran 2026 (AA) - Ticaret Bakanı Ali Kaya, 3-4 Haziran tarihlerinde Japonya'yı ziyaret etti. Bakan Kaya, Japonya Dışişleri Bakanı Taro Kono ile görüştü.",
      ),
    ).toEqual({ country: 'JP', start: '2026-06-03', end: '2026-06-04' });
  });

  it('reads the dateline, and a visit before it takes its year (Russian)', () => {
    expect(
      visitOf(
        'Москва, 9 июня 2026 года (ТАСС) – Министр торговли Российской Федерации Иван Смирнов 3–4 июня находился с рабочим визитом в Японии. Иван Смирнов встретился с Министром иностранных дел Японии Таро Коно.',
      ),
    ).toEqual({ country: 'JP', start: '2026-06-03', end: '2026-06-04' });
  });
});

describe('the country named after a later word of the visit in the same sentence', () => {
  it('takes the country after «с визитом в», not the visitor’s own before «находился» (Russian)', () => {
    expect(
      visitOf(
        'Глава делегации Российской Федерации, Министр спорта России Иван Смирнов 3–5 мая 2026 года находился с официальным визитом в Государстве Катар. 4 мая Иван Смирнов встретился с Министром спорта Катара Салемом Аль-Мараи.',
      ).country,
    ).toBe('QA');
  });

  it('takes the country after «for an official visit to», not the one before «travelled» (English)', () => {
    expect(
      visitOf(
        'The Minister of Sport of Ghana, Kwame Asante, travelled on 3 May 2026 for an official visit to the State of Qatar. On 4 May he met the Minister of Sport of Qatar, Salem Al-Marri.',
      ).country,
    ).toBe('QA');
  });
});

describe('a period in words whose end day is in the accusative, across two months (Russian)', () => {
  it('reads «с тридцатого апреля по второе мая» to its last day', () => {
    expect(
      visitOf(
        'С тридцатого апреля по второе мая 2026 года Министр торговли Российской Федерации Иван Смирнов находился с рабочим визитом в Республике Гана. 1 мая он встретился с Министром финансов Ганы Кваме Асанте.',
      ),
    ).toEqual({ country: 'GH', start: '2026-04-30', end: '2026-05-02' });
  });

  it('reads «по двадцать третье» in one month', () => {
    expect(
      visitOf(
        'С двадцатого по двадцать третье мая 2026 года Министр торговли Российской Федерации Иван Смирнов находился с рабочим визитом в Республике Гана.',
      ),
    ).toEqual({ country: 'GH', start: '2026-05-20', end: '2026-05-23' });
  });
});

describe('a weekday alone, in the past, is the last such day on or before the dateline', () => {
  it('ends the visit on the Wednesday before a Thursday dateline (English)', () => {
    expect(
      visitOf(
        'GENEVA, 14 May 2026 – The Director of the Fund, Pavel Norden, concluded on Wednesday a visit to Ghana that began on 8 May, during which he met the Minister of Finance, Kwame Asante.',
      ),
    ).toEqual({ country: 'GH', start: '2026-05-08', end: '2026-05-13' });
  });

  it('ends the visit on the Wednesday before a Thursday dateline (Russian)', () => {
    expect(
      visitOf(
        'Москва, 14 мая 2026 года – Министр торговли Российской Федерации Иван Смирнов в среду завершил визит в Республику Гана, начавшийся 8 мая.',
      ),
    ).toEqual({ country: 'GH', start: '2026-05-08', end: '2026-05-13' });
  });

  it('ends the visit on the Wednesday before a Thursday dateline (Turkish)', () => {
    expect(
      visitOf(
        "Ankara, 14 Mayıs 2026 – Ticaret Bakanı Ali Kaya, 8 Mayıs'ta başladığı Gana ziyaretini Çarşamba günü tamamladı.",
      ),
    ).toEqual({ country: 'GH', start: '2026-05-08', end: '2026-05-13' });
  });

  it('takes the weekday for the day of a visit that names no other date', () => {
    expect(
      visitOf(
        'GENEVA, 14 May 2026 – The Director of the Fund, Pavel Norden, on Monday visited Ghana, where he met the Minister of Finance, Kwame Asante.',
      ),
    ).toEqual({ country: 'GH', start: '2026-05-11', end: '2026-05-11' });
  });

  it('does not read a weekday of a visit still to come as one past', () => {
    // The Wednesday after the dateline, which ends the visit begun on 18 May.
    expect(
      visitOf(
        'GENEVA, 14 May 2026 – The Director of the Fund, Pavel Norden, will visit Ghana from 18 May and will end his visit on Wednesday.',
      ),
    ).toEqual({ country: 'GH', start: '2026-05-18', end: '2026-05-20' });
  });
});

describe('a dateline ended by a full stop gives its year to a planned visit', () => {
  it('reads «Москва, 27 мая 2026 года.» before the text (Russian)', () => {
    expect(
      visitOf(
        'Министр торговли посетит Гану\n\nМосква, 27 мая 2026 года. Министр торговли Российской Федерации Иван Смирнов 2–3 июня совершит рабочий визит в Республику Гана.',
      ),
    ).toEqual({ country: 'GH', start: '2026-06-02', end: '2026-06-03' });
  });

  it('reads «Geneva, 27 May 2026.» before the text (English)', () => {
    expect(
      visitOf(
        'Geneva, 27 May 2026. The Director of the Fund, Pavel Norden, will pay a working visit to Ghana on 2 and 3 June.',
      ),
    ).toEqual({ country: 'GH', start: '2026-06-02', end: '2026-06-03' });
  });

  it('reads «Ankara, 27 Mayıs 2026.» before the text (Turkish)', () => {
    expect(
      visitOf(
        "Ankara, 27 Mayıs 2026. Ticaret Bakanı Ali Kaya, 2-3 Haziran tarihlerinde Gana'yı ziyaret edecek.",
      ),
    ).toEqual({ country: 'GH', start: '2026-06-02', end: '2026-06-03' });
  });
});
