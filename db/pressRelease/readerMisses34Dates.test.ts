import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('weekdays alone told after a dated day of the visit', () => {
  const release = (dateline: string, when: string, first: string, alone: string, last: string) =>
    `NORDIC FISHERIES BUREAU\n\nBERGEN, ${dateline} – ${when} the Director of the Nordic Fisheries Bureau, Dr. Helga Thorsen-Bakke, undertook her first mission to the Caribbean, visiting Jamaica and Barbados.\n\nIn Kingston on ${first}, Dr. Thorsen-Bakke was received by the Minister of Agriculture of Jamaica, Desmond Alvarado Pryce.\n\n${alone} the Director visited a fishing cooperative in Port Royal.\n\nIn Bridgetown on ${last}, she held talks with the Minister of the Blue Economy of Barbados, Kerrie Ashby Goddard.`;

  it('reads "late last month" with its days told later, not up to the dateline', () => {
    expect(
      visitOf(
        release(
          '3 December 2026',
          'Late last month',
          'Monday 23 November',
          'On Tuesday',
          'Thursday 26 November',
        ),
      ),
    ).toEqual({ country: 'JM', start: '2026-11-23', end: '2026-11-26' });
  });

  it('reads "early last month" the same way', () => {
    expect(
      visitOf(
        release(
          '3 December 2026',
          'Early last month',
          'Monday 2 November',
          'On Wednesday',
          'Friday 6 November',
        ),
      ),
    ).toEqual({ country: 'JM', start: '2026-11-02', end: '2026-11-06' });
  });

  it('reads "mid-last month" the same way', () => {
    expect(
      visitOf(
        release(
          '3 December 2026',
          'Mid-last month',
          'Monday 16 November',
          'On Tuesday',
          'Wednesday 18 November',
        ),
      ),
    ).toEqual({ country: 'JM', start: '2026-11-16', end: '2026-11-18' });
  });
});

describe('a visit to come, its days told later', () => {
  it('reads "late next month" with its days told later', () => {
    expect(
      visitOf(
        `NORDIC FISHERIES BUREAU\n\nBERGEN, 20 October 2026 – Late next month the Director of the Nordic Fisheries Bureau, Dr. Helga Thorsen-Bakke, will undertake a mission to Jamaica.\n\nIn Kingston on Monday 23 November, Dr. Thorsen-Bakke will be received by the Minister of Agriculture of Jamaica, Desmond Alvarado Pryce.\n\nOn Tuesday the Director will visit a fishing cooperative in Port Royal.\n\nOn Thursday 26 November she will hold talks with the Minister of Finance, Kerrie Ashby Goddard.`,
      ),
    ).toEqual({ country: 'JM', start: '2026-11-23', end: '2026-11-26' });
  });
});

describe('days written without their month', () => {
  const release = (dateline: string, lead: string, rest = '') =>
    `WORLD GLASS INSTITUTE\n\nGENEVA, ${dateline}. ${lead}${rest}`;

  it('reads "on the 7th … on the 8th" in the month of a release of the 4th', () => {
    expect(
      visitOf(
        release(
          '4 December 2026',
          'The Director-General of the World Glass Institute, Dr. Ana Ruiz-Toledo, will travel to Chile early next week.',
          '\n\nOn the 7th, the Director-General will be received in Santiago by the Minister of Science, Pablo Orrego Vidal.\n\nOn the 8th, Dr. Ruiz-Toledo will visit the University of Concepción, where she will be hosted by its Rector, Prof. Mirta Quiroga Lenz.',
        ),
      ),
    ).toEqual({ country: 'CL', start: '2026-12-07', end: '2026-12-08' });
  });

  it('reads "on the 7th and 8th" in one sentence', () => {
    expect(
      visitOf(
        release(
          '4 December 2026',
          'The Director-General of the World Glass Institute, Dr. Ana Ruiz-Toledo, will visit Chile on the 7th and 8th.',
        ),
      ),
    ).toEqual({ country: 'CL', start: '2026-12-07', end: '2026-12-08' });
  });

  it('reads "on the 7th" alone', () => {
    expect(
      visitOf(
        release(
          '4 December 2026',
          'The Director-General of the World Glass Institute, Dr. Ana Ruiz-Toledo, will visit Chile on the 7th.',
        ),
      ),
    ).toEqual({ country: 'CL', start: '2026-12-07', end: '2026-12-07' });
  });

  it('reads "from the 7th to the 9th"', () => {
    expect(
      visitOf(
        release(
          '4 December 2026',
          'The Director-General of the World Glass Institute, Dr. Ana Ruiz-Toledo, will visit Chile from the 7th to the 9th.',
        ),
      ),
    ).toEqual({ country: 'CL', start: '2026-12-07', end: '2026-12-09' });
  });

  it('reads "the 30th and the 1st" across the month end, in the past', () => {
    expect(
      visitOf(
        release(
          '3 December 2026',
          'The Director-General of the World Glass Institute, Dr. Ana Ruiz-Toledo, visited Chile on the 30th and the 1st.',
        ),
      ),
    ).toEqual({ country: 'CL', start: '2026-11-30', end: '2026-12-01' });
  });

  it('leaves "the 7th session" alone', () => {
    expect(
      visitOf(
        release(
          '4 December 2026',
          'The Director-General of the World Glass Institute, Dr. Ana Ruiz-Toledo, visited Chile on 2 December, on the 7th session of the forum.',
        ),
      ),
    ).toEqual({ country: 'CL', start: '2026-12-02', end: '2026-12-02' });
  });
});

