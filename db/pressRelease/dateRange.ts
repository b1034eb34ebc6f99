/**
 * The years of a period as a release writes it. A release gives the year once, usually at the
 * end ("from 28 December to 3 January 2024"), and a period may cross a year end: the end written
 * with no year takes the start's, the start the end's, one year apart when the start month comes
 * after the end month. What cannot be read for sure says why, for the draft to flag for review.
 */
import { isoOf, type DateMention, type WrittenDate } from './pressDates.js';

/** Why a period needs a person's look: no year at all, an end before the start, or a long guess. */
export type RangeDoubt = 'no-year' | 'reversed' | 'long';

export interface ReadRange {
  /** ISO dates, partial where the text is; null when no year is known. */
  start: string | null;
  end: string | null;
  doubt: RangeDoubt | null;
}

/** A period longer than this, read across a year end from a year given once, is only a guess. */
const LONGEST_GUESS_DAYS = 62;

function dayOf(date: WrittenDate, last: boolean): number {
  const day = date.day ?? (last ? new Date(Date.UTC(date.year!, date.month, 0)).getUTCDate() : 1);
  return Date.UTC(date.year!, date.month - 1, day) / 86_400_000;
}

/**
 * The period's ends as ISO dates. `fallbackYear` (the source's) is the end's year when the text
 * gives none, and then the period is always in doubt.
 */
export function readRange(mention: DateMention, fallbackYear: number | null): ReadRange {
  const start = { ...mention.start };
  const end = mention.end ? { ...mention.end } : null;
  if (!end) {
    const doubt = start.year === null ? 'no-year' : null;
    const iso = isoOf(start, fallbackYear);
    return { start: iso, end: iso, doubt };
  }
  const crosses = end.month < start.month;
  let doubt: RangeDoubt | null = null;
  let guessed = false;
  if (start.year === null && end.year === null) {
    doubt = 'no-year';
    if (fallbackYear === null) return { start: null, end: null, doubt };
    end.year = fallbackYear;
  }
  if (start.year === null) {
    start.year = end.year! - (crosses ? 1 : 0);
    guessed = crosses;
  } else if (end.year === null) {
    end.year = start.year + (crosses ? 1 : 0);
    guessed = crosses;
  }
  const from = dayOf(start, false);
  const to = dayOf(end, true);
  if (to < from) doubt = 'reversed';
  else if (guessed && to - from > LONGEST_GUESS_DAYS) doubt ??= 'long';
  return { start: isoOf(start), end: isoOf(end), doubt };
}

/**
 * The year of a day written without one, inside a period that may cross a year end: the period's
 * end year for a month before the start's, else its start year.
 */
export function yearWithin(
  date: WrittenDate,
  start: string | null,
  end: string | null,
): number | null {
  if (date.year !== null) return date.year;
  if (!start) return null;
  const startYear = Number(start.slice(0, 4));
  const endYear = end ? Number(end.slice(0, 4)) : startYear;
  const startMonth = Number(start.slice(5, 7)) || 1;
  return endYear > startYear && date.month < startMonth ? endYear : startYear;
}
