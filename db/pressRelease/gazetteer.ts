import { countries } from '../values/countries.js';
import { FOREIGN_CITIES, FOREIGN_COUNTRIES, foreignCountryCode } from './foreignPlaces.js';
import { MAIN_CITIES } from './mainCities.js';
import { WORLD_CITIES } from './worldCities.js';

// Capitals and main cities of CICA's member states, and the cities a secretariat often visits.
// prettier-ignore
const CITIES: Record<string, string> = {
  Kabul: 'AF', Baku: 'AZ', Ganja: 'AZ', Manama: 'BH', Dhaka: 'BD', Chittagong: 'BD',
  'Phnom Penh': 'KH', 'Siem Reap': 'KH', Beijing: 'CN', Shanghai: 'CN', Guangzhou: 'CN',
  Xiamen: 'CN', Urumqi: 'CN', Cairo: 'EG', Alexandria: 'EG', 'New Delhi': 'IN', Delhi: 'IN',
  Mumbai: 'IN', Tehran: 'IR', Isfahan: 'IR', Baghdad: 'IQ', Jerusalem: 'IL', 'Tel Aviv': 'IL',
  Amman: 'JO', Astana: 'KZ', 'Nur-Sultan': 'KZ', Almaty: 'KZ', Shymkent: 'KZ', Turkistan: 'KZ',
  'Kuwait City': 'KW', Bishkek: 'KG', Osh: 'KG', Ulaanbaatar: 'MN', Islamabad: 'PK',
  Karachi: 'PK', Lahore: 'PK', Ramallah: 'PS', Doha: 'QA', Seoul: 'KR', Busan: 'KR',
  Moscow: 'RU', 'Saint Petersburg': 'RU', 'St. Petersburg': 'RU', Kazan: 'RU', Vladivostok: 'RU',
  Sochi: 'RU', Dushanbe: 'TJ', Khujand: 'TJ', Bangkok: 'TH', Ankara: 'TR', Istanbul: 'TR',
  Antalya: 'TR', Ashgabat: 'TM', 'Abu Dhabi': 'AE', Dubai: 'AE', Tashkent: 'UZ', Samarkand: 'UZ',
  Bukhara: 'UZ', Khiva: 'UZ', Hanoi: 'VN', 'Ho Chi Minh City': 'VN', Colombo: 'LK',
  Muscat: 'OM', Minsk: 'BY', Geneva: 'CH', Vienna: 'AT', 'New York': 'US', Brussels: 'BE',
  Riyadh: 'SA', Jeddah: 'SA', Tokyo: 'JP', Jakarta: 'ID', 'Kuala Lumpur': 'MY',
  ...MAIN_CITIES,
  ...WORLD_CITIES,
  ...FOREIGN_CITIES,
};

// prettier-ignore
const DEMONYMS: Record<string, string> = {
  Russian: 'RU', Chinese: 'CN', Kazakh: 'KZ', Kazakhstani: 'KZ', Uzbek: 'UZ', Kyrgyz: 'KG',
  Tajik: 'TJ', Turkmen: 'TM', Azerbaijani: 'AZ', Turkish: 'TR', Iranian: 'IR', Iraqi: 'IQ',
  Indian: 'IN', Pakistani: 'PK', Afghan: 'AF', Mongolian: 'MN', Korean: 'KR', Thai: 'TH',
  Vietnamese: 'VN', Cambodian: 'KH', Bangladeshi: 'BD', Egyptian: 'EG', Jordanian: 'JO',
  Qatari: 'QA', Emirati: 'AE', Bahraini: 'BH', Kuwaiti: 'KW', Israeli: 'IL', Palestinian: 'PS',
  'Sri Lankan': 'LK', Omani: 'OM', Belarusian: 'BY',
  // An adjective a country's own offices and provinces carry: "the Philippine province of X".
  Philippine: 'PH',
};

// prettier-ignore
const COUNTRY_ALIASES: Record<string, string> = {
  Russia: 'RU', 'Russian Federation': 'RU', China: 'CN', "People's Republic of China": 'CN',
  // Taiwan's own name for itself; read whole, its last word would make it China.
  'Republic of China': 'TW', 'Chinese Taipei': 'TW',
  'Republic of Korea': 'KR', 'South Korea': 'KR', Korea: 'KR', Iran: 'IR', Vietnam: 'VN',
  'Viet Nam': 'VN', Türkiye: 'TR', Turkey: 'TR', 'United Arab Emirates': 'AE', UAE: 'AE',
  Palestine: 'PS', 'State of Palestine': 'PS', Kyrgyzstan: 'KG', 'Kyrgyz Republic': 'KG',
  'Republic of Kazakhstan': 'KZ', 'Republic of Uzbekistan': 'UZ', Azerbaijan: 'AZ',
  Afghanistan: 'AF', Bahrain: 'BH', Bangladesh: 'BD', Cambodia: 'KH', Egypt: 'EG', India: 'IN',
  Iraq: 'IQ', Israel: 'IL', Jordan: 'JO', Kazakhstan: 'KZ', Kuwait: 'KW', Mongolia: 'MN',
  Pakistan: 'PK', Qatar: 'QA', Tajikistan: 'TJ', Thailand: 'TH', Turkmenistan: 'TM',
  Uzbekistan: 'UZ', 'Sri Lanka': 'LK', Oman: 'OM', Belarus: 'BY',
};

