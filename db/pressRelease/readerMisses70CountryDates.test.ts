import { describe, expect, it } from 'vitest';
import { datesOf, visitOf } from '../test/visitFacts.js';

describe('a people named by its country beside the country visited', () => {
  it('reads "visits Afghan families in Iran" as a visit to Iran', () => {
    expect(
      visitOf(
        'Oslo, 4 December 2026\n\nThe Director visits Afghan families in Iran\n\n' +
          'The Director of the Halden Relief Fund, Anna Weller, has returned from a visit to ' +
          'Iran from 30 November to 3 December 2026. In Tehran she met the Director of the ' +
          'Office of Migrants, Reza Tavakoli.',
      ).country,
    ).toBe('IR');
  });

  it('still reads "visits Afghanistan" as a visit to Afghanistan (guard)', () => {
    expect(
      visitOf(
        'Oslo, 4 December 2026\n\nThe Director visits Afghanistan\n\n' +
          'The Director of the Halden Relief Fund, Anna Weller, visited Afghanistan from 30 ' +
          'November to 3 December 2026 and met the Minister of Refugees, Karim Nadiri.',
      ).country,
    ).toBe('AF');
  });
});

describe('a town unknown to the reader, its country in brackets after it', () => {
  it('reads «посетит Городок (Республика Корея)» as a visit to Korea', () => {
    expect(
      visitOf(
        'Хабаровск, 3 декабря 2026 г.\n\nПрезидент палаты Иван Петрович Соколов в эти ' +
          'выходные посетит Чхонсан (Республика Корея). Цель поездки — новая линия Хабаровск — ' +
          'Чхонсан. В субботу его примет мэр города Ким Дон-хо.',
      ).country,
    ).toBe('KR');
  });

  it('reads "will visit Townsend (Republic of Korea)" as a visit to Korea', () => {
    expect(
      visitOf(
        'Vladivostok, 3 December 2026\n\nThe President of the Chamber, Ivan Sokolov, will visit ' +
          'Chongsan (Republic of Korea) this weekend to prepare a shipping line Vladivostok – ' +
          'Chongsan. On Saturday he will be received by the Mayor, Kim Dong-ho.',
      ).country,
    ).toBe('KR');
  });
});

describe("Russia's republics by their Turkish names", () => {
  it("reads «Çuvaşistan Cumhuriyeti'nin başkenti X'i ziyaret etti» as a visit to Russia", () => {
    expect(
      visitOf(
        "Birlik heyeti Çuvaşistan'da\n\nAnkara, 2 Aralık 2026 – Birlik Genel Sekreteri Ali " +
          'Kaya başkanlığındaki heyet, 28 Kasım-1 Aralık 2026 tarihlerinde Çuvaşistan ' +
          "Cumhuriyeti'nin başkenti Kanaşkar'ı ziyaret etti. Heyet Belediye Başkanı Pavel " +
          'Orlov ile görüştü.',
      ).country,
    ).toBe('RU');
  });

  it("still reads a visit to Kazakhstan's town as one to Kazakhstan (guard)", () => {
    expect(
      visitOf(
        "Ankara, 2 Aralık 2026 – Birlik heyeti 28 Kasım-1 Aralık 2026 tarihlerinde Kazakistan'ı " +
          'ziyaret etti ve Belediye Başkanı Aydar Nurlanov ile görüştü.',
      ).country,
    ).toBe('KZ');
  });
});

describe('a date of another calendar beside the Gregorian one', () => {
  it('reads "18 December 2569 BE (18 December 2026)" as 18 December 2026', () => {
    expect(
      datesOf(
        'Leeds, 4 December 2026 — The Chief Executive, Anna Weller, will visit Laos from 14 to ' +
          '18 December. In Vientiane she will meet the Director of the Clearance Authority, ' +
          'Dr Bounmy Sayavong, and the signing of the agreement is planned at the Authority on ' +
          '18 December 2569 BE (18 December 2026).',
      ),
    ).toEqual(['2026-12-14', '2026-12-18']);
  });

  it('still reads a plain "18 December 2026" (guard)', () => {
    expect(
      datesOf(
        'Leeds, 4 December 2026 — The Chief Executive, Anna Weller, will visit Laos from 14 to ' +
          '18 December. The agreement will be signed on 18 December 2026.',
      ),
    ).toEqual(['2026-12-14', '2026-12-18']);
  });
});
