import { currentLanguage, t } from './messages.js';

type DateValue = string | number | null | undefined;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T)/;

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A month's short name as the language writes it beside a day or alone: Russian says
 * "22 мая 2021" but "май 2023", which Intl knows and a list of names would not.
 */
function monthName(year: number, month: number, withDay: boolean): string {
  const key = `${currentLanguage()}:${withDay ? 'day' : 'month'}`;
  let format = formats.get(key);
  if (!format) {
    const day = withDay ? ({ day: 'numeric' } as const) : {};
    format = new Intl.DateTimeFormat(currentLanguage(), {
      ...day,
      month: 'short',
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  const parts = format.formatToParts(new Date(Date.UTC(year, month - 1, 1)));
  return parts.find((part) => part.type === 'month')?.value ?? String(month);
}

/**
 * A stored date as a person reads it, keeping its precision: `2021-02-22` -> `22 Feb 2021`
 * (`22 февр. 2021`), `2023-09` -> `Sep 2023` (`сент. 2023`), `2023` -> `2023`. The catalog
 * orders the parts; text that is not a date is shown as written.
 */
export function formatDate(value: DateValue): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  const match = PARTIAL.exec(text);
  if (!match) return text;
  const [, year, month, day] = match;
  if (!year) return text;
  if (!month) return year;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return text;
  const name = monthName(Number(year), monthNumber, day !== undefined);
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
