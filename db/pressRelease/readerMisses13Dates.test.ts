import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('two weekdays joined by "and" are two days of the visit', () => {
  it('reads "on Wednesday and Thursday" under a dateline on its own line (English)', () => {
    expect(
      visitOf(
        'Geneva\n20 March 2026\n\nFund Director in Ghana\n\nThe Director of the Fund, Pavel Norden, was in Ghana on Wednesday and Thursday for talks on customs cooperation.\n\nOn Wednesday, in Accra, Mr. Norden met with the Minister of Finance, Kwame Asante.',
      ),
    ).toEqual({ country: 'GH', start: '2026-03-18', end: '2026-03-19' });
  });

  it('reads «в понедельник и вторник» under a dateline on its own line (Russian)', () => {
    expect(
      visitOf(
        'Иван Смирнов посетил Гану\n\nМосква, 20 марта 2026 г.\n\nМинистр торговли Российской Федерации Иван Смирнов в понедельник и вторник находился с рабочим визитом в Республике Гана.\n\nВ понедельник Иван Смирнов встретился с Министром финансов Ганы Кваме Асанте.',
      ),
    ).toEqual({ country: 'GH', start: '2026-03-16', end: '2026-03-17' });
  });

  it('reads "Çarşamba ve Perşembe günleri" under a dateline on its own line (Turkish)', () => {
    expect(
      visitOf(
        "Ticaret Bakanı Kaya Gana'da temaslarda bulundu\n\nAnkara, 20 Mart 2026\n\nTicaret Bakanı Ali Kaya, Çarşamba ve Perşembe günleri Gana'da bir dizi temasta bulundu.\n\nKaya, Akra'da Gana Maliye Bakanı Kwame Asante ile görüştü.",
      ),
    ).toEqual({ country: 'GH', start: '2026-03-18', end: '2026-03-19' });
  });

  it('keeps the pair in one week when the second day is the dateline’s weekday', () => {
    expect(
      visitOf(
        'GENEVA, 16 March 2026 – The Director of the Fund, Pavel Norden, was in Ghana on Sunday and Monday, where he met the Minister of Finance, Kwame Asante.',
      ),
    ).toEqual({ country: 'GH', start: '2026-03-15', end: '2026-03-16' });
  });
});

describe('a heading that says the visitor "visits" two countries names the first stop', () => {
  it('takes the first country of "visits Ghana and Senegal", whose city the meetings name unnamed (English)', () => {
    expect(
      visitOf(
        'Press release\n\nForeign Minister of Norway visits Ghana and Senegal\n\nOslo, 5 December 2026\n\nThe Minister of Foreign Affairs of Norway, Erik Dahl, paid working visits to Ghana and Senegal on 30 November – 2 December.\n\nIn Accra, the Minister was received by the President of the Republic of Ghana. Kofi Mensah conveyed his greetings and noted the growth of trade.\n\nOn 2 December, in Dakar, the Minister met with the Minister of Foreign Affairs of Senegal, Cheikh Ndiaye.',
      ).country,
    ).toBe('GH');
  });

  it('takes the first country of «посетил Армению и Грузию» (Russian)', () => {
    expect(
      visitOf(
        'Министр иностранных дел Норвегии посетил Армению и Грузию\n\nОсло, 5 декабря 2026 г.\n\nМинистр иностранных дел Норвегии Эрик Даль 30 ноября – 2 декабря находился с рабочими визитами в Армении и Грузии.\n\nВ Ереване Министр был принят Президентом Республики Армения. Ваграм Саркисян отметил рост торговли.\n\n2 декабря в Тбилиси Эрик Даль встретился с Министром иностранных дел Грузии Давидом Беридзе.',
      ).country,
    ).toBe('AM');
  });

  it('takes the first country of "Ermenistan ve Gürcistan\'ı ziyaret etti" (Turkish)', () => {
    expect(
      visitOf(
        "Norveç Dışişleri Bakanı Ermenistan ve Gürcistan'ı ziyaret etti\n\nOslo, 5 Aralık 2026\n\nNorveç Dışişleri Bakanı Erik Dahl, 30 Kasım-2 Aralık tarihlerinde Ermenistan ve Gürcistan'da çalışma ziyaretlerinde bulundu.\n\nErivan'da Bakan, Ermenistan Cumhurbaşkanı tarafından kabul edildi. Vahram Sarkisyan, ticaretin arttığını belirtti.\n\n2 Aralık'ta Tiflis'te Dahl, Gürcistan Dışişleri Bakanı Davit Beridze ile görüştü.",
      ).country,
    ).toBe('AM');
  });
});

