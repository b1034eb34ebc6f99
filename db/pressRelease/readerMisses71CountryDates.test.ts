import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { datesOf, visitOf } from '../test/visitFacts.js';

/** The visit's first and last day of a release read on 6 December 2026. */
function readOnSixth(text: string): [string | null, string | null] {
  const { visit } = extractDraft(text, { readOn: '2026-12-06' });
  return [visit.start_date, visit.end_date];
}

describe("a news agency's dateline with no year and its reporter's byline", () => {
  it('reads "TOWN, Dec. 4 (Agency) — by A B" as put out on 4 December', () => {
    expect(
      readOnSixth(
        'BISHKEK, Dec. 4 (Tovar) — by Aida Kerimova Thu\n\nFund chief ends Kyrgyz trip\n\n' +
          'The head of the Halden Relief Fund, Anna Weller, ended a three-day visit to ' +
          'Kyrgyzstan on Thursday. She arrived in Bishkek on Tuesday, Dec. 1, and met the ' +
          'Minister of Labour, Bakyt Osmonov.',
      ),
    ).toEqual(['2026-12-01', '2026-12-03']);
  });

  it('reads «ГОРОД, 2 декабря. /Агентство/. Автор: А Б» as put out on 2 December', () => {
    expect(
      readOnSixth(
        'ТАШКЕНТ, 2 декабря. /ВЕСТ/. Автор: Ирина Соколова.\n\nРектор завершил визит\n\n' +
          'Ректор Камского университета Иван Петрович Соколов завершил в среду трехдневный ' +
          'визит в Узбекистан. Визит начался 30 ноября в Ташкенте, где ректора принял министр ' +
          'высшего образования Алишер Каримов.',
      ),
    ).toEqual(['2026-11-30', '2026-12-02']);
  });

  it('reads "ŞEHİR, 3 Aralık (Ajans) - Muhabir: A B" as put out on 3 December', () => {
    expect(
      readOnSixth(
        'BAKÜ, 3 Aralık (HB) - Muhabir: Selin Aksoy\n\nBakan Yılmaz Azerbaycan temaslarını ' +
          "tamamladı\n\nTicaret Bakanı Ahmet Yılmaz, Azerbaycan'daki iki günlük temaslarını " +
          "bugün tamamladı. Bakan Yılmaz, dün Bakü'ye geldi ve Ekonomi Bakanı Elnur Aliyev ile " +
          'görüştü.',
      ),
    ).toEqual(['2026-12-02', '2026-12-03']);
  });

  it('still reads a dateline with its year and a first sentence after its dash (guard)', () => {
    expect(
      datesOf(
        'BISHKEK, 4 December 2026 (Tovar) — The head of the Halden Relief Fund, Anna Weller, ' +
          'ended a three-day visit to Kyrgyzstan on Thursday. She arrived in Bishkek on ' +
          'Tuesday, 1 December, and met the Minister of Labour, Bakyt Osmonov.',
      ),
    ).toEqual(['2026-12-01', '2026-12-03']);
  });
});

describe('days told by their weekday and their number alone, the month in the heading', () => {
  it('reads "from Monday the 14th to Wednesday the 16th for …" in a release of December', () => {
    expect(
      datesOf(
        'Oslo, 3 December 2026\n\nThe Director to visit Latvia\n\nThe Director of the Halden ' +
          'Relief Fund, Anna Weller, will visit Latvia from Monday the 14th to Wednesday the ' +
          '16th for the opening of a shelter. On Monday the 14th she will be received in Riga ' +
          'by the Minister of Welfare, Inga Ozola. The visit will end on Wednesday the 16th ' +
          'with a meeting with the Mayor of Liepaja, Janis Berzins.',
      ),
    ).toEqual(['2026-12-14', '2026-12-16']);
  });

  it("reads «14'ü Pazartesi günü gidip 17'si Perşembe gününe kadar» in a release of December", () => {
    expect(
      datesOf(
        "Ankara, 4 Aralık 2026\n\nDernek heyeti Letonya'ya gidiyor\n\nDernek Başkanı Ahmet " +
          "Yılmaz başkanlığındaki heyet, 14'ü Pazartesi günü Riga'ya giderek 17'si Perşembe " +
          "gününe kadar Letonya'da temaslarda bulunacak. Heyet, 15'i Salı günü Refah Bakanı " +
          'Inga Ozola tarafından kabul edilecek.',
      ),
    ).toEqual(['2026-12-14', '2026-12-17']);
  });

  it('still reads "the 16th century" as no day (guard)', () => {
    expect(
      datesOf(
        'Oslo, 3 December 2026\n\nThe Director of the Halden Relief Fund, Anna Weller, visited ' +
          'Latvia on 1 and 2 December 2026. On Tuesday the 16th-century town hall of Riga ' +
          'hosted her talks with the Minister of Welfare, Inga Ozola.',
      ),
    ).toEqual(['2026-12-01', '2026-12-02']);
  });
});

