import { PARTIAL_DATE_PATTERN, type Filter } from '../../db/api.js';

/** A From–To range of partial dates as the user typed it; an empty end is open. */
export interface DateRange {
  from: string;
  to: string;
}

export type DateRangeProblem = {
  input: 'from' | 'to';
  message: 'incomplete' | 'badDate' | 'reversed';
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for `2023`, `2023-09` and `2023-09-19` when that day exists (no 30 February). */
export function isPartialDate(text: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  return d === undefined || m === undefined || d <= daysInMonth(y!, m);
}

/**
 * True for the start of a partial date, not yet one: `2`, `202`, `2023-`, `2023-0`, `2023-09-`,
 * `2023-09-1`. A year is whole at four digits, a month and a day at two.
 */
export function isIncompleteDate(text: string): boolean {
  return /^(\d{1,3}|(?!0000)\d{4}-([01]|(0[1-9]|1[0-2])-[0-3]?)?)$/.test(text);
}

/** The first and last day a partial date covers, to compare two of any precision. */
function span(text: string): [string, string] {
  const [y, m, d] = text.split('-');
  if (d !== undefined) return [text, text];
  if (m !== undefined) return [`${y}-${m}-01`, `${y}-${m}-${daysInMonth(Number(y), Number(m))}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The period just before (-1) or after (+1) a partial date, at its precision: `2021` -> `2020`,
 * `2023-01` -> `2022-12`, `2023-03-01` -> `2023-02-28`.
 */
export function shiftPeriod(text: string, by: 1 | -1): string {
  const [y, m, d] = text.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return pad(y + by, 4);
  if (d === undefined) {
    const month = new Date(Date.UTC(y, m - 1 + by, 1));
    return `${pad(month.getUTCFullYear(), 4)}-${pad(month.getUTCMonth() + 1)}`;
  }
  const day = new Date(Date.UTC(y, m - 1, d + by));
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** What is wrong with a typed range, or null when it can be applied. */
export function dateRangeProblem(range: DateRange): DateRangeProblem | null {
  const from = range.from.trim();
  const to = range.to.trim();
  for (const [input, text] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!text || isPartialDate(text)) continue;
    return { input, message: isIncompleteDate(text) ? 'incomplete' : 'badDate' };
  }
  if (from && to && span(from)[0] > span(to)[1]) return { input: 'to', message: 'reversed' };
  return null;
}

/**
 * A range as a filter of the query language, both ends included. The archive's `after` and
 * `before` exclude the date they name, so an open end names the period next to it:
 * From 2021 is `after 2020`, To 2023-09 is `before 2023-10`. Null for an empty or invalid range.
 */
export function rangeToFilter(field: string, range: DateRange): Filter | null {
  if (dateRangeProblem(range)) return null;
  const from = range.from.trim();
  const to = range.to.trim();
  if (from && to) return { field, op: 'between', value: [from, to] };
  if (from) return { field, op: 'after', value: shiftPeriod(from, -1) };
  if (to) return { field, op: 'before', value: shiftPeriod(to, 1) };
  return null;
}

/** The range a date filter stands for, or null when it is not a range of partial dates. */
export function filterToRange(filter: Filter): DateRange | null {
  const { op, value } = filter;
  if (op === 'between' && Array.isArray(value) && value.length === 2) {
    const [from, to] = value.map(String) as [string, string];
    return isPartialDate(from) && isPartialDate(to) ? { from, to } : null;
  }
  if ((op === 'after' || op === 'before') && typeof value === 'string' && isPartialDate(value)) {
    return op === 'after'
      ? { from: shiftPeriod(value, 1), to: '' }
      : { from: '', to: shiftPeriod(value, -1) };
  }
  if (op === 'equals' && typeof value === 'string' && isPartialDate(value)) {
    return { from: value, to: value };
  }
  return null;
}
