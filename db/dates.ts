import { PARTIAL_DATE_PATTERN } from './api.js';

/** The first and last day a partial date covers: `2023-09` -> ['2023-09-01', '2023-09-30']. */
export interface DateSpan {
  lo: string;
  hi: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
