/**
 * One matcher for every place a country is typed: the table's filter, the form's picker, CSV
 * import and the query language. Pure, so that the renderer reaches it through db/api.ts.
 */
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { compareText } from '../../i18n/compareText.js';
import { LANGUAGES, currentLanguage } from '../../i18n/language.js';

// The browser build of the library carries no names until a locale is registered.
countries.registerLocale(en);
countries.registerLocale(ru);

/** Forms people write that the library's lists leave out. */
const MORE_NAMES: Record<string, readonly string[]> = {
  VN: ['Viet Nam'],
  KR: ['Korea'],
  US: ['USA', 'United States of America'],
  GB: ['UK', 'Great Britain'],
  IR: ['Iran, Islamic Republic of'],
  LA: ["Lao People's Democratic Republic"],
  MD: ['Republic of Moldova'],
  SY: ['Syrian Arab Republic'],
};

const displays = new Map<string, Intl.DisplayNames>();

function display(language = currentLanguage()): Intl.DisplayNames {
  let found = displays.get(language);
  if (!found) {
    found = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displays.set(language, found);
  }
  return found;
}

/** Case, accents and punctuation do not matter: "cote d ivoire" is Côte d’Ivoire. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s,()'’.-]+/g, ' ')
    .trim();
}

/**
 * A country's name as the tables show it (`RU` -> `Russia`, `Россия`), in `language` or else the
 * interface's.
 */
export function countryDisplayName(code: string, language?: string): string {
  try {
    return display(language).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

interface Entry {
  code: string;
  shown: string;
  names: string[];
}

/** Per language, as the shown names and their order follow it. */
const entriesByLanguage = new Map<string, Entry[]>();

function allEntries(): Entry[] {
  const cached = entriesByLanguage.get(currentLanguage());
  if (cached) return cached;
  const english = countries.getNames('en', { select: 'all' });
  const russian = countries.getNames('ru', { select: 'all' });
  const entries = Object.keys(countries.getAlpha2Codes())
    .map((code) => {
      const shown = countryDisplayName(code);
      // The names every language's tables show, so that a file exported "as shown" in one
      // language is read back in any.
      const every = [
        shown,
        ...LANGUAGES.map((language) => countryDisplayName(code, language)),
        ...(english[code] ?? []),
        ...(russian[code] ?? []),
        ...(MORE_NAMES[code] ?? []),
      ];
      return { code, shown, names: [...new Set(every.map(folded))] };
    })
    .sort((a, b) => compareText(a.shown, b.shown));
  entriesByLanguage.set(currentLanguage(), entries);
  return entries;
}

/** The code a typed text names exactly: a code (`kz`, `KAZ`) or a name in any known form. */
export function countryCodeOf(text: string): string | null {
  const typed = folded(text);
  if (typed === '') return null;
  const upper = typed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper) && countries.alpha3ToAlpha2(upper)) {
    return countries.alpha3ToAlpha2(upper) ?? null;
  }
  return allEntries().find((entry) => entry.names.includes(typed))?.code ?? null;
}

/** How well a name matches: its start (0), the start of one of its words (1), or not at all. */
function rank(name: string, typed: string): number {
  if (name.startsWith(typed)) return 0;
  return name.includes(` ${typed}`) ? 1 : 2;
}

/**
 * The codes of the countries a typed text points to, best first: the country it names exactly,
 * then names that start with it, then names with a word that starts it ("Arab Emirates").
 */
export function matchCountries(text: string): string[] {
  const typed = folded(text);
  if (typed === '') return allEntries().map((entry) => entry.code);
  const exact = countryCodeOf(text);
  const scored = allEntries()
    .map((entry) => ({
      code: entry.code,
      score: Math.min(...entry.names.map((name) => rank(name, typed))),
    }))
    .filter((entry) => entry.score < 2)
    .sort((a, b) => a.score - b.score);
  const codes = scored.map((entry) => entry.code);
  return exact ? [exact, ...codes.filter((code) => code !== exact)] : codes;
}
