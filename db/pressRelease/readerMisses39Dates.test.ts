import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';
import { weekdayDates } from './pressDates.js';

describe('the hour a release was updated is no day of the visit', () => {
  it('reads an "Updated" line with its hour and time zone as the stamp', () => {
    expect(
      visitOf(
        `ALPINE RAIL UNION\n\nInnsbruck, Austria\n9 March 2026\nUpdated 9 March 2026, 11:30 CET\n\nMEDIA RELEASE\n\nUnion director ends visits to Slovenia\n\nThe Director of the Alpine Rail Union, Lorenz Haberl-Stocker, has returned to Innsbruck after visiting rail operators in Slovenia from 3 to 5 March.\n\nIn Ljubljana he met the Minister of Infrastructure of Slovenia, Tadeja Kovačič Brezar.`,
      ),
    ).toEqual({ country: 'SI', start: '2026-03-03', end: '2026-03-05' });
  });

  it('reads "(updated …)" after the day of issue as the stamp too', () => {
    expect(
      visitOf(
        `Alpine Rail Union\n\nNews release – 9 March 2026 (updated 9 March 2026, 11:30 GMT)\n\nUnion director visits Slovenia\n\nThe Director of the Alpine Rail Union, Lorenz Haberl-Stocker, visited Slovenia between Monday 2 March and Wednesday 4 March.\n\nIn Ljubljana he met the Minister of Infrastructure of Slovenia, Tadeja Kovačič Brezar.`,
      ),
    ).toEqual({ country: 'SI', start: '2026-03-02', end: '2026-03-04' });
  });
});

describe('days of the month told without their month', () => {
  it('reads "the 3rd and 4th in <town>" as both days', () => {
    expect(
      visitOf(
        `ALPINE RAIL UNION\n\nInnsbruck, 9 March 2026\n\nThe Director of the Alpine Rail Union, Lorenz Haberl-Stocker, visited Slovenia and Croatia, where he spent the 1st and 2nd of March in Ljubljana and the 3rd and 4th in Zagreb.\n\nIn Ljubljana he met the Minister of Infrastructure of Slovenia, Tadeja Kovačič Brezar.`,
      ),
    ).toEqual({ country: 'SI', start: '2026-03-01', end: '2026-03-04' });
  });
});

describe('Turkish weekdays and weekends told without a date', () => {
  it('reads «önümüzdeki hafta pazartesiden perşembeye kadar» as next week', () => {
    expect(
      visitOf(
        `ANADOLU LOJİSTİK DERNEĞİ\n\nBASIN BÜLTENİ\n\nİzmir, 6 Mart 2026, Cuma\n\nDernek Başkanı Mert Kayacan Tepebaşıoğlu başkanlığındaki heyet, önümüzdeki hafta pazartesiden perşembeye kadar Slovenya'yı ziyaret edecek.\n\nHeyet, pazartesi günü Ljubljana'da Slovenya Altyapı Bakanı Tadeja Kovačič Brezar'la görüşecek.`,
      ),
    ).toEqual({ country: 'SI', start: '2026-03-09', end: '2026-03-12' });
  });

  it('reads «geçen hafta sonu ve pazartesi» as that weekend and the Monday after', () => {
    expect(
      visitOf(
        `ANADOLU LOJİSTİK DERNEĞİ\n\nİzmir – 4 Mart 2026\n\nDernek Başkanı Mert Kayacan Tepebaşıoğlu başkanlığındaki heyet, geçen hafta sonu Slovenya'da temaslarda bulundu, pazartesi günü ise Hırvatistan'ın Zagreb kentine geçti.\n\nCumartesi günü Ljubljana'da Slovenya Altyapı Bakanı Tadeja Kovačič Brezar ile görüşen Tepebaşıoğlu, liman bağlantılarını ele aldı.`,
      ),
    ).toEqual({ country: 'SI', start: '2026-02-28', end: '2026-03-02' });
  });

  it('reads no weekend in «hafta sonu» without its week, which may tell one of its days', () => {
    expect(weekdayDates("Heyet hafta sonu da Hırvatistan'da kalacak.", '2026-03-04')).toEqual([]);
  });
});
