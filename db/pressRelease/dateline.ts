import { isHeading } from './cleanText.js';
import { cityCountry, countryCode } from './gazetteer.js';
import { findDates, isoOf } from './pressDates.js';
import { ORG_WORD, TITLE_WORD } from './roles.js';

/** Where and when a release was issued, read from its opening "Ashgabat, 12 June 2024 –". */
export interface Dateline {
  city: string | null;
  country: string | null;
  /** ISO, partial when the dateline gives no day; null when it gives no year. */
  date: string | null;
  /** The month and day ("12-04") of a dateline that gives no year, as news agencies write it. */
  monthDay?: string;
  /** The paragraph without its dateline. */
  rest: string;
}

// A place of a few words (and its country after a comma), a comma, a date (day first or month
// first, year optional, "года", "г." or "tarihinde" after it, then maybe an agency's name in
// brackets) and a dash or a full stop, or the end of a dateline on its own line; or the date in
// brackets before the dash: "HA NOI, VIET NAM (17 April 2026) –". Under a town and its country
// the date may stand on the next line, with no comma: "Geneva, Switzerland / 14 October 2026".
// The country or district may be written short: "Washington, D.C., 20 May 2026 —"; its name may
// hold an apostrophe or a hyphen: "Abidjan, Côte d'Ivoire, …", "Bissau, Guinea-Bissau, …"; it
// may be long: "Kinshasa, Democratic Republic of the Congo (5 December 2026) –"; its region may
// stand before it: "Riohacha, La Guajira, Colombia, December 11, 2026 —".
// The date may be written in numbers with dots: "Zagreb, 02.12.2026 –"; its month short: "Dec. 4,
// 2026". A dash may part the country from the date: "Apia, Samoa – Dec. 4, 2026". A place may be
// named in two languages: "Kárášjohka/Karasjok, 4 December 2026"; a stamp of its update may follow
// the date, after a bar or a dash: "Suva, Fiji – 4 December 2026 | Updated 5 December 2026",
// «Москва / 3 декабря 2026 г. | обновлено 4 декабря 2026 г., 10:15»,
// "Ankara, 2 Aralık 2026 – Güncelleme: 3 Aralık 2026, 11.20".
const DATE_TEXT =
  '\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+(?:,?\\s+\\d{4})?|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}';
