import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('two weekdays gone by, said with one adjective in the plural', () => {
  it('reads «в минувшие вторник и среду» as the two days before a dateline on its own line (Russian)', () => {
    expect(
      visitOf(
        'Министр торговли Перу посетил Новосибирск\n\nМосква\n12 марта 2026 г.\n\nВ минувшие вторник и среду Новосибирск с рабочим визитом посетил министр торговли Республики Перу Хосе Рамос.\n\nВо вторник перуанский министр был принят министром промышленности Российской Федерации Иваном Смирновым.',
      ),
    ).toEqual({ country: 'RU', start: '2026-03-10', end: '2026-03-11' });
  });

  it('reads «в ближайшие понедельник и вторник» as the two days after the day of issue (Russian)', () => {
    expect(
      visitOf(
        'Москва, 12 марта 2026 г. – В ближайшие понедельник и вторник министр промышленности Российской Федерации Иван Смирнов посетит с рабочим визитом Перу.\n\nВ Лиме запланированы переговоры с министром торговли Перу Хосе Рамосом.',
      ),
    ).toEqual({ country: 'PE', start: '2026-03-16', end: '2026-03-17' });
  });
});

describe('a trip to two countries, the first with a hyphen in its name, the case ending on the last', () => {
  it('reads «Gine-Bissau ve Senegal’e resmi ziyaret gerçekleştirdi» as a visit first to Guinea-Bissau (Turkish)', () => {
    expect(
      visitOf(
        "Ankara, 22 Mayıs 2026 – Gelir Başkanı Ali Kaya, 11-13 Mayıs tarihlerinde Gine-Bissau ve Senegal'e resmi ziyaret gerçekleştirdi.\n\nKaya, Gine-Bissau Maliye Bakanı João Mendes ile görüştü.",
      ),
    ).toEqual({ country: 'GW', start: '2026-05-11', end: '2026-05-13' });
  });

  it('reads «Bosna-Hersek ve Sırbistan’a», a name the gazetteer holds with a space, written with a hyphen (Turkish)', () => {
    expect(
      visitOf(
        "Ankara, 5 Haziran 2026 – Gelir Başkanı Ali Kaya, 1-3 Haziran tarihlerinde Bosna-Hersek ve Sırbistan'a resmi ziyaret gerçekleştirdi.\n\nKaya, Bosna-Hersek Maliye Bakanı Marko Babić ile görüştü.",
      ),
    ).toEqual({ country: 'BA', start: '2026-06-01', end: '2026-06-03' });
  });
});