// The names ministries carry in their official titles ("Ministry of ... of the Russian Federation").
// prettier-ignore
const OFFICIAL_NAMES: Record<string, string> = {
  RU: 'the Russian Federation', KZ: 'the Republic of Kazakhstan', UZ: 'the Republic of Uzbekistan',
  CN: "the People's Republic of China", KR: 'the Republic of Korea', KG: 'the Kyrgyz Republic',
  TJ: 'the Republic of Tajikistan', AZ: 'the Republic of Azerbaijan', TR: 'the Republic of Türkiye',
  BY: 'the Republic of Belarus',
};

export interface PlaceMention {
  city: string | null;
  country: string;
  index: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CITY_RE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(CITIES)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}])(?! [A-Z][a-z])`,
  'gu',
);

// Towns whose names are Turkish words of a name when a capitalised word stands before them:
// "Tatar Dili ve Edebiyatı" (the Tatar language) names no town of Timor-Leste.
const WORD_AFTER_NAME = new Set(['Dili']);

/** Cities of the gazetteer named in the text, not as part of a longer name ("Astana Forum"). */
export function findCities(text: string): PlaceMention[] {
  const named = (m: RegExpExecArray) =>
    WORD_AFTER_NAME.has(m[1] ?? '') && /\p{Lu}\p{Ll}*\s$/u.test(text.slice(0, m.index));
  return [...text.matchAll(CITY_RE)]
    .filter((m) => !named(m))
    .map((m) => ({
      city: m[1] ?? '',
      country: CITIES[m[1] ?? ''] ?? '',
      index: m.index,
    }));
}

const SHORT_WORDS: Record<string, string> = {
  ...FOREIGN_COUNTRIES,
  ...COUNTRY_ALIASES,
  ...DEMONYMS,
};

/**
 * The English names of several words ("New Zealand", "Trinidad and Tobago"), so that they are read
 * at all, and those that end in another country's name ("Equatorial Guinea", "South Sudan") read
 * whole, not by their last word. A name a list writes with its form of state after a comma
 * ("Micronesia, Federated States of") is read as a text writes it: "Federated States of
 * Micronesia".
 */
function namesOfSeveralWords(): Record<string, string> {
  const out: Record<string, string> = {};
  const named = countries.getNames('en', { select: 'all' });
  for (const [code, listed] of Object.entries(named)) {
    const names = listed.map((n) => n.replace(/^([^,]+), ((?:\p{Lu}\p{L}*\s+)+of)$/u, '$2 $1'));
    for (const name of names) {
      const words = name.split(' ');
      if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and)$/.test(w)))
        continue;
      out[name] = code;
    }
  }
  return out;
}

const SEVERAL_WORDS = namesOfSeveralWords();

/** A name without its accents: "São Tomé and Príncipe" as "Sao Tome and Principe"; "Đ", which
 * has no mark to take off, as "D": "Thị" → "Thi", "Đỗ" → "Do". */
export function unaccented(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const UNACCENTED: Record<string, string> = Object.fromEntries(
  Object.entries(SEVERAL_WORDS).map(([name, code]) => [unaccented(name), code]),
);

// Each letter of a name written in English letters may carry an accent in the text.
const ACCENTED: Record<string, string> = {
  a: '[aáàâãä]',
  e: '[eéèêë]',
  i: '[iíìîï]',
  o: '[oóòôõö]',
  u: '[uúùûü]',
  c: '[cç]',
  n: '[nñ]',
};

const COUNTRY_WORDS = { ...SEVERAL_WORDS, ...SHORT_WORDS };
const COUNTRY_RE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(COUNTRY_WORDS)
    .sort((a, b) => b.length - a.length)
    // A name of two words may be written with a hyphen: "Bosna-Hersek" as "Bosna Hersek".
    .map((k) => {
      const pattern = escape(k).replace(/ /g, '[ -]');
      return k in SEVERAL_WORDS ? pattern.replace(/[aeioucn]/g, (l) => ACCENTED[l] ?? l) : pattern;
    })
    .join('|')}|[A-Z][a-z]+stan|[A-Z][a-z]+(?:ia|land|nia)|\\p{Lu}\\p{Ll}{3,})(?![\\p{L}])`,
  'gu',
);

