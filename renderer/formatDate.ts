import { t } from './messages.js';

type DateValue = string | number | null | undefined;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T)/;

/**
 * A stored date as a person reads it, keeping its precision: `2021-02-22` -> `22 Feb 2021`,
 * `2023-09` -> `Sep 2023`, `2023` -> `2023`. Text that is not a date is shown as written.
 */
export function formatDate(value: DateValue): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  const match = PARTIAL.exec(text);
  if (!match) return text;
  const [, year, month, day] = match;
  if (!year) return text;
  if (!month) return year;
  const name = t('dates.monthsShort').split(',')[Number(month) - 1];
  if (!name) return text;
  if (!day) return t('dates.month', { month: name, year });
  return t('dates.day', { day: String(Number(day)), month: name, year });
}

/** A period from two partial dates; one date when both are the same or one is missing. */
export function formatDateRange(from: DateValue, to: DateValue): string {
  const a = formatDate(from);
  const b = formatDate(to);
  if (!a || !b || a === b) return a || b;
  return t('dates.range', { from: a, to: b });
}
