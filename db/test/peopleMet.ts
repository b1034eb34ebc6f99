import { extractDraft } from '../pressRelease/extractDraft.js';

/** The names of everyone the reader finds met in a release, meeting by meeting. */
export function met(text: string): string[] {
  return extractDraft(text).meetings.flatMap((m) => m.participants.map((p) => p.name));
}
