import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { datesOf } from '../test/visitFacts.js';

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
