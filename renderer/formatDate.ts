import { dateText } from '../i18n/dateText.js';
import { currentLanguage, t } from './messages.js';

type DateValue = string | number | null | undefined;

/**
 * A stored date as a person reads it, keeping its precision: `2021-02-22` -> `22 Feb 2021`
 * (`22 февр. 2021`), `2023-09` -> `Sep 2023` (`сент. 2023`), `2023` -> `2023`, in the
 * interface's language (i18n/dateText.ts); text that is not a date is shown as written.
 */
export function formatDate(value: DateValue): string {
  if (value === null || value === undefined || value === '') return '';
  return dateText(String(value), currentLanguage());
}

/** A period from two partial dates; one date when both are the same or one is missing. */
export function formatDateRange(from: DateValue, to: DateValue): string {
  const a = formatDate(from);
  const b = formatDate(to);
  if (!a || !b || a === b) return a || b;
  return t('dates.range', { from: a, to: b });
}