// The time zones an update's hour may be written in: Europe's, and those of the Americas, Africa,
// Asia and the Pacific ("6:10 pm IST", "9:20 a.m. EST").
const TIME_ZONES = [
  ...['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'MSK', 'TRT', 'WET', 'WEST'],
  ...['EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AST', 'ART', 'BRT'],
  ...['WAT', 'CAT', 'EAT', 'SAST', 'GST', 'PKT', 'IST', 'NPT', 'ICT', 'WIB', 'SGT', 'HKT'],
  ...['JST', 'KST', 'AEST', 'AEDT', 'NZST', 'NZDT'],
].join('|');
// The date and hour of a stamp of the release's update after its date, in brackets or after a
// comma when a word of the update opens it: "Dakar, 4 December 2026 (updated 5 December 2026)",
// «Москва, 4 декабря 2026 г. (обновлено 5 декабря)», "Ankara, 4 Aralık 2026 (Güncelleme: 5 Aralık
// 2026)". The release is of the first date; the stamp tells nothing of the visit. A stamp on the
// line under the date is read with it: «Москва / 3 декабря 2026 г. / Обновлено: 5 декабря 2026 г.».
// The hour may be followed by its time zone or its half of the day: "Updated 4 December 2026,
// 11:30 GMT", "(updated Dec. 5, 2026, 9:20 a.m.)".
const UPDATE_STAMP =
  `(?:${DATE_TEXT})(?:\\s+(?:года|г\\.?))?` +
  '(?:,?\\s+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?' +
  `(?:\\s+(?:${TIME_ZONES})(?:[+-]\\d{1,2})?)?)?`;
// Or the hour alone, of the same day: «Череповец, 4 декабря 2026 г. (обновлено в 17:05)».
const UPDATE_HOUR = '(?:(?:в|at|saat)\\s+)?\\d{1,2}[:.]\\d{2}';
const UPDATE_WORD =
  '(?:[Ll]ast\\s+)?(?:[Uu]pdated?|[Rr]evised|[Cc]orrected|[Оо]бновлен[оа]?|[Gg]üncelle(?:me|ndi|nme\\s+tarihi))';
// The date's weekday may stand before it: "Bangkok, Thailand – Friday, 4 December 2026".
const WEEKDAY_FIRST = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
// Or after it: "İstanbul, 4 Aralık 2026, Cuma", «Москва, 4 декабря 2026 г., пятница».
const WEEKDAYS =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Pazartesi|Salı|Çarşamba|Perşembe|' +
  'Cumartesi|Cuma|Pazar|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье';
const WEEKDAY_AFTER = `(?:,?\\s+(?:${WEEKDAYS}))?`;
const WEEKDAY_NAME = new RegExp(`^(?:${WEEKDAYS})$`, 'iu');
// The hour the release was put out, before the stamp of its update: «Москва, 4 декабря 2026 г.,
// 18:40 (обновлено 5 декабря 2026 г., 10:05)».
const HOUR_AFTER = `(?:,?\\s+\\d{1,2}[:.]\\d{2}(?=\\s*\\(${UPDATE_WORD}))?`;
// A town of the United States is dated by its state written short, as its newspapers write it:
// "ARLINGTON, Va. — November 30, 2026", "Albany, N.Y., May 4, 2026 —".
const US_STATES_SHORT = [
  ...['Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan'],
  ...['Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla'],
  ...['Ore', 'Pa', 'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo'],
];
const US_STATE_SHORT = new RegExp(
  `^(?:(?:${US_STATES_SHORT.join('|')})\\.|N\\.[YJHMCD]\\.|[SN]\\.[CD]\\.|R\\.I\\.|D\\.C\\.)$`,
);
const DATELINE = new RegExp(
  "^\\s*(?<place>[\\p{L}'.\\-/ ]{2,40}?)(?:,\\s+(?:\\p{Lu}[\\p{L}'’\\- ]{1,30}?,\\s+(?=\\p{Lu}))?(?<country>\\p{Lu}[\\p{L}'’\\- ]{1,50}?|(?:\\p{Lu}\\.){2,3}|(?:" +
    US_STATES_SHORT.join('|') +
    ')\\.)(?=,|\\s*\\(|\\s+\\d|\\s+[–—-]\\s))?' +
    `(?:\\s*\\((?<bracketed>${DATE_TEXT})\\)\\s*[–—-]{1,2}\\s+|(?:\\s*\\([^()]{1,40}\\))?` +
    `(?:,\\s+|\\s+[–—-]\\s+|\\s+(?=\\d))${WEEKDAY_FIRST}(?<date>${DATE_TEXT})(?:\\s+(?:года|г\\.?|tarihinde))?${WEEKDAY_AFTER}${HOUR_AFTER}` +
    // A news agency's name in brackets after the date: "KUWAIT, 2 September 2026 (KUNA) --", or
    // between slashes after its full stop: «БИШКЕК, 2 декабря. /ВЕСТ/.».
    '(?:\\s*\\(\\p{Lu}[\\p{L}\\d .-]{0,20}\\)|\\.?\\s*/\\p{Lu}[\\p{L}\\d .-]{0,20}/)?' +
    `(?:\\s+[|·]\\s+(?:\\p{Lu}\\p{Ll}+(?:\\s\\p{Ll}+)?|${UPDATE_WORD}):?\\s+${UPDATE_STAMP}|\\s*\\(${UPDATE_WORD}:?\\s+(?:${UPDATE_STAMP}|${UPDATE_HOUR})\\)|,?\\s+${UPDATE_WORD}:?\\s+${UPDATE_STAMP}|\\s+[–—-]\\s+${UPDATE_WORD}:?\\s+${UPDATE_STAMP})?` +
    // A full stop before the text's first sentence: "Алматы, 27 ноября 2025 года. Председатель …",
    // or the one of «г.»: "Алматы, 27 ноября 2025 г. Председатель …".
    // The full stop may end the dateline's line: «БИШКЕК, 2 декабря.».
    '(?:\\s*(?:[–—-]{1,2}|:)(?:\\s+|$)|\\.\\s+(?=\\p{Lu})|\\.?\\s*$))',
  'u',
);

// An American dateline of a town and its state written short, a dash after them and no date,
// as its newspapers write it under a line that dates the release: "ST. HELENA ISLAND, S.C. — ".
const US_TOWN_UNDATED = new RegExp(
  "^\\s*(?<place>\\p{Lu}[\\p{L}'.\\- ]{1,40}?),\\s+(?<state>(?:" +
    US_STATES_SHORT.join('|') +
    ')\\.|N\\.[YJHMCD]\\.|[SN]\\.[CD]\\.|R\\.I\\.|D\\.C\\.)\\s+[–—-]{1,2}\\s+(?=\\S)',
  'u',
);

// A dateline written date first, its town after a comma, on a line of its own or ending the
// heading: «3 декабря 2026 года, Казань», "4 Aralık 2026, İstanbul", "5 December 2026, Gaborone".
// Only a town or country the gazetteer knows makes one.
const DATE_FIRST = new RegExp(
  `^\\s*${WEEKDAY_FIRST}(?<date>${DATE_TEXT})(?:\\s+(?:года|г\\.?))?,\\s+` +
    "(?<place>\\p{Lu}[\\p{L}'’.-]*(?:[\\s-]\\p{Lu}[\\p{L}'’.-]*){0,2})" +
    "(?:,\\s+(?<country>\\p{Lu}[\\p{L}'’\\- ]{1,30}?))?\\s*$",
  'u',
);

// A reporter's byline, alone after the dateline: "by Aida Kerimova", «Автор: Ирина Соколова»,
// "Muhabir: Selin Aksoy".
const BYLINE =
  /^\s*(?:[Bb]y|BY|(?:[Aa]uthor|[Rr]eporter|[Cc]orrespondent|Автор|Корреспондент|Muhabir)\s*:)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\.?\s*$/u;

/** "GENEVA" → "Geneva"; Russian months stay lower case, as the month names are. */
function titleCase(text: string, russianDate = false): string {
  if (russianDate) return text;
  // Only words in capitals change: lower-casing "İstanbul" would lose its dotted capital.
  return text.replace(/\p{L}+/gu, (word) =>
    /\p{Ll}/u.test(word)
      ? word
      : word.charAt(0) + word.slice(1).toLocaleLowerCase(/[İŞĞ]/u.test(word) ? 'tr' : 'en'),
  );
}

// A town named with its river or sea after a small word: "Frankfurt am Main", "Halle an der
// Saale", "Newcastle upon Tyne", "Châlons-en-Champagne" written with spaces. The gazetteer knows it
// by the words before.
const RIVER_PART = /\s+(?:am|an der|an|upon|on|sur|en|im|ob)\s+\p{Lu}[\p{L}'.-]*$/u;

// A place's one to three capitalised words, maybe with the small word before its river's name:
// "Lakeside", "Port Vila", "Neustadt an der Weinstraße".
const RIVER_WORD = String.raw`(?:\s+(?:am|an der|an|upon|on|sur|en|im|ob))?`;
const PLACE_SHAPE = new RegExp(
  String.raw`^\p{Lu}[\p{L}'.-]*(?:${RIVER_WORD}[\s/]\p{Lu}[\p{L}'.-]*){0,2}$`,
  'u',
);

// The year of a Russian dateline's date and the full stop before the text's first sentence:
// "Лейквуд, 3 декабря 2026 года. Председатель …", "Лейквуд, 3 декабря 2026 г. Председатель …".
const RU_YEAR_STOP = /\d{4}\s+(?:года\.|г\.)\s+$/u;

/** The town or country the gazetteer knows by `place`, or by its words before a river's name. */
function knownPlace(place: string): string | null {
  if (cityCountry(place) ?? countryCode(place)) return place;
  const short = place.replace(RIVER_PART, '');
  return short !== place && (cityCountry(short) ?? countryCode(short)) ? short : null;
}

/**
 * The dateline opening a paragraph, or null when the paragraph opens with none. Only a place the
 * gazetteer knows makes a dateline, unless `ownLine`: a line of a place's one to three capitalised
 * words, a comma and a date, and nothing more ("Batum, 9 Nisan 2026"), is one wherever it is.
 */
export function readDateline(paragraph: string, ownLine = false): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return dateFirst(paragraph) ?? usTownUndated(paragraph);
  const placeText = m?.groups?.place;
  const dateText = m?.groups?.bracketed ?? m?.groups?.date;
  if (!m || !placeText || !dateText) return null;
  const dates = findDates(
    titleCase(dateText, /^\d/.test(dateText) && /[а-яё]/.test(dateText)).replace(
      /(\d)(?:st|nd|rd|th)\b/gi,
      '$1',
    ),
  );
  const when = dates[0];
  if (!when || when.start.day === null) return null;
  // Of a place named in two languages, or of two towns ("SAN JOSE / LIMON"), the name the
  // gazetteer knows.
  const names = titleCase(placeText.trim())
    .split('/')
    .map((n) => n.trim());
  const place = names.map(knownPlace).find((n) => n !== null) ?? names.join('/');
  const city = cityCountry(place) ? place : null;
  // A town the gazetteer does not know is placed by the country written after it.
  const state = m.groups?.country?.trim() ?? '';
  const written = US_STATE_SHORT.test(state) ? 'US' : state ? countryCode(titleCase(state)) : null;
  const country = (city ? cityCountry(city) : countryCode(place)) ?? written;
  // A reporter's byline after a news agency's dateline is no sentence of the text: "BISHKEK,
  // Dec. 4 (Tovar) — by Aida Kerimova", «БИШКЕК, 2 декабря. /ВЕСТ/. Автор: Ирина Соколова»,
  // "BAKÜ, 3 Aralık (HB) - Muhabir: Selin Aksoy".
  const after = paragraph.slice(m[0].length);
  const rest = BYLINE.test(after) ? '' : after;
  // Only a place the gazetteer knows: "The Secretary General, 12 June 2024 –" is no dateline.
  const placeShape = PLACE_SHAPE.test(placeText.trim());
  // A town it does not know, with a date and a dash after it, whose words name no office nor body,
  // is one too: "Lakeside, 20 March 2026 – The …"; its date may have no year, as news agencies
  // write it ("Sakarya, 4 Aralık – Heyet, …"), when the place is no weekday's name. A colon may
  // stand for the dash after a year: "Lakeside, 3rd December 2026: The …"; so may the full stop
  // after a Russian year and its word: "Лейквуд, 3 декабря 2026 года. Председатель …".
  const town =
    placeShape &&
    (when.start.year !== null || !WEEKDAY_NAME.test(placeText.trim())) &&
    (/[–—-]\s+$/u.test(m[0]) ||
      (when.start.year !== null && (/\d:\s+$/u.test(m[0]) || RU_YEAR_STOP.test(m[0])))) &&
    !placeText
      .split(/\s+/)
      .some((w) => /^(?:The|A|An)$/.test(w) || TITLE_WORD.test(w) || ORG_WORD.test(w));
  if (!country && !town && !(ownLine && placeShape && rest.trim() === '')) return null;
  const date = isoOf(when.start);
  // A date of no year keeps its month and day, to be dated by the year the release is read in.
  const monthDay = date
    ? undefined
    : `${String(when.start.month).padStart(2, '0')}-${String(when.start.day).padStart(2, '0')}`;
  return { city, country, date, rest, ...(monthDay ? { monthDay } : {}) };
}

/** An American town and its state written short, with no date: "BEAUFORT, S.C. — …"; else null. */
function usTownUndated(paragraph: string): Dateline | null {
  const m = US_TOWN_UNDATED.exec(paragraph);
  const placeText = m?.groups?.place;
  if (!m || !placeText || !PLACE_SHAPE.test(titleCase(placeText.trim()))) return null;
  // An office or a person's title before the comma is none: "The Minister, S.C. — ".
  const words = placeText.trim().split(/\s+/);
  if (words.some((w) => /^(?:The|A|An)$/i.test(w) || TITLE_WORD.test(w) || ORG_WORD.test(w)))
    return null;
  const place = titleCase(placeText.trim());
  return {
    city: cityCountry(place) === 'US' ? place : null,
    country: 'US',
    date: null,
    rest: paragraph.slice(m[0].length),
  };
}

/** A dateline written date first, «3 декабря 2026 года, Казань», of a known town; else null. */
function dateFirst(paragraph: string): Dateline | null {
  const m = DATE_FIRST.exec(paragraph);
  const dateText = m?.groups?.date;
  const placeText = m?.groups?.place;
  if (!m || !dateText || !placeText) return null;
  const when = findDates(
    titleCase(dateText, /^\d/.test(dateText) && /[а-яё]/.test(dateText)).replace(
      /(\d)(?:st|nd|rd|th)\b/gi,
      '$1',
    ),
  )[0];
  if (!when || when.start.day === null || when.start.year === null) return null;
  const place = titleCase(placeText.trim());
  const city = cityCountry(place) ? place : null;
  const written = m.groups?.country ? countryCode(titleCase(m.groups.country.trim())) : null;
  const country = (city ? cityCountry(city) : countryCode(place)) ?? written;
  if (!country) return null;
  return { city, country, date: isoOf(when.start), rest: '' };
}

function isPlace(text: string): boolean {
  const place = titleCase(text.trim());
  return text.length < 40 && (cityCountry(place) !== null || countryCode(place) !== null);
}

/** A dateline ending a heading of several lines, and the heading's words before it. */
function headingTail(paragraph: string): { head: string; dateline: Dateline } | null {
  if (!isHeading(paragraph) || paragraph.length > 160) return null;
  const words = paragraph.split(' ');
  for (let k = 1; k < words.length - 2; k += 1) {
    // After the office's name and a dash, a town the gazetteer does not know, of a place's
    // shape, dates the release too: "Executive Office – Lakeside, 4 December 2026".
    const dashed = /^[–—-]$/u.test(words[k - 1] ?? '') && k > 1;
    // So does one after the body's short name in brackets, which ends its name: "European
    // Centre for X (ECX) Lakeside, 4 December 2026".
    const bracketed = /^\(\p{Lu}{2,}[\p{L}\d&-]*\)$/u.test(words[k - 1] ?? '');
    const dateline = readDateline(words.slice(k).join(' '), dashed || bracketed);
    if (!dateline || dateline.rest.trim() !== '' || !dateline.date) continue;
    const place = /^[^,–—(]+/u.exec(words.slice(k).join(' '))?.[0].trim() ?? '';
    // One written date first names its known town after the date.
    if (!isPlace(place) && !/^\d/.test(place) && !dashed && !bracketed) continue;
    return { head: words.slice(0, dashed ? k - 1 : k).join(' '), dateline };
  }
  return null;
}

// The dash between a dateline and the headline after it, on one line.
const HEADLINE_AFTER = /^[^–—]{6,60}\d\s+[–—]\s+\p{Lu}/u;

/** The paragraphs with the dateline taken off the first one that is not a heading. */
export function takeDateline(paras: readonly string[]): {
  paras: string[];
  dateline: Dateline | null;
} {
  // A dateline on its own line, or its place on one line and its date on the next, stands
  // among the first paragraphs, before or after the title; after three heading lines (the body,
  // "PRESS RELEASE", the title) it may be the fourth.
  const first = paras.slice(0, 3).every((p) => isHeading(p)) ? 4 : 3;
  for (let i = 0; i < Math.min(paras.length, first); i += 1) {
    const own = readDateline(paras[i] ?? '', true);
    if (own && own.rest.trim() === '')
      return { paras: paras.filter((_, j) => j !== i), dateline: own };
    // A dateline of a known place opening the headline's line, a dash between them: "Lima, 30
    // November 2026 — Trust President sees river works". The headline stays a heading.
    if (
      own?.country &&
      own.date?.length === 10 &&
      HEADLINE_AFTER.test(paras[i] ?? '') &&
      isHeading(paras[i] ?? '')
    )
      return { paras: paras.map((p, j) => (j === i ? own.rest : p)), dateline: own };
    const split = isPlace(paras[i] ?? '') ? readDateline(`${paras[i]}, ${paras[i + 1]}`) : null;
    if (split && split.rest.trim() === '')
      return { paras: paras.filter((_, j) => j !== i && j !== i + 1), dateline: split };
  }
  // A dateline on the last line of the heading, no blank line above it, which the paragraph joins
  // to the body's name: "PACIFIC FORUM MEDIA RELEASE Suva, Fiji – 4 December 2026". Its place is
  // one the gazetteer knows, for the words before it are the body's.
  for (let i = 0; i < Math.min(paras.length, 3); i += 1) {
    const tail = headingTail(paras[i] ?? '');
    if (tail)
      return { paras: paras.map((p, j) => (j === i ? tail.head : p)), dateline: tail.dateline };
  }
  // A place alone on its line, its date given elsewhere (a publication stamp) or not at all.
  for (let i = 0; i < Math.min(paras.length, 3); i += 1) {
    const text = paras[i] ?? '';
    if (!isPlace(text)) continue;
    const place = titleCase(text.trim());
    const city = cityCountry(place) ? place : null;
    const country = city ? cityCountry(place) : countryCode(place);
    return {
      paras: paras.filter((_, j) => j !== i),
      dateline: { city, country, date: null, rest: '' },
    };
  }
  const at = paras.findIndex((p) => !isHeading(p));
  const dateline = at < 0 ? null : readDateline(paras[at] ?? '');
  if (!dateline) {
    // An American town and its state with no date may open the text after a line of the office
    // not read as a heading: "PENN HALL Beaufort, South Carolina" above "BEAUFORT, S.C. — …".
    const us = paras.slice(0, 4).findIndex((p) => usTownUndated(p) !== null);
    const town = us < 0 ? null : usTownUndated(paras[us] ?? '');
    if (!town) return { paras: [...paras], dateline: null };
    return { paras: paras.map((p, i) => (i === us ? town.rest : p)), dateline: town };
  }
  return { paras: paras.map((p, i) => (i === at ? dateline.rest : p)), dateline };
}
