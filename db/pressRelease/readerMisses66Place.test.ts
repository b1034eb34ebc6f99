import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

const TRIP =
  "İzmir, 3 Aralık 2026 – Rektör Prof. Dr. Orhan Yalçın, 9-11 Aralık 2026 tarihlerinde Fas'ın " +
  "başkenti Rabat'ta düzenlenecek Akdeniz Mühendislik Forumuna katılacak.\n\nRektör Yalçın " +
  "forumun son günü Rabat'ta Fas Yükseköğretim Bakanı Karim Bennani ile görüşecek.";

describe("the issuing body's own name in the heading, a town its first word", () => {
  it('is no place of the visit: "İzmir Üniversitesi Rektörlüğü" over a trip to Rabat', () => {
    expect(
      visitOf(`İzmir Üniversitesi Rektörlüğü\nBasın ve Halkla İlişkiler Müdürlüğü\n\n${TRIP}`)
        .country,
    ).toBe('MA');
  });

  it('still reads a heading that tells the visit in the town as a place (guard)', () => {
    expect(
      visitOf(
        "Rektör Yalçın İzmir'de Faslı konukları ağırladı\n\nİzmir, 3 Aralık 2026 – Fas " +
          'Yükseköğretim Bakanı Karim Bennani, 2 Aralık 2026 tarihinde İzmir Ekonomi ' +
          "Üniversitesi'ni ziyaret etti ve Rektör Prof. Dr. Orhan Yalçın ile görüştü.",
      ).country,
    ).toBe('TR');
  });
});

describe("the town that opens the traveller's own title", () => {
  const TRIP =
    'Bursa Üniversitesi Rektörü Prof. Dr. Orhan Yalçın, 14 Aralık Pazartesi günü başlayacak ve ' +
    "17 Aralık Perşembe günü sona erecek bir ziyaret için Brezilya'ya gidecek.\n\nRektör Yalçın " +
    "15 Aralık'ta São Paulo'da Eyalet Tarım Sekreteri Paulo Ribeiro ile görüşecek.";

  it('is no stop of the trip: "Bursa Üniversitesi Rektörü A B, … Brezilya\'ya gidecek"', () => {
    expect(visitOf(`Ankara, 4 Aralık 2026\n\n${TRIP}`)).toEqual({
      country: 'BR',
      start: '2026-12-14',
      end: '2026-12-17',
    });
  });

  it('still reads a town the visitor goes to first, in the dative, as a stop (guard)', () => {
    expect(
      visitOf(
        "Ankara, 4 Aralık 2026\n\nRektör Prof. Dr. Orhan Yalçın, 14 Aralık'ta Lizbon'a, 15 " +
          "Aralık'ta São Paulo'ya gidecek ve 17 Aralık'ta dönecek.",
      ).country,
    ).toBe('PT');
  });
});
