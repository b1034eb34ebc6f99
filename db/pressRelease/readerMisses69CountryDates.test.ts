import { describe, expect, it } from 'vitest';
import { datesOf } from '../test/visitFacts.js';

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
