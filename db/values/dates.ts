import { PARTIAL_DATE_PATTERN } from '../api.js';

/** The first and last day a partial date covers: `2023-09` -> ['2023-09-01', '2023-09-30']. */
export interface DateSpan {
  lo: string;
  hi: string;
}

/** Gregorian months, for any year (Date.UTC reads years 0–99 as 1900–1999). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : 28;
}

/**
 * The sentence for a date in the year 0000, which the pattern refuses: no calendar people write
 * dates in has that year, so it is a typo, and saying so beats "not a date".
 */
export function yearZeroProblem(label: string, value: string): string | null {
  return /^0000(-|$)/.test(value)
    ? `${label} ${value} has the year 0000, which the calendar does not have (1 BC is followed by AD 1). Write a year from 0001 on.`
    : null;
}

/** True for `2023`, `2023-09` and `2023-09-19` when that day exists (no 30 February). */
export function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (d !== undefined && m !== undefined) return d <= daysInMonth(y!, m);
  return true;
}

/** The span of a partial date, or null when the text is not one. */
export function dateSpan(value: string): DateSpan | null {
  if (!isPartialDate(value)) return null;
  const [ys, ms, ds] = value.split('-');
  if (ds !== undefined) return { lo: value, hi: value };
  if (ms !== undefined) {
    const last = String(daysInMonth(Number(ys), Number(ms))).padStart(2, '0');
    return { lo: `${ys}-${ms}-01`, hi: `${ys}-${ms}-${last}` };
  }
  return { lo: `${ys}-01-01`, hi: `${ys}-12-31` };
}
