import { describe, expect, it } from 'vitest';
import { datesOf } from '../test/visitFacts.js';

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
