import { tIn } from './messages.js';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T)/;

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A month's short name as a language writes it beside a day or alone: Russian says
 * "22 мая 2021" but "май 2023", which Intl knows and a list of names would not.
 */
export function monthName(language: string, month: number, withDay: boolean, long = false) {
  const key = `${language}:${withDay ? 'day' : 'month'}:${long ? 'long' : 'short'}`;
  let format = formats.get(key);
  if (!format) {
    const day = withDay ? ({ day: 'numeric' } as const) : {};
    format = new Intl.DateTimeFormat(language, {
      ...day,
      month: long ? 'long' : 'short',
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  const parts = format.formatToParts(new Date(Date.UTC(2000, month - 1, 1)));
  return parts.find((part) => part.type === 'month')?.value ?? String(month);
}

/**
 * A stored date as a person reads it in `language`, keeping its precision: `2021-02-22` ->
 * `22 Feb 2021` (`22 февр. 2021`), `2023-09` -> `Sep 2023` (`сент. 2023`), `2023` -> `2023`.
 * The catalog orders the parts; text that is not a date is given back as written. The tables
 * show dates so, and a CSV export "as shown" writes them so, in the window's language.
 */
export function dateText(text: string, language: string): string {
  const match = PARTIAL.exec(text);
  if (!match) return text;
  const [, year, month, day] = match;
  if (!year) return text;
  if (!month) return year;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return text;
  const name = monthName(language, monthNumber, day !== undefined);
  if (!day) return tIn(language, 'dates.month', { month: name, year });
  return tIn(language, 'dates.day', { day: String(Number(day)), month: name, year });
}

/**
 * A note's values with its days written as `language` writes them (`6 Dec 2026`, `6 дек. 2026`);
 * `text`, the words quoted from a document, stays as the document wrote it.
 */
export function withDaysWritten(
  params: Record<string, string> | undefined,
  language: string,
): Record<string, string> | undefined {
  if (!params) return params;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      name !== 'text' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateText(value, language) : value,
    ]),
  );
}