describe('a dateline whose year ends in «г.» before the first sentence (Russian)', () => {
  it('reads «Москва, 27 мая 2026 г. Председатель …» and gives its year to a planned visit', () => {
    expect(
      visitOf(
        'Председатель палаты посетит Армению\n\nМосква, 27 мая 2026 г. Председатель Счётной палаты Российской Федерации Иван Смирнов 2–3 июня совершит рабочий визит в Республику Армения.',
      ),
    ).toEqual({ country: 'AM', start: '2026-06-02', end: '2026-06-03' });
  });

  it('reads a visit held on a weekday before such a dateline', () => {
    expect(
      visitOf(
        'Москва, 14 мая 2026 г. Председатель Счётной палаты Российской Федерации Иван Смирнов в среду завершил визит в Республику Армения, начавшийся 11 мая.',
      ),
    ).toEqual({ country: 'AM', start: '2026-05-11', end: '2026-05-13' });
  });
});

describe('a weekday of a visit still to come is counted forward from the dateline', () => {
  it('reads "will visit Ghana on Tuesday" as the Tuesday after the dateline (English)', () => {
    expect(
      visitOf(
        'GENEVA, 14 May 2026 – The Director of the Fund, Pavel Norden, will visit Ghana on Tuesday, where he will meet the Minister of Finance, Kwame Asante.',
      ),
    ).toEqual({ country: 'GH', start: '2026-05-19', end: '2026-05-19' });
  });

  it('reads «в понедельник и вторник будет находиться» as the next two days (Russian)', () => {
    expect(
      visitOf(
        'Москва, 14 мая 2026 года – Министр торговли Российской Федерации Иван Смирнов в понедельник и вторник будет находиться с рабочим визитом в Республике Армения.',
      ),
    ).toEqual({ country: 'AM', start: '2026-05-18', end: '2026-05-19' });
  });

  it('reads «во вторник посетит» as the Tuesday after the dateline (Russian)', () => {
    expect(
      visitOf(
        'Москва, 14 мая 2026 года – Министр торговли Российской Федерации Иван Смирнов во вторник посетит Республику Армения, где проведёт переговоры с Министром экономики Армении Гагиком Петросяном.',
      ),
    ).toEqual({ country: 'AM', start: '2026-05-19', end: '2026-05-19' });
  });

  it('reads «в среду и четверг совершит визит» as the next two days (Russian)', () => {
    expect(
      visitOf(
        'Москва, 14 мая 2026 года – Министр торговли Российской Федерации Иван Смирнов в среду и четверг совершит рабочий визит в Республику Армения.',
      ),
    ).toEqual({ country: 'AM', start: '2026-05-20', end: '2026-05-21' });
  });

  it('reads "Cuma ve Cumartesi günleri ziyaret edecek" as the next two days (Turkish)', () => {
    expect(
      visitOf(
        "Ankara, 14 Mayıs 2026 – Ticaret Bakanı Ali Kaya, Cuma ve Cumartesi günleri Gana'yı ziyaret edecek.",
      ),
    ).toEqual({ country: 'GH', start: '2026-05-15', end: '2026-05-16' });
  });

  it('keeps a weekday followed by its date as the date says', () => {
    expect(
      visitOf(
        'GENEVA, 2 December 2026 – The Director of the Fund, Pavel Norden, will visit Ghana on Thursday and Friday, 10 and 11 December.',
      ),
    ).toEqual({ country: 'GH', start: '2026-12-10', end: '2026-12-11' });
  });
});

describe('a period from one weekday to another', () => {
  it('reads "from Monday to Wednesday" before the dateline’s day (English)', () => {
    expect(
      visitOf(
        'GENEVA, 14 May 2026 – The Director of the Fund, Pavel Norden, was in Ghana from Monday to Wednesday, where he met the Minister of Finance, Kwame Asante.',
      ),
    ).toEqual({ country: 'GH', start: '2026-05-11', end: '2026-05-13' });
  });

  it('reads «с понедельника по среду» before the dateline’s day (Russian)', () => {
    expect(
      visitOf(
        'Москва, 14 мая 2026 года – Министр торговли Российской Федерации Иван Смирнов с понедельника по среду находился с рабочим визитом в Республике Армения.',
      ),
    ).toEqual({ country: 'AM', start: '2026-05-11', end: '2026-05-13' });
  });

  it('reads "Pazartesi\'den Çarşamba\'ya kadar" before the dateline’s day (Turkish)', () => {
    expect(
      visitOf(
        "Ankara, 14 Mayıs 2026 – Ticaret Bakanı Ali Kaya, Pazartesi'den Çarşamba'ya kadar Gana'da temaslarda bulundu.",
      ),
    ).toEqual({ country: 'GH', start: '2026-05-11', end: '2026-05-13' });
  });
});
