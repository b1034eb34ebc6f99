import { describe, expect, it } from 'vitest';
import { datesOf, visitOf } from '../test/visitFacts.js';

describe('a period whose ends are told by the part of the day', () => {
  it('reads "from the evening of Friday 11 to the morning of Monday 14 December" whole', () => {
    expect(
      datesOf(
        'Halden, 2 December 2026\n\nThe Director of the Halden Water Trust, Anna Weller, will ' +
          'be in Ruritania from the evening of Friday 11 to the morning of Monday 14 December ' +
          'to meet river engineers.\n\nOn Saturday 12 December Dr Weller will visit the Strel ' +
          'dam and meet its director, Tomas Velin.',
      ),
    ).toEqual(['2026-12-11', '2026-12-14']);
  });

  it('still reads "from Friday 11 to Monday 14 December" (guard)', () => {
    expect(
      datesOf(
        'Halden, 2 December 2026\n\nThe Director of the Halden Water Trust, Anna Weller, will ' +
          'visit Ruritania from Friday 11 to Monday 14 December to meet river engineers.',
      ),
    ).toEqual(['2026-12-11', '2026-12-14']);
  });
});

describe('a visit told as made "last week", its days dated', () => {
  const LEAD =
    'Halden, 23 November 2026\n\nThe Director of the Halden Water Trust, Anna Weller, travelled ' +
    'through Ruritania last week, from Monday the ninth to Thursday the twelfth of November, to ' +
    'meet river engineers.\n\n';

  it('reads the dates after "last week" as the visit\'s', () => {
    expect(
      datesOf(
        `${LEAD}On Wednesday Dr Weller was in Strelna, where she met the Mayor of Strelna, ` +
          'Tomas Velin.\n\nThe visit ended on Thursday in Kovar.',
      ),
    ).toEqual(['2026-11-09', '2026-11-12']);
  });

  it('still leaves the day two people "last met" to the past (guard)', () => {
    expect(
      datesOf(
        'Halden, 23 November 2026\n\nThe Director of the Halden Water Trust, Anna Weller, ' +
          'visited Ruritania on 20 and 21 November. She and the Minister of Water, Tomas ' +
          'Velin, last met on 4 March in Geneva.',
      ),
    ).toEqual(['2026-11-20', '2026-11-21']);
  });
});

describe('a visit moved to new days, the old ones named first', () => {
  it('reads «первоначально намеченный на 2–4 декабря, перенесён на 14–16 декабря» as the new days', () => {
    expect(
      datesOf(
        'Москва, 1 декабря 2026 года\n\nВизит председателя Совета северных вод Марины ' +
          'Елизаровой в Руританию, первоначально намеченный на 2–4 декабря, перенесён на 14–16 ' +
          'декабря в связи с заседанием Совета.',
      ),
    ).toEqual(['2026-12-14', '2026-12-16']);
  });

  it('reads «перенесён с 2–4 декабря на 14–16 декабря» as the new days', () => {
    expect(
      datesOf(
        'Москва, 1 декабря 2026 года\n\nВизит председателя Совета северных вод Марины ' +
          'Елизаровой в Руританию перенесён с 2–4 декабря на 14–16 декабря.',
      ),
    ).toEqual(['2026-12-14', '2026-12-16']);
  });

  it('reads "postponed from 2–4 December to 14–16 December" as the new days', () => {
    expect(
      datesOf(
        'Halden, 1 December 2026\n\nThe visit of the Director of the Halden Water Trust, Anna ' +
          'Weller, to Ruritania has been postponed from 2–4 December to 14–16 December.',
      ),
    ).toEqual(['2026-12-14', '2026-12-16']);
  });

  it("still reads «намеченный на 14–16 декабря» as the visit's days (guard)", () => {
    expect(
      datesOf(
        'Москва, 1 декабря 2026 года\n\nВизит председателя Совета северных вод Марины ' +
          'Елизаровой в Руританию, намеченный на 14–16 декабря, пройдёт по плану.',
      ),
    ).toEqual(['2026-12-14', '2026-12-16']);
  });
});

describe('a Turkish period whose month is said once, with its first day', () => {
  it("reads «24 Kasım Salı'dan 26'sı Perşembe'ye kadar» as the 24th to the 26th", () => {
    expect(
      datesOf(
        "Ankara, 27 Kasım 2026\n\nKuzey Sular Konseyi Başkanı Ayşe Kaplan, 24 Kasım Salı'dan " +
          "26'sı Perşembe'ye kadar Ruritanya'da resmî temaslarda bulundu.",
      ),
    ).toEqual(['2026-11-24', '2026-11-26']);
  });

  it("reads «3 Aralık'tan 5'ine kadar» as the 3rd to the 5th", () => {
    expect(
      datesOf(
        "Ankara, 7 Aralık 2026\n\nKuzey Sular Konseyi Başkanı Ayşe Kaplan, 3 Aralık'tan " +
          "5'ine kadar Ruritanya'da bulundu.",
      ),
    ).toEqual(['2026-12-03', '2026-12-05']);
  });

  it("still reads «3 Aralık Perşembe'den 5 Aralık Cumartesi'ye kadar» (guard)", () => {
    expect(
      datesOf(
        'Ankara, 7 Aralık 2026\n\nKuzey Sular Konseyi Başkanı Ayşe Kaplan, 3 Aralık ' +
          "Perşembe'den 5 Aralık Cumartesi'ye kadar Ruritanya'da bulundu.",
      ),
    ).toEqual(['2026-12-03', '2026-12-05']);
  });
});

describe('a visit under way, told by the day of arrival and the day of return', () => {
  const TRIP =
    'Ankara, 5 Aralık 2026 – Kuzey Sular Konseyi Başkanı Ayşe Kaplan başkanlığındaki heyet, ' +
    "3 Aralık akşamı Halep'e ulaştı. ";

  it("ends the visit on the day the delegation «Türkiye'ye dönecek»", () => {
    expect(
      datesOf(
        `${TRIP}Heyetin 6 Aralık sabahı Türkiye'ye dönmesi planlanıyor.\n\nBaşkan Kaplan, 4 ` +
          'Aralık Cuma günü Halep Valisi Tarık Demir tarafından kabul edildi.',
      ),
    ).toEqual(['2026-12-03', '2026-12-06']);
  });

  it('ends an English visit on the day the delegation "will return home"', () => {
    expect(
      datesOf(
        'Halden, 5 December 2026 – The delegation of the Halden Water Trust arrived in ' +
          'Ruritania on the evening of 3 December. It will return home on 6 December.\n\nOn ' +
          'Friday 4 December the Director was received by the Minister of Water, Tomas Velin.',
      ),
    ).toEqual(['2026-12-03', '2026-12-06']);
  });

  it('places a visit to a city named by its Turkish name in its country', () => {
    expect(
      visitOf(
        "Başkan Kaplan Halep'te su iş birliğini görüşüyor\n\n" +
          `${TRIP}Başkan Kaplan, Halep Valisi Tarık Demir ile görüştü.`,
      ).country,
    ).toBe('SY');
  });

  it('leaves a later day told of no return alone (guard)', () => {
    expect(
      datesOf(
        `${TRIP}Başkan Kaplan, 4 Aralık Cuma günü Halep Valisi Tarık Demir tarafından kabul ` +
          "edildi. Konsey raporunu 20 Aralık'ta yayımlayacak.",
      ),
    ).toEqual(['2026-12-03', '2026-12-04']);
  });
});
