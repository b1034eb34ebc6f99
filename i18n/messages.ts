/**
 * Every sentence and label a user reads comes from here: `t(key, params)` formats the catalog's
 * ICU message in the interface's language. Shared by the renderer and the archive (db/, cli/), so
 * the archive's own errors are keys too, and the CLI prints them in English.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, DEFAULT_LANGUAGE, type MessageKey } from './catalogs.js';
import { currentLanguage } from './language.js';
import { messageArguments } from './messageArguments.js';

export type { MessageKey } from './catalogs.js';
/** A message named with its values, to be filled into another: a reason inside a refusal. */
export interface MessageRef {
  key: MessageKey;
  params?: MessageParams;
}
/**
 * Several values said as one, in the language's way of listing (`a, b and c`, `a, b или c`): each
 * a name as written or a message of the catalog, such as a status or a table in its own words.
 */
export interface MessageList {
  list: readonly (string | MessageRef)[];
  /** `and` lists what all holds; `or` offers a choice. */
  join: 'and' | 'or';
}
/** A moment (an ISO time the archive stamped), written as the sentence's language writes one. */
export interface MessageTime {
  time: string;
}
export type MessageParams = {
  [name: string]: string | number | MessageRef | MessageList | MessageTime;
};

export { currentLanguage, onLanguageChange, setLanguage } from './language.js';

interface Compiled {
  format: IntlMessageFormat;
  args: Map<string, 'plural' | 'value'>;
}

/** Each language's messages, parsed once on first use. */
const compiled = new Map<string, Map<string, Compiled>>();

/** A message parsed once, on first use: tags stay text, as the catalog has no markup. */
function compile(language: string, key: MessageKey): Compiled {
  let messages = compiled.get(language);
  if (!messages) compiled.set(language, (messages = new Map()));
  let found = messages.get(key);
  if (!found) {
    const catalog = CATALOGS[language] ?? CATALOGS[DEFAULT_LANGUAGE]!;
    const format = new IntlMessageFormat(catalog[key], language, undefined, { ignoreTag: true });
    found = { format, args: messageArguments(format.getAst()) };
    messages.set(key, found);
  }
  return found;
}

const numbers = new Map<string, IntlMessageFormat>();

/** A number as a language writes it, the interface's unless named: `1,234`, `1 234`. */
export function formatNumber(value: number, language = currentLanguage()): string {
  let format = numbers.get(language);
  if (!format) numbers.set(language, (format = new IntlMessageFormat('{value, number}', language)));
  return String(format.format({ value }));
}

/**
 * The message `key` with its values filled in; numbers are formatted (the library would print a
 * plain `{size}` without grouping). A value the caller left out
 * shows as `{name}` rather than failing, so a missing value is visible, not a blank screen.
 */
export function t(key: MessageKey, params: MessageParams = {}): string {
  return tIn(currentLanguage(), key, params);
}

/**
 * The message in a language named by the caller rather than the interface's: a CSV export asked
 * for by a window in one language, from a server that speaks English.
 */
export function tIn(language: string, key: MessageKey, params: MessageParams = {}): string {
  const { format, args } = compile(language, key);
  const values: Record<string, string | number> = {};
  for (const [name, kind] of args) {
    const value = params[name] ?? undefined;
    if (kind === 'plural') values[name] = Number(value ?? 0);
    else if (typeof value === 'number') values[name] = formatNumber(value, language);
    else if (typeof value === 'object' && 'list' in value) values[name] = listIn(language, value);
    else if (typeof value === 'object' && 'time' in value) values[name] = timeIn(language, value);
    else if (typeof value === 'object') values[name] = refIn(language, value, `{${name}}`);
    else values[name] = value ?? `{${name}}`;
  }
  return String(format.format(values));
}

/** A message inside another; one the catalog does not have (sent by another program) as `missing`. */
function refIn(language: string, ref: MessageRef, missing: string): string {
  return hasMessage(ref.key) ? tIn(language, ref.key, ref.params) : missing;
}

const times = new Map<string, Intl.DateTimeFormat>();

/** `22 Feb 2021, 14:05`, `22 февр. 2021 г., 14:05`; a value that is no time as it came. */
function timeIn(language: string, { time }: MessageTime): string {
  const date = new Date(String(time));
  if (Number.isNaN(date.getTime())) return String(time);
  let format = times.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    times.set(language, format);
  }
  return format.format(date);
}

/** A list of values as `language` joins them: `a, b and c`, `a, b или c`. */
function listIn(language: string, { list, join }: MessageList): string {
  const items = (Array.isArray(list) ? list : []).map((item: string | MessageRef) =>
    typeof item === 'object' ? refIn(language, item, '') : String(item),
  );
  const type = join === 'or' ? 'disjunction' : 'conjunction';
  return new Intl.ListFormat(language, { type }).format(items);
}

/**
 * The sentence of an answer that names its catalog message (an archive error, a problem with a
 * field), in this language; its own English text when the key is not in this catalog.
 */
export function sentenceOf(said: { message: string; key?: string; params?: object }): string {
  if (said.key === undefined || !hasMessage(said.key)) return said.message;
  return t(said.key, said.params as MessageParams | undefined);
}

/** True when the catalog has a message for `key`, for labels looked up by a field's name. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(CATALOGS[DEFAULT_LANGUAGE]!, key);
}
