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
