import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import '../test/warmReader.js';

const days = (text: string) => {
  const { start_date, end_date } = extractDraft(text).visit;
  return [start_date, end_date];
};
const country = (text: string) => extractDraft(text).visit.places[0]?.country ?? null;

describe('a dateline after the issuing office and a dash, on a heading line', () => {
  it('tells the weekdays of the week of issue from the dateline’s date', () => {
    expect(
      days(
        'Regional Water Authority\n\nHead Office – Lakeside, 4 December 2026\n\nPRESS RELEASE\n\n' +
          'Water talks in Mali\n\nThe Director of the Regional Water Authority, Ann Veldmark, ' +
          'paid a working visit to Mali earlier this week, from Monday to Wednesday. On Monday ' +
          'she held talks with the Minister of Water, Oumar Diallo.',
      ),
    ).toEqual(['2026-11-30', '2026-12-02']);
  });
});

describe('a dateline on its own line after three heading lines', () => {
  it('is the day of issue, not a day of the visit', () => {
    expect(
      days(
        'Development Fund of the Pacific\n\nPRESS RELEASE\n\nFund head to visit Fiji and Samoa' +
          '\n\nLondon, 4 December 2026\n\nThe Fund’s Chief Executive, Ann Veldmark, will travel ' +
          'to Fiji over the weekend of 12–13 December, before continuing to Apia, Samoa, on ' +
          'Monday 14 December. On Saturday in Suva she will be received by the Minister of ' +
          'Finance, Jone Ravula.',
      ),
    ).toEqual(['2026-12-12', '2026-12-14']);
  });
});

describe('a language named with «Dili» after its people’s name (Turkish)', () => {
  it('is no town of Timor-Leste', () => {
    expect(
      country(
        'Kayseri, 4 Aralık 2026\n\nRektör Yılmaz Rusya Federasyonu’nda temaslarda bulundu. ' +
          'Heyet, bu hafta Rusya Federasyonu’na bağlı Tataristan Cumhuriyeti’ni ziyaret etti. ' +
          'Pazartesi günü Tatar Dili ve Edebiyatı Merkezi Başkanı Ayrat Nurullin ile görüştü.',
      ),
    ).toBe('RU');
  });
});
