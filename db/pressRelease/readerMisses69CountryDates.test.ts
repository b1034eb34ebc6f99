import { describe, expect, it } from 'vitest';
import { datesOf, visitOf } from '../test/visitFacts.js';

describe('a tour whose earlier leg, in another country, came before the days of the visit', () => {
  it('reads the country of the dated leg when the first stop was last week', () => {
    expect(
      visitOf(
        'Bern, 4 December 2026\n\n' +
          'Rivers Fund director closes Asian tour in Thailand\n\n' +
          'The Director of the Rivers Fund, Marta Olsen, closed her Asian tour with a visit ' +
          'to Thailand from 1 to 3 December. Her tour had started last week in Hanoi, where ' +
          'she spoke at a forum on river deltas.\n\n' +
          'In Bangkok on 1 December she was received by the Minister of Water, Somchai ' +
          'Rattanakul.',
      ).country,
    ).toBe('TH');
  });

  it('reads the country of the dated leg told after «после встреч в X»', () => {
    expect(
      visitOf(
        'Омск, 10 декабря 2026 г.\n\n' +
          'Директор Омского музея Ольга Петровна Краснова вернулась из поездки по Средней ' +
          'Азии. После встреч в Ташкенте заключительная часть поездки прошла с 7 по 9 ' +
          'декабря в Бишкеке.\n\n' +
          '7 декабря её принял министр культуры Азамат Бекович Осмонов.',
      ).country,
    ).toBe('KG');
  });

  it('keeps the first stop when it is dated on the first day of the visit (guard)', () => {
    expect(
      visitOf(
        'Bern, 4 December 2026\n\n' +
          'The Director of the Rivers Fund, Marta Olsen, visited Vietnam and Thailand from ' +
          '1 to 3 December.\n\n' +
          'After talks in Hanoi on 1 December, she flew to Bangkok on 2 December, where she ' +
          'was received by the Minister of Water, Somchai Rattanakul.',
      ).country,
    ).toBe('VN');
  });

  it('keeps «после встреч в X» as the first stop when X has its own day (guard)', () => {
    expect(
      visitOf(
        'Омск, 10 декабря 2026 г.\n\n' +
          'Директор Омского музея Ольга Петровна Краснова с 6 по 9 декабря совершила поездку ' +
          'по Средней Азии. После встреч в Ташкенте 6 декабря заключительная часть поездки ' +
          'прошла с 7 по 9 декабря в Бишкеке.',
      ).country,
    ).toBe('UZ');
  });
});

describe('the town the visitor came home to after the visit', () => {
  it('reads "returned to A after a visit to B" as a visit to B, not to A', () => {
    expect(
      visitOf(
        'Oslo, 2 December 2026\n\n' +
          'The Director of the Fjord Heritage Trust, Kari Lunde, returned to Oslo on Tuesday ' +
          'after a study visit to Edinburgh and Glasgow from 28 November to 1 December.\n\n' +
          'In Glasgow she met the Director of the Clyde Maritime Trust, Ewan Baird.',
      ).country,
    ).toBe('GB');
  });

  it('still reads "returned to A" for talks there as a visit to A (guard)', () => {
    expect(
      visitOf(
        'Bern, 2 December 2026\n\n' +
          'The Director of the Rivers Fund, Marta Olsen, returned to Bangkok on 1 December ' +
          'for a second visit and met the Minister of Water, Somchai Rattanakul.',
      ).country,
    ).toBe('TH');
  });
});

describe('a Turkish visit ended by the day the visitor came home', () => {
  it('ends the visit on the day of «yurda döndü»', () => {
    expect(
      datesOf(
        'Ankara, 4 Aralık 2026\n\n' +
          'Rektör Prof. Dr. Ayşe Kaya, 30 Kasım Pazartesi günü başladığı Macaristan ' +
          "ziyaretinde Budapeşte'de görüşmeler yaptı.\n\n" +
          'Rektör Kaya 2 Aralık Çarşamba günü yurda döndü.',
      ),
    ).toEqual(['2026-11-30', '2026-12-02']);
  });

  it("still ends it on the day of «Türkiye'ye döndü» (guard)", () => {
    expect(
      datesOf(
        'Ankara, 4 Aralık 2026\n\n' +
          'Rektör Prof. Dr. Ayşe Kaya, 30 Kasım Pazartesi günü başladığı Macaristan ' +
          "ziyaretinde Budapeşte'de görüşmeler yaptı.\n\n" +
          "Rektör Kaya 2 Aralık Çarşamba günü Türkiye'ye döndü.",
      ),
    ).toEqual(['2026-11-30', '2026-12-02']);
  });
});

describe('the day a Turkish press statement was put out, after its name in the heading', () => {
  it('reads «Basın Açıklaması – <date>» as the day of issue, not a day of the visit', () => {
    expect(
      datesOf(
        'Türk Dil Vakfı Başkanlığı\n' +
          'Basın Açıklaması – 28 Kasım 2026\n\n' +
          "Vakıf Başkanı Prof. Dr. Selim Aydın, 24-26 Kasım tarihleri arasında Kanada'da " +
          "Ottawa ve Toronto'da temaslarda bulundu.",
      ),
    ).toEqual(['2026-11-24', '2026-11-26']);
  });

  it('still reads «Basın Bülteni – <date>» as the day of issue (guard)', () => {
    expect(
      datesOf(
        'Türk Dil Vakfı Başkanlığı\n' +
          'Basın Bülteni – 28 Kasım 2026\n\n' +
          "Vakıf Başkanı Prof. Dr. Selim Aydın, 24-26 Kasım tarihleri arasında Kanada'da " +
          "Ottawa ve Toronto'da temaslarda bulundu.",
      ),
    ).toEqual(['2026-11-24', '2026-11-26']);
  });
});
