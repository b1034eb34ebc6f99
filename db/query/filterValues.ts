/**
 * The values of a filter as SQL compares them: partial dates as spans, country names or codes as
 * codes, numbers as numbers. Each function answers a value or the catalog message saying what is
 * wrong.
 */
import type { MessageRef } from '../../i18n/messages.js';
import { choice, fieldNamed } from '../inputProblems.js';
import { countryCodeOf } from '../values/countryMatch.js';
import { dateSpan, yearZeroProblem, type DateSpan } from '../values/dates.js';
import type { FieldSql } from './fields.js';
import { fold } from '../values/fold.js';

export type Scalar = string | number;
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: MessageRef };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(problem: MessageRef): Parsed<T> => ({ ok: false, problem });

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

/** The span of a partial date (`2023`, `2023-09`, `2023-09-19`); timestamps count as their day. */
export function spanValue(field: FieldSql, value: Scalar): Parsed<DateSpan> {
  const text = String(value).trim();
  const day = field.kind === 'timestamp' ? TIMESTAMP.exec(text)?.[1] : undefined;
  const span = dateSpan(day ?? text);
  if (span) return ok(span);
  if (yearZeroProblem('', text)) {
    return bad({
      key: 'problems.yearZero',
      params: { field: { key: 'problems.query.date' }, value: text },
    });
  }
  return bad({ key: 'problems.query.notADate', params: { value: text } });
}

export function numberValue(value: Scalar): Parsed<number> {
  if (typeof value === 'string' && value.trim() === '') {
    return bad({ key: 'problems.query.numberNeeded' });
  }
  const n = typeof value === 'number' ? value : Number(value.trim());
  return Number.isFinite(n)
    ? ok(n)
    : bad({ key: 'problems.query.notANumber', params: { value: String(value) } });
}

/** An ISO 3166 alpha-2 code, from a code in any case ('ru') or a name in any known form. */
export function countryValue(value: Scalar): Parsed<string> {
  const text = String(value).trim();
  // A code the library does not list is still compared as written, as before.
  if (/^[A-Za-z]{2}$/.test(text)) return ok(text.toUpperCase());
  const code = countryCodeOf(text);
  if (code) return ok(code);
  return bad({ key: 'problems.query.notACountry', params: { value: text } });
}

export function enumValue(field: FieldSql, value: Scalar): Parsed<string> {
  const text = String(value).trim().toLowerCase();
  const match = field.values?.find((v) => v === text);
  if (match) return ok(match);
  return bad({
    key: 'problems.query.notAChoice',
    params: {
      value: String(value),
      field: fieldNamed(field.name),
      choices: { list: (field.values ?? []).map(choice), join: 'or' },
    },
  });
}

/** The value an `equals` or `in` compares with the field: folded text, canonical codes. */
export function equalityValue(field: FieldSql, value: Scalar): Parsed<Scalar> {
  switch (field.kind) {
    case 'text':
      return ok(fold(String(value)));
    case 'country':
      return countryValue(value);
    case 'enum':
      return enumValue(field, value);
    case 'number':
      return numberValue(value);
    default:
      return ok(String(value));
  }
}

/** A day's text shifted by whole days, used for index-friendly bounds on spans. */
export function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
