/**
 * Where each proposed value stands in the release, so that the review screen can show the words
 * it came from. The extractor reads sentences, not offsets, so each value is looked for again in
 * the text: names by the stem of every word (a Russian name is in the instrumental after
 * "встретился с"), countries by any of their names in three languages, dates by day and month.
 */
import type { Draft } from './draft.js';
import { countryCode } from './gazetteer.js';
import { findDates, type DateMention } from './pressDates.js';

type Span = [number, number];
const MAX_SPANS = 50;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function all(text: string, re: RegExp): Span[] {
  return [...text.matchAll(re)].slice(0, MAX_SPANS).map((m) => [m.index, m.index + m[0].length]);
}

/** The words of a phrase as written, case aside. */
function phrase(text: string, value: string): Span[] {
  const words = value.trim().split(/\s+/).map(escape).join('\\s+');
  return words ? all(text, new RegExp(`(?<!\\p{L})${words}(?!\\p{L})`, 'giu')) : [];
}

/** A word with any ending a declension adds ("Лавров" finds "Лаврова", "Лавровым"). */
function stemmed(word: string): string {
  const bare = word.replace(/\.$/, '');
  if (bare.length <= 1) return `${escape(bare)}\\.?`;
  const stem = bare.length > 4 ? bare.slice(0, -1) : bare;
  return `${escape(stem)}\\p{L}{0,3}`;
}

/** A person's name: all its words in a row, or else the surname alone. */
function personName(text: string, name: string): Span[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const surname = words.at(-1);
  if (!surname) return [];
  const whole = new RegExp(`(?<!\\p{L})${words.map(stemmed).join('\\s*')}(?!\\p{L})`, 'giu');
  const found = all(text, whole);
  return found.length > 0
    ? found
    : all(text, new RegExp(`(?<!\\p{L})${stemmed(surname)}(?!\\p{L})`, 'giu'));
}

/** Runs of one to three capitalised words that the gazetteer reads as `code`. */
function country(text: string, code: string): Span[] {
  const out: Span[] = [];
  const words = [...text.matchAll(/\p{Lu}[\p{L}’'-]*/gu)];
  for (let i = 0; i < words.length && out.length < MAX_SPANS; i++) {
    for (let n = 3; n >= 1; n--) {
      const run = words.slice(i, i + n);
      const first = run[0];
      const last = run.at(-1);
      if (run.length < n || !first || !last) continue;
      const end = last.index + last[0].length;
      const written = text.slice(first.index, end);
      if (/[.,;\n]/.test(written)) continue;
      if (countryCode(written.replace(/['’]\p{L}*$/u, '')) === code) {
        out.push([first.index, end]);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

function sameDay(written: DateMention['start'] | null, iso: string): boolean {
  if (!written) return false;
  const [, month, day] = iso.split('-').map(Number);
  return written.month === month && (day === undefined || written.day === day);
}

function date(mentions: DateMention[], iso: string, end: boolean): Span[] {
  return mentions
    .filter((m) => sameDay(end ? (m.end ?? m.start) : m.start, iso))
    .map((m) => [m.index, m.index + m.text.length]);
}

/** Every field of the draft with the places in `draft.source` it was read from. */
export function evidenceSpans(draft: Draft): Record<string, Span[]> {
  const text = draft.source;
  const spans: Record<string, Span[]> = {};
  const put = (path: string, found: Span[]) => {
    if (found.length > 0) spans[path] = found.slice(0, MAX_SPANS);
  };
  const mentions = findDates(text);
  const { visit } = draft;
  if (visit.traveller) put('visit.traveller.name', personName(text, visit.traveller.name));
  visit.places.forEach((p, i) => {
    if (p.city) put(`visit.places.${i}.city`, personName(text, p.city));
    put(`visit.places.${i}.country`, country(text, p.country));
  });
  if (visit.start_date) put('visit.start_date', date(mentions, visit.start_date, false));
  if (visit.end_date) put('visit.end_date', date(mentions, visit.end_date, true));
  draft.meetings.forEach((m, i) => {
    const at = `meetings.${i}`;
    if (m.date) put(`${at}.date`, date(mentions, m.date, false));
    if (m.venue) put(`${at}.venue`, phrase(text, m.venue));
    if (m.atmosphere) put(`${at}.atmosphere`, phrase(text, m.atmosphere));
    m.participants.forEach((p, j) => {
      put(`${at}.participants.${j}.name`, personName(text, p.name));
      if (p.title) put(`${at}.participants.${j}.title`, phrase(text, p.title));
      if (p.organisation) put(`${at}.participants.${j}.organisation`, phrase(text, p.organisation));
    });
    m.topics.forEach((t, k) => put(`${at}.topics.${k}`, phrase(text, t)));
  });
  draft.events.forEach((e, i) => put(`events.${i}.title`, phrase(text, e.title)));
  return spans;
}