describe('Russian: a weekday alone and a later day dated elsewhere', () => {
  const release = (dateline: string, first: string, second: string) =>
    `Москва, ${dateline}\n\nДиректор Государственного Эрмитажа открыл выставки в Казани и Уфе\n\n${first} директор Государственного Эрмитажа Павел Сергеевич Ветлугин открыл в Казани выставку «Голландская гравюра».\n\nВ Казани Павел Ветлугин был принят Раисом Республики Татарстан Ильдаром Ринатовичем Галеевым.\n\n${second} работа продолжилась в Уфе. Директор провёл переговоры с Главой Республики Башкортостан Азаматом Рустемовичем Юлдашевым.`;

  it('reads «на прошлой неделе в четверг … в субботу, 28 ноября»', () => {
    expect(
      visitOf(
        release('3 декабря 2026 года', 'На прошлой неделе в четверг', 'В субботу, 28 ноября,'),
      ),
    ).toEqual({
      country: 'RU',
      start: '2026-11-26',
      end: '2026-11-28',
    });
  });

  it('reads «на этой неделе во вторник … в четверг, 10 декабря»', () => {
    expect(
      visitOf(
        release('11 декабря 2026 года', 'На этой неделе во вторник', 'В четверг, 10 декабря,'),
      ),
    ).toEqual({
      country: 'RU',
      start: '2026-12-08',
      end: '2026-12-10',
    });
  });

  it('reads «в конце прошлой недели, в пятницу … в воскресенье, 29 ноября»', () => {
    expect(
      visitOf(
        release(
          '3 декабря 2026 года',
          'В конце прошлой недели, в пятницу,',
          'В воскресенье, 29 ноября,',
        ),
      ),
    ).toEqual({ country: 'RU', start: '2026-11-27', end: '2026-11-29' });
  });
});

describe('Russian: days written without their month', () => {
  const release = (when: string) =>
    `Москва, 4 декабря 2026 года\n\nГенеральный директор Государственного Эрмитажа Павел Сергеевич Ветлугин посетит Казань ${when}. Он встретится с Раисом Республики Татарстан Ильдаром Ринатовичем Галеевым.`;

  it('reads «7-го и 8-го числа»', () => {
    expect(visitOf(release('7-го и 8-го числа'))).toEqual({
      country: 'RU',
      start: '2026-12-07',
      end: '2026-12-08',
    });
  });

  it('reads «с 7-го по 9-е»', () => {
    expect(visitOf(release('с 7-го по 9-е'))).toEqual({
      country: 'RU',
      start: '2026-12-07',
      end: '2026-12-09',
    });
  });
});

describe('Turkish: days written without their month', () => {
  const release = (dateline: string, when: string, verb = 'ağırlayacak') =>
    `SERMAYE PİYASASI ENSTİTÜSÜ\nBASIN BÜLTENİ\n\nİzmir, ${dateline}\n\nEnstitü, Gürcistan heyetini ağırlıyor\n\nSermaye Piyasası Enstitüsü (SPE), ${when} Gürcistan Ulusal Bankası Başkan Yardımcısı Nino Beridze başkanlığındaki heyeti İzmir'de ${verb}.`;

  it("reads «ayın 7'si ile 9'u arasında» as three days", () => {
    expect(visitOf(release('4 Aralık 2026', "ayın 7'si ile 9'u arasında"))).toEqual({
      country: 'TR',
      start: '2026-12-07',
      end: '2026-12-09',
    });
  });

  it("reads «ayın 7'sinde»", () => {
    expect(visitOf(release('4 Aralık 2026', "ayın 7'sinde"))).toEqual({
      country: 'TR',
      start: '2026-12-07',
      end: '2026-12-07',
    });
  });

  it("reads «ayın 30'u ile 2 Aralık arasında» across the month end", () => {
    expect(visitOf(release('25 Kasım 2026', "ayın 30'u ile 2 Aralık arasında"))).toEqual({
      country: 'TR',
      start: '2026-11-30',
      end: '2026-12-02',
    });
  });

  it('reads «geçen ayın sonunda» with its days told later', () => {
    expect(
      visitOf(
        `SERMAYE PİYASASI ENSTİTÜSÜ\nBASIN BÜLTENİ\n\nİzmir, 3 Aralık 2026\n\nSermaye Piyasası Enstitüsü (SPE) Başkanı Prof. Dr. Levent Akbulut, geçen ayın sonunda Gürcistan'ı ziyaret etti.\n\nAkbulut, 24 Kasım Salı günü Tiflis'te Gürcistan Ulusal Bankası Başkanı Nino Beridze tarafından kabul edildi.\n\nÇarşamba günü heyet Batum'daki borsa binasını ziyaret etti.\n\n26 Kasım'da Akbulut, Maliye Bakanı Giorgi Tsereteli ile görüştü.`,
      ),
    ).toEqual({ country: 'GE', start: '2026-11-24', end: '2026-11-26' });
  });
});

describe('Turkish: a period with its month as a number and no year', () => {
  const release = (when: string) =>
    `Ankara, 4 Aralık 2026\n\nSermaye Piyasası Enstitüsü (SPE) Başkanı Prof. Dr. Levent Akbulut başkanlığındaki heyet, ${when} tarihlerinde Gürcistan'a çalışma ziyareti gerçekleştirecek.`;

  it.each([
    ['7–9.12.', '2026-12-07', '2026-12-09'],
    ['7–9.12', '2026-12-07', '2026-12-09'],
    ['7.–9.12.', '2026-12-07', '2026-12-09'],
    ['30.11.–2.12.', '2026-11-30', '2026-12-02'],
  ])('reads «%s»', (when, start, end) => {
    expect(visitOf(release(when))).toEqual({ country: 'GE', start, end });
  });
});
