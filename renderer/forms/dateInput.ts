import { PARTIAL_DATE_PATTERN } from '../../db/api.js';

export interface DateInput {
  /** What is sent to the archive: the date as it stores it, or the text as typed. */
  value: string | null;
  /** False while the text is not yet shaped like a year, a month or a day. */
  complete: boolean;
}

const PIECES = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;

/**
 * Reads what a person typed into a date field: `2023`, `2023-9`, `2023/09/19`. One-digit months
 * and days are padded, so `2023-9-5` is `2023-09-05`. Whether the day exists in the calendar is
 * for the archive to say; this only tells a date from text that is not one yet.
 */
export function readDateInput(text: string): DateInput {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null, complete: true };
  const match = PIECES.exec(trimmed);
  if (!match) return { value: trimmed, complete: false };
  const [, year, month, day] = match;
  const pad = (piece: string | undefined) =>
    piece === undefined ? '' : `-${piece.padStart(2, '0')}`;
  const value = `${year ?? ''}${pad(month)}${pad(day)}`;
  return PARTIAL_DATE_PATTERN.test(value)
    ? { value, complete: true }
    : { value: trimmed, complete: false };
}
