import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import '../test/warmReader.js';

const dates = (text: string) => {
  const { visit } = extractDraft(text);
  return [visit.start_date, visit.end_date];
};

describe('a Russian dateline of a town the gazetteer does not know, a full stop after its year', () => {
  const BODY =
    'Председатель Фонда северных ремёсел Ольга Вересова на следующей неделе, со вторника по ' +
    'четверг, посетит Республику Карелия.\n\nВо вторник в Петрозаводске она встретится с ' +
    'министром культуры Республики Карелия Анной Петровной Лоухиной.';

  it('reads «Тарвоград, 3 декабря 2026 года.» as the day "next week" is told from', () => {
    expect(dates(`Тарвоград, 3 декабря 2026 года. ${BODY}`)).toEqual(['2026-12-08', '2026-12-10']);
  });

  it('reads «Тарвоград, 3 декабря 2026 г.» so too', () => {
    expect(dates(`Тарвоград, 3 декабря 2026 г. ${BODY}`)).toEqual(['2026-12-08', '2026-12-10']);
  });

  it('reads a known town with a dash after its date as before (guard)', () => {
    expect(dates(`Москва, 3 декабря 2026 г. – ${BODY}`)).toEqual(['2026-12-08', '2026-12-10']);
  });
});
