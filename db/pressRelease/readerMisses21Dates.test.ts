import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a weekday written after the date it names', () => {
  it('reads «17 Kasım Salı günü … 18 Kasım Çarşamba günü» in a release of 27 Kasım as 17–18 November (Turkish)', () => {
    expect(
      visitOf(
        "Ankara\n27 Kasım 2026\n\nHırvatistan Kültür Bakanı Birliği ziyaret etti\n\nTürkiye Yazarlar Birliği Genel Başkanı Ali Kaya, 17 Kasım Salı günü Birlik binasında Hırvatistan Kültür Bakanı Ivan Horvat'ı kabul etti.\n\nHorvat, 18 Kasım Çarşamba günü Ankara'da Kültür ve Turizm Bakanı Mehmet Demir tarafından kabul edildi.",
      ),
    ).toMatchObject({ start: '2026-11-17', end: '2026-11-18' });
  });

  it('reads «17 ноября во вторник … 18 ноября в среду» in a release of 27 November as 17–18 November (Russian)', () => {
    expect(
      visitOf(
        'Москва, 27 ноября 2026 г.\n\n17 ноября во вторник руководитель Федерального агентства Иван Смирнов прибыл в Загреб, где встретился с министром культуры Хорватии Иваном Хорватом.\n\n18 ноября в среду Иван Смирнов провёл переговоры с министром финансов Хорватии Марко Приморацем.',
      ),
    ).toMatchObject({ start: '2026-11-17', end: '2026-11-18' });
  });
});
