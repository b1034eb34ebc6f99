import type { DraftMeeting } from './draft.js';
import { COURTESY_STYLE, DEAD_BEFORE_NAME, SHORT_STYLE } from './nameWords.js';

// A name of capitalised words, initials and hyphens among them: "A B", "K. R. C", "D E-F". A
// full stop ends it, but after an initial.
const NAME_WORD = String.raw`\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|(?:de|da|dos|del|van|von|bin|binti)(?=\s+\p{Lu})))*`;

// A note that corrects a name the release first spelt wrong: "Correction: an earlier version of
// this release misspelled the name of the Director. He is A B, not A C."; "The name of the
// Director is A B, not A C."; "A C should read A B."; «Исправление: … фамилия директора была
// указана неверно. Правильно: A B»; "Düzeltme: … adı "A C" olarak yanlış yazılmıştır. Doğrusu "A
// B" olacaktır.". Only a paragraph that speaks of the spelling or of a correction is read so.
const CORRECTION_NOTE =
  /\b(?:correct(?:ion|ed|s)?|misspel(?:led|t|ling)|spell(?:ing|ed|t))\b|(?<!\p{L})(?:[Ии]справлени|[Пп]оправк|неверно|ошибочно|Düzeltme|yanlış\s+yazıl)/iu;
const RIGHT_NOT_WRONG = new RegExp(
  String.raw`\b(?:is|was|are|reads?|should\s+read|spelt|spelled)\s+(${NAME}),?\s+not\s+(${NAME})`,
  'gu',
);
const WRONG_SHOULD_READ = new RegExp(
  String.raw`(?<![\p{L}.])(${NAME})\s+should\s+(?:have\s+)?read\s+(${NAME})`,
  'gu',
);
// Turkish names the wrong spelling in quotation marks, then the right one after "Doğrusu".
const WRONG_THEN_RIGHT_TR = new RegExp(
  String.raw`["“](${NAME})["”]\s+olarak\s+yanlış\s+yazıl\p{L}*[^.]*\.\s*Doğrusu\s*:?\s*["“]?(${NAME})`,
  'gu',
);
// Russian may give the right spelling alone: «Правильно: A B», «Правильное написание: A B»,
// «следует читать: A B». The name met so far with the same given name is the one it corrects.
const RIGHT_ALONE_RU = new RegExp(
  String.raw`(?<!\p{L})(?:[Пп]равильно|[Пп]равильное\s+написание|следует\s+читать)\s*[:—–-]?\s*(${NAME})`,
  'gu',
);

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The spellings a release corrects in a note of its own, wrong spelling first (none where the note
 * gives the right one alone): a reader files the name as corrected, never as first written.
 */
function correctedNames(text: string): Array<[string | null, string]> {
  const pairs: Array<[string | null, string]> = [];
  for (const paragraph of text.split(/\n+/u)) {
    if (!CORRECTION_NOTE.test(paragraph)) continue;
    for (const m of paragraph.matchAll(RIGHT_NOT_WRONG)) pairs.push([m[2]!, m[1]!]);
    for (const m of paragraph.matchAll(WRONG_SHOULD_READ)) pairs.push([m[1]!, m[2]!]);
    for (const m of paragraph.matchAll(WRONG_THEN_RIGHT_TR)) pairs.push([m[1]!, m[2]!]);
    for (const m of paragraph.matchAll(RIGHT_ALONE_RU)) pairs.push([null, m[1]!]);
  }
  return pairs.filter(([wrong, right]) => wrong !== right);
}

/**
 * Files everyone met under the spelling of the name the release's note of correction gives: "He
 * is A B, not A C" makes "A C" met "A B"; a surname corrected alone ("B, not C") is corrected in
 * the full name.
 */
export function withCorrectedNames(meetings: DraftMeeting[], text: string): void {
  const pairs = correctedNames(text);
  if (pairs.length === 0) return;
  for (const p of meetings.flatMap((m) => m.participants)) {
    for (const [wrong, right] of pairs) {
      if (wrong === null) {
        // The right spelling alone corrects the name of as many words with the same given name.
        const [given, ...rest] = right.split(/\s+/u);
        const words = p.name.split(/\s+/u);
        if (words[0] === given && words.length === rest.length + 1 && p.name !== right)
          p.name = right;
        continue;
      }
      const within = new RegExp(`(?<![\\p{L}.])${escaped(wrong)}(?![\\p{L}])`, 'u');
      if (within.test(p.name)) p.name = p.name.replace(within, right);
    }
  }
  // One met twice, first under each spelling, is met once.
  for (const m of meetings) {
    const seen = new Set<string>();
    m.participants = m.participants.filter((p) => !seen.has(p.name) && seen.add(p.name));
  }
}

// The words that say one has died before a name, and a style between them at most: "founded by
// the late Dr. A B in 1991", "a school named for the late Chief C D", "merhum Kral E F".
const STYLES_BEFORE = `(?:(?:${SHORT_STYLE}|${COURTESY_STYLE}|Professor|President|King|Queen|Kral|Kraliçe)\\s+)*`;

/**
 * Leaves out one the release names as dead ("the late A B", "merhum A B"): someone who has died is
 * named in memory, never met. A name in a case of its own after the words («покойного короля A B»)
 * is left out where it is read (foreignPeople.ts), as it no longer stands in the text as met.
 */
export function withoutTheLate(meetings: DraftMeeting[], text: string): void {
  const dead = new RegExp(`(?<![\\p{L}])(?:${DEAD_BEFORE_NAME})\\s`, 'u');
  if (!dead.test(text)) return;
  for (const m of meetings)
    m.participants = m.participants.filter(
      (p) =>
        !new RegExp(
          `(?<![\\p{L}])(?:${DEAD_BEFORE_NAME})\\s+${STYLES_BEFORE}${escaped(p.name)}(?![\\p{L}])`,
          'u',
        ).test(text),
    );
  for (let i = meetings.length - 1; i >= 0; i--)
    if (meetings[i]?.participants.length === 0) meetings.splice(i, 1);
}
