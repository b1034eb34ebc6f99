import { isHeading } from './cleanText.js';
import { cityCountry, countryCode } from './gazetteer.js';
import { findDates, isoOf } from './pressDates.js';

/** Where and when a release was issued, read from its opening "Ashgabat, 12 June 2024 –". */
export interface Dateline {
  city: string | null;
  country: string | null;
  /** ISO, partial when the dateline gives no day; null when it gives no year. */
  date: string | null;
  /** The paragraph without its dateline. */
  rest: string;
}

// A place of a few words, a comma, a date (day first or month first, year optional) and a dash.
const DATELINE =
  /^\s*([A-Za-zÀ-ÿ'.\- ]{2,40}?),\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+(?:,?\s+\d{4})?|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\s*(?:[–—-]{1,2}|:)\s+/;

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** The dateline opening a paragraph, or null when the paragraph opens with none. */
export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m?.[1] || !m[2]) return null;
  const dates = findDates(titleCase(m[2]).replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1'));
  const when = dates[0];
  if (!when || when.start.day === null) return null;
  const place = titleCase(m[1].trim());
  const city = cityCountry(place) ? place : null;
  const country = city ? cityCountry(city) : countryCode(place);
  // Only a place the gazetteer knows: "The Secretary General, 12 June 2024 –" is no dateline.
  if (!country) return null;
  return { city, country, date: isoOf(when.start), rest: paragraph.slice(m[0].length) };
}

/** The paragraphs with the dateline taken off the first one that is not a heading. */
export function takeDateline(paras: readonly string[]): {
  paras: string[];
  dateline: Dateline | null;
} {
  const at = paras.findIndex((p) => !isHeading(p));
  const dateline = at < 0 ? null : readDateline(paras[at] ?? '');
  if (!dateline) return { paras: [...paras], dateline: null };
  return { paras: paras.map((p, i) => (i === at ? dateline.rest : p)), dateline };
}