describe('a visit planned for a period and ended early on a weekday', () => {
  it('reads "visit, planned from Monday 23 to Friday 27 November, ended on Thursday"', () => {
    expect(
      datesOf(
        'Oslo, 28 November 2026\n\nThe Director of the Halden Relief Fund, Anna Weller, came ' +
          'home after her visit to Latvia, planned from Monday 23 to Friday 27 November, ended ' +
          'on Thursday because of a strike at the airport. On Monday she met the Minister of ' +
          'Welfare, Inga Ozola.',
      ),
    ).toEqual(['2026-11-23', '2026-11-26']);
  });

  it('still reads a visit held "from Monday 23 to Friday 27 November" to its end (guard)', () => {
    expect(
      datesOf(
        'Oslo, 28 November 2026\n\nThe Director of the Halden Relief Fund, Anna Weller, ' +
          'visited Latvia from Monday 23 to Friday 27 November and ended on Thursday her talks ' +
          'with the Minister of Welfare, Inga Ozola.',
      ),
    ).toEqual(['2026-11-23', '2026-11-27']);
  });
});

describe('a stay told as ended today in a sentence with no date, its first day dated after', () => {
  it('reads "concluded a two-day visit to A today. On Sunday 29 November …" to the 30th', () => {
    expect(
      datesOf(
        'Media release\n\n30 November 2026\n\nMinister visits Latvia\n\nThe Minister for Trade, ' +
          'Anna Weller, concluded a two-day visit to Riga today. On Sunday 29 November the ' +
          'Minister held talks with the Minister of Welfare, Inga Ozola.',
      ),
    ).toEqual(['2026-11-29', '2026-11-30']);
  });

  it('still reads a one-day stay dated in its own sentence (guard)', () => {
    expect(
      datesOf(
        'Media release\n\n30 November 2026\n\nMinister visits Latvia\n\nThe Minister for Trade, ' +
          'Anna Weller, visited Riga on Sunday 29 November and held talks with the Minister of ' +
          'Welfare, Inga Ozola.',
      ),
    ).toEqual(['2026-11-29', '2026-11-29']);
  });
});

describe("the day a release was put out after the release's number", () => {
  it('reads "No: 42, 27 Kasım 2026" as the day the release was put out', () => {
    expect(
      datesOf(
        'Yayla Derneği\n\nNo: 42, 27 Kasım 2026\n\nDernek Başkanının Letonya Ziyareti Hk.\n\n' +
          'Dernek Başkanı Ahmet Yılmaz, 24-26 Kasım 2026 tarihlerinde Letonya’ya resmi bir ' +
          "ziyaret gerçekleştirmiştir.\n\nBaşkan Yılmaz, 24 Kasım'da Riga'da Refah Bakanı Inga " +
          "Ozola ile görüşmüştür. Başkan Yılmaz 26 Kasım'da Liepaja'ya geçerek Belediye " +
          'Başkanı Janis Berzins ile görüşmüştür.',
      ),
    ).toEqual(['2026-11-24', '2026-11-26']);
  });

  it('still reads a heading of a number and a date that tells the visit (guard)', () => {
    expect(
      datesOf(
        'Yayla Derneği\n\n27 Kasım 2026\n\nDernek Başkanı Ahmet Yılmaz, 24-26 Kasım 2026 ' +
          "tarihlerinde Letonya'ya resmi bir ziyaret gerçekleştirmiştir. Başkan Yılmaz, 24 " +
          "Kasım'da Riga'da Refah Bakanı Inga Ozola ile görüşmüştür.",
      ),
    ).toEqual(['2026-11-24', '2026-11-26']);
  });
});

describe("a Turkish visit told in the country's capital, the country in the genitive", () => {
  it("reads «X'in başkenti Y'de temaslarda bulundu» as a visit to X", () => {
    expect(
      visitOf(
        'Ankara, 3 Aralık 2026\n\nTürkiye Yayla Vakfı Başkanı Ahmet Yılmaz, 1-2 Aralık 2026 ' +
          "tarihlerinde Letonya'nın başkenti Valdora'da temaslarda bulundu. Başkan Yılmaz, Refah " +
          'Bakanı Inga Ozola ile bir araya geldi.',
      ).country,
    ).toBe('LV');
  });

  it("still reads «X'in Y bölgesinde temaslarda bulundu» as a visit to X (guard)", () => {
    expect(
      visitOf(
        'Ankara, 3 Aralık 2026\n\nTürkiye Yayla Vakfı Başkanı Ahmet Yılmaz, 1-2 Aralık 2026 ' +
          "tarihlerinde Letonya'nın Kurzeme bölgesinde temaslarda bulundu. Başkan Yılmaz, Refah " +
          'Bakanı Inga Ozola ile bir araya geldi.',
      ).country,
    ).toBe('LV');
  });
});
