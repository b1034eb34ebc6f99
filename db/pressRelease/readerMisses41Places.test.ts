import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';

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
