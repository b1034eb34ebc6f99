import { extractDraft } from '../pressRelease/extractDraft.js';
import './warmReader.js';

/** The visit's country and dates as the press-release reader proposes them. */
export function visitOf(text: string) {
  const { visit } = extractDraft(text);
  return {
    country: visit.places[0]?.country ?? null,
    start: visit.start_date,
    end: visit.end_date,
  };
}

/** The visit's first and last day as the press-release reader proposes them. */
export function datesOf(text: string): [string | null, string | null] {
  const { start, end } = visitOf(text);
  return [start, end];
}
