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
  it('reads "from Tuesday the 8th to Thursday the 10th for …" in a release of December', () => {
    expect(
      datesOf(
        'Oslo, 3 December 2026\n\nThe Director to visit Latvia\n\nThe Director of the Halden ' +
          'Relief Fund, Anna Weller, will visit Latvia from Tuesday the 8th to Thursday the ' +
          '10th for the opening of a shelter. On Tuesday the 8th she will be received in Riga ' +
          'by the Minister of Welfare, Inga Ozola. The visit will end on Thursday the 10th ' +
          'with a meeting with the Mayor of Liepaja, Janis Berzins.',
      ),
    ).toEqual(['2026-12-08', '2026-12-10']);
  });

  it("reads «8'i Salı günü varıp 10'u Perşembe gününe kadar kalacak» in a release of December", () => {
    expect(
      datesOf(
        "Ankara, 3 Aralık 2026\n\nDernek heyeti Letonya'ya gidiyor\n\nDernek Başkanı Ahmet " +
          "Yılmaz ve beraberindeki heyet 8'i Salı günü Riga'ya varıp 10'u Perşembe gününe " +
          "kadar Letonya'da kalacak. Heyet, 9'u Çarşamba günü Refah Bakanı Inga Ozola " +
          'tarafından kabul edilecek.',
      ),
    ).toEqual(['2026-12-08', '2026-12-10']);
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
  it('reads "stay, planned from Monday 7 to Friday 11 December, ended on Wednesday"', () => {
    expect(
      datesOf(
        'Oslo, 10 December 2026\n\nThe Director of the Halden Relief Fund, Anna Weller, is ' +
          'back in Oslo: her stay in Latvia, planned from Monday 7 to Friday 11 December, ' +
          'ended on Wednesday as a strike shut the airport. On Monday she met the Minister of ' +
          'Welfare, Inga Ozola.',
      ),
    ).toEqual(['2026-12-07', '2026-12-09']);
  });

  it('still reads a visit held "from Monday 7 to Friday 11 December" to its end (guard)', () => {
    expect(
      datesOf(
        'Oslo, 12 December 2026\n\nThe Director of the Halden Relief Fund, Anna Weller, ' +
          'visited Latvia from Monday 7 to Friday 11 December and ended on Wednesday her talks ' +
          'with the Minister of Welfare, Inga Ozola.',
      ),
    ).toEqual(['2026-12-07', '2026-12-11']);
  });
});

describe('a stay told as ended today in a sentence with no date, its first day dated after', () => {
  it('reads "concluded a two-day stay in A today. On Sunday 6 December …" to the 7th', () => {
    expect(
      datesOf(
        'Media release\n\n7 December 2026\n\nMinister visits Latvia\n\nThe Minister for Trade, ' +
          'Anna Weller, concluded a two-day stay in Riga today. On Sunday 6 December the ' +
          'Minister held talks with the Minister of Welfare, Inga Ozola.',
      ),
    ).toEqual(['2026-12-06', '2026-12-07']);
  });

  it('still reads a one-day stay dated in its own sentence (guard)', () => {
    expect(
      datesOf(
        'Media release\n\n7 December 2026\n\nMinister visits Latvia\n\nThe Minister for Trade, ' +
          'Anna Weller, visited Riga on Sunday 6 December and held talks with the Minister of ' +
          'Welfare, Inga Ozola.',
      ),
    ).toEqual(['2026-12-06', '2026-12-06']);
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
