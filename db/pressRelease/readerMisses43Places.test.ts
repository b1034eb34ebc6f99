import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';

const days = (text: string) => {
  const { start_date, end_date } = extractDraft(text).visit;
  return [start_date, end_date];
};
const country = (text: string) => extractDraft(text).visit.places[0]?.country ?? null;

// A release dated on two lines, a town named with its river above the date.
const riverDateline =
  'NORTHERN TRADE BANK\n\nPress release\n\nDresden an der Elbe\n4 December 2026\n\n' +
  'Bank visit to the coast\n\n' +
  'The Chair of the Northern Trade Bank, Ann Veldmark, will travel to the Kenyan coast in the ' +
  'second week of December, Tuesday to Thursday.\n\nOn Tuesday, in Mombasa, she will hold ' +
  'talks with the Governor, Jan Novak.';

describe('a dateline’s town named with its river, on a line above the date', () => {
  it('is the issuing office’s, not the place of the visit', () => {
    expect(country(riverDateline)).toBe('KE');
  });

  it('dates the release, so a week of the month told after it is read from it', () => {
    expect(days(riverDateline)).toEqual(['2026-12-08', '2026-12-10']);
  });
});
