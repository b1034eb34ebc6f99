import { findCities, findCountries } from './gazetteer.js';
import { readRange } from './dateRange.js';
import { findDates, isoOf, monthIn, yearIn } from './pressDates.js';
import type { DraftEvent } from './draft.js';
import { countries } from '../values/countries.js';

/** A sentence that announces something still to come. */
export const ANNOUNCEMENT =
  /\b(?:upcoming|to be held|will be held|will take place|is scheduled|are scheduled|planned for|forthcoming)\b/;

function placeOf(text: string): string | null {
  const city = findCities(text)[0];
  if (city?.city) return city.city;
  const country = findCountries(text)[0];
  return country ? (countries.getName(country.country, 'en') ?? country.country) : null;
}

function eventOf(item: string, year: number | null): DraftEvent | null {
  const text = item
    .replace(/^(?:the|an?)\s+/i, '')
    .replace(/\s+and other\b.*$|[.]$/, '')
    .trim();
  if (text === '' || /^other\b/.test(text) || !/[A-Z]/.test(text)) return null;
  const date = findDates(text)[0];
  const month = monthIn(text);
  const iso = date
    ? readRange(date, year).start
    : month && year
      ? isoOf({ year, month, day: null })
      : null;
  const title = text
    .split(
      /\s+(?:to be held|will be held|will take place|is scheduled|are scheduled|planned for)\b/,
    )[0]!
    .replace(/\s+(?:in|on) (?:[A-Z][\w-]*)(?: \d{4})?$/, '')
    .replace(/\s+(?:in|on) (?:[A-Z][\w-]*)(?: \d{4})?$/, '')
    .trim();
  return { title, date: iso ?? (year ? String(year) : null), place: placeOf(text) };
}

/** The events a sentence announces: a list after "namely", or the sentence's subject. */
export function announcedEvents(sentence: string): DraftEvent[] {
  if (!ANNOUNCEMENT.test(sentence)) return [];
  const year = yearIn(sentence) ?? findDates(sentence)[0]?.start.year ?? null;
  const namely = /\b(?:namely|including|such as)[,:]?\s+(.+)$/.exec(sentence);
  const items = namely?.[1]
    ? namely[1].split(/,\s+(?:and\s+)?(?:the\s+)?|\s+and the\s+/)
    : [sentence.replace(/^(?:The|the)\s+/, '')];
  return items.map((item) => eventOf(item, year)).filter((e): e is DraftEvent => e !== null);
}