// Every capitalised word of a release is looked up, most of them again in the next release: the
// answers are kept, and forgotten all at once when there are too many to keep.
const KNOWN_CODES = new Map<string, string | null>();
const KNOWN_CODES_KEPT = 50_000;

/** The ISO code of a country's name, alias or demonym, or null. */
export function countryCode(word: string): string | null {
  let code = KNOWN_CODES.get(word);
  if (code === undefined) {
    code = lookUpCountryCode(word);
    if (KNOWN_CODES.size >= KNOWN_CODES_KEPT) KNOWN_CODES.clear();
    KNOWN_CODES.set(word, code);
  }
  return code;
}

// The country list's own English names, looked up by a search through all of them.
const ENGLISH_CODES = new Map<string, string | undefined>();

function englishCountryCode(word: string): string | undefined {
  if (ENGLISH_CODES.has(word)) return ENGLISH_CODES.get(word);
  const code = countries.getAlpha2Code(word, 'en');
  if (ENGLISH_CODES.size >= KNOWN_CODES_KEPT) ENGLISH_CODES.clear();
  ENGLISH_CODES.set(word, code);
  return code;
}

function lookUpCountryCode(word: string): string | null {
  const code =
    COUNTRY_WORDS[word] ??
    englishCountryCode(word) ??
    foreignCountryCode(word) ??
    (word.includes(' ') ? UNACCENTED[unaccented(word)] : undefined);
  return code ?? (word.includes('-') ? (COUNTRY_WORDS[word.replace(/-/g, ' ')] ?? null) : null);
}

// A country's English one-word name between an English capitalised word that is no country's and
// a word that is no conjunction is part of a longer name of a place or a thing: "the Wheal Mexico
// workings" (a Cornish mine), "New Mexico Street", not Mexico. Words of a state's form or a side
// of it stand before its name; a Turkish title in the possessive ("Genel Sekreteri") is no part,
// nor a name before a list ("Başkan A Hollanda ve Belçika'da").
const NAME_BEFORE = /(?<=[\p{L},;:)] )[A-Z][a-z]+(?<![iu]) $/u;
const WORD_AFTER = /^\S+ (?!(?:and|or|ve|ile)\b)[A-Za-z]/;
const BEFORE_A_COUNTRY = new RegExp(
  '^(?:Republic|Kingdom|State|Sultanate|Principality|Federation|Commonwealth|Union|Great|' +
    'Greater|North|South|East|West|Northern|Southern|Eastern|Western|Central|Visit|Welcome|' +
    'Team|Air)$',
);

function insideLongerName(text: string, m: RegExpExecArray | RegExpMatchArray): boolean {
  const word = m[1] ?? '';
  if (word.includes(' ') || word in DEMONYMS || m.index === undefined) return false;
  if (!(word in COUNTRY_WORDS) && !englishCountryCode(word)) return false;
  if (!WORD_AFTER.test(text.slice(m.index))) return false;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0].trim();
  return (
    before !== undefined &&
    !BEFORE_A_COUNTRY.test(before) &&
    countryCode(before) === null &&
    cityCountry(before) === null
  );
}

/** Countries named in the text (by name, alias or demonym), in order. */
export function findCountries(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(COUNTRY_RE)) {
    if (insideLongerName(text, m)) continue;
    const code = countryCode(m[1] ?? '');
    if (code) out.push({ city: null, country: code, index: m.index });
  }
  return out;
}

export function cityCountry(city: string): string | null {
  return CITIES[city] ?? null;
}

/**
 * Whether a name found as a person's is a city or country of the gazetteers, in any spelling they
 * hold: written with a space or a hyphen ("Abu Dabi", "Абу-Даби"), after a Turkish case ending or
 * an English possessive ("Kuala Lumpur'da", "Abu Dhabi's").
 */
export function isPlaceName(name: string): boolean {
  const bare = name.replace(/['’]\p{L}*$/u, '').trim();
  return [bare, bare.replace(/-/g, ' '), bare.replace(/ /g, '-')].some(
    (form) => cityCountry(form) !== null || countryCode(form) !== null,
  );
}

/**
 * How a ministry's official title names its country; a name of a republic, a kingdom, a union of
 * states or islands takes "the": "the Lao People's Democratic Republic", "the United Kingdom".
 */
export function officialCountryName(code: string): string {
  const name = OFFICIAL_NAMES[code] ?? countries.getName(code, 'en') ?? code;
  return /^(?!the\b)(?:.*\b(?:Republic|Kingdom|States|Islands|Federation|Emirates)\b|Holy\b)/.test(
    name,
  )
    ? `the ${name}`
    : name;
}
