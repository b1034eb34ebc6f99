import { choice } from '../inputProblems.js';
import type { FieldInfo } from '../api.js';
import { countryCodeOf } from '../values/countryMatch.js';
import { isPartialDate, yearZeroProblem } from '../values/dates.js';
import { normalizeText } from '../values/fold.js';
import type { MessageRef } from '../../i18n/messages.js';

/**
 * A field as a problem names it: its catalog label as a reference, so the window says it in its
 * own language, or a file's header as written.
 */
type Label = string | MessageRef;

/** A field's value as the archive stores it, or the message that says why it cannot be. */
export type FieldResult = { value: string | null } | { problem: MessageRef };

/** Longer text is surely pasted by mistake; a whole press release is far shorter. */
export const MAX_TEXT = 1_000_000;

/**
 * Characters that show nothing: blanks, format characters (zero-width space and joiners, soft
 * hyphen, byte order mark, bidi marks) and the blank letters of Hangul and Braille.
 */
const INVISIBLE = /^[\s\p{Cf}\p{Zs}\u115f\u1160\u3164\uffa0\u2800]*$/u;

/** Read by code point, a half of a pair standing alone is the only surrogate there is. */
const LONE_SURROGATE = /\p{Cs}/u;

function brokenText(label: Label): MessageRef {
  return { key: 'problems.brokenText', params: { field: label } };
}

/**
 * Text is stored NFC and without surrounding blanks; an empty field, or one that shows nothing,
 * is stored as no value, so that "empty" filters and required fields treat '' and null alike.
 */
export function textValue(label: Label, raw: unknown): FieldResult {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw !== 'string')
    return { problem: { key: 'problems.notText', params: { field: label } } };
  // SQLite would store a lone surrogate as U+FFFD: the text read back would not be the text saved.
  if (LONE_SURROGATE.test(raw)) return { problem: brokenText(label) };
  if (INVISIBLE.test(raw)) return { value: null };
  const value = normalizeText(raw).trim();
  if (value.length > MAX_TEXT) {
    return {
      problem: {
        key: 'problems.tooLong',
        params: { field: label, length: String(value.length), max: String(MAX_TEXT) },
      },
    };
  }
  return { value: value === '' ? null : value };
}

export function dateValue(label: Label, raw: unknown): FieldResult {
  const text = textValue(label, raw);
  if ('problem' in text || text.value === null) return text;
  if (isPartialDate(text.value)) return text;
  if (yearZeroProblem('', text.value)) {
    return {
      problem: {
        key: 'problems.yearZero',
        params: { field: label, value: text.value },
      },
    };
  }
  // A day written as stored or as shown (30 Feb 2023, 30.02.2023) whose day is not on the calendar.
  const shaped =
    /^(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Za-z]{3,9}\.? \d{4}|\d{1,2}\.\d{1,2}\.\d{4})$/.test(text.value);
  return {
    problem: {
      key: shaped ? 'problems.notADay' : 'problems.notADate',
      params: { field: label, value: text.value },
    },
  };
}

export function countryValue(label: Label, raw: unknown): FieldResult {
  const text = textValue(label, raw);
  if ('problem' in text || text.value === null) return text;
  // A name in any known form is read as its code, so a CSV written as shown imports back.
  const code = countryCodeOf(text.value);
  if (code) return { value: code };
  return {
    problem: {
      key: 'problems.notACountry',
      params: { field: label, value: text.value },
    },
  };
}

export function enumValue(label: Label, raw: unknown, values: readonly string[]): FieldResult {
  const text = textValue(label, raw);
  if ('problem' in text) return text;
  // A status always holds one of its choices (a new record starts with the first).
  if (text.value === null) {
    return {
      problem: {
        key: 'problems.noChoice',
        params: { field: label, choices: { list: values.map(choice), join: 'or' } },
      },
    };
  }
  if (values.includes(text.value)) return text;
  return {
    problem: {
      key: 'problems.notAChoice',
      params: {
        field: label,
        value: text.value,
        choices: { list: values.map(choice), join: 'or' },
      },
    },
  };
}

/** An id field's value; whether the record exists is checked against the archive apart. */
export function idValue(label: Label, raw: unknown): FieldResult {
  if (raw === null || raw === undefined || raw === '') return { value: null };
  if (typeof raw !== 'string' || raw.length > 64) {
    return { problem: { key: 'problems.notAnId', params: { field: label } } };
  }
  return { value: raw };
}

/** A field of a column kind; `number` fields are kept by the archive and never written. */
export function columnValue(label: Label, info: FieldInfo, raw: unknown): FieldResult {
  switch (info.kind) {
    case 'date':
      return dateValue(label, raw);
    case 'country':
      return countryValue(label, raw);
    case 'enum':
      return enumValue(label, raw, info.values ?? []);
    case 'id':
      return idValue(label, raw);
    default:
      return textValue(label, raw);
  }
}

/** A list of other spellings: text items, NFC, without blanks or repeats. */
export function listValue(
  label: Label,
  raw: unknown,
): { value: string[] } | { problem: MessageRef } {
  if (raw === null || raw === undefined) return { value: [] };
  if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
    return { problem: { key: 'problems.notAList', params: { field: label } } };
  }
  if ((raw as string[]).some((item) => LONE_SURROGATE.test(item)))
    return { problem: brokenText(label) };
  const items = (raw as string[])
    .filter((item) => !INVISIBLE.test(item))
    .map((item) => normalizeText(item).trim())
    .filter(Boolean);
  return { value: [...new Set(items)] };
}
