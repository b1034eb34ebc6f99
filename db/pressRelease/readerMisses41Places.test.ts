import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import '../test/warmReader.js';

const days = (text: string) => {
  const { start_date, end_date } = extractDraft(text).visit;
  return [start_date, end_date];
};
const country = (text: string) => extractDraft(text).visit.places[0]?.country ?? null;

describe('a country named after an envoy’s title, before the word of his visit (Russian)', () => {
  it('is the envoy’s own country, not the one visited', () => {
    expect(
      country(
        'Правительство Пермского края\n\nПермь, 4 декабря 2026 г.\n\n' +
          'Посол Аргентины посетил Прикамье\n\n' +
          'Визит в Прикамье Чрезвычайного и Полномочного Посла Аргентины в Российской ' +
          'Федерации Хуана Переса начался в четверг. В четверг Губернатор Пермского края ' +
          'Олег Петрович Дмитриев принял посла в здании Правительства.',
      ),
    ).toBe('RU');
  });
});

describe('a site’s section and a dash before the day of issue, under the office’s name', () => {
  it('is when the release was put out, not a day of the visit', () => {
    expect(
      days(
        'Ministry of Trade\nNews – 4 December 2026\n\nMinister to visit Peru\n\n' +
          'Ann Veldmark, Minister of Trade, will pay an official visit to Peru from Tuesday ' +
          '8 December to Thursday 10 December. In Lima she will be received by the Minister ' +
          'of Production, Jorge Quispe.',
      ),
    ).toEqual(['2026-12-08', '2026-12-10']);
  });
});

describe('a weekday told “a fortnight ago”, from a dateline', () => {
  it('falls two weeks before the dateline’s week', () => {
    expect(
      days(
        'REGIONAL FISHERIES AGENCY\nPRESS RELEASE\n\nLakeside, Wednesday 2 December 2026\n\n' +
          'Director reports on her mission to Peru\n\nThe Director of the Regional Fisheries ' +
          'Agency, Ann Veldmark, today reported on the mission she began a fortnight ago, on ' +
          'Monday, in Lima and concluded on Friday 20 November in Cusco. On Tuesday she was ' +
          'received by the Minister of Production, Jorge Quispe.',
      ),
    ).toEqual(['2026-11-16', '2026-11-20']);
  });
});
