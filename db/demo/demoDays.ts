/**
 * The demo archive's calendar: days counted from 1 January 1990, turned into ISO dates from a
 * table built once (a million meetings would otherwise build a million Date objects).
 */
import type { Random } from './demoRandom.js';

const FIRST_YEAR = 1990;
const LAST_YEAR = 2030;
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(FIRST_YEAR, 0, 1);

// Built on first use: every command line start loads this file, and only a demo fill needs it.
let ISO: string[] | undefined;

function isoTable(): string[] {
  if (ISO) return ISO;
  ISO = [];
  for (let t = EPOCH; t < Date.UTC(LAST_YEAR + 1, 0, 1); t += DAY_MS) {
    ISO.push(new Date(t).toISOString().slice(0, 10));
  }
  return ISO;
}
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** The demo world runs from 1999 to 2026; what lies after this day is still planned. */
export const DEMO_TODAY = '2026-12-01';

/** The day number of a calendar date. */
export function dayOf(year: number, month = 1, day = 1): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS);
}

export const TODAY = dayOf(2026, 12, 1);

/** Milliseconds since 1970 at the start of that day. */
export function dayMs(day: number): number {
  return EPOCH + day * DAY_MS;
}

/** `2023-09-19` for a day number. */
export function isoDay(day: number): string {
  const iso = (ISO ?? isoTable())[day];
  if (iso === undefined) throw new RangeError(`Day ${day} is outside the demo calendar.`);
  return iso;
}

export function yearOfDay(day: number): number {
  return Number(isoDay(day).slice(0, 4));
}

/** A time of office hours on that day, as the archive writes timestamps. */
export function stamp(day: number, rng: Random): string {
  return `${isoDay(day)}T${TWO[rng.between(6, 15)]}:${TWO[rng.int(60)]}:${TWO[rng.int(60)]}.000Z`;
}

/** The day, cut to a month (`2009-05`) or a year (`2003`) for records known only roughly. */
export function partialDay(day: number, precision: 'day' | 'month' | 'year'): string {
  const iso = isoDay(day);
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}
