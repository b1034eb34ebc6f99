/**
 * Careers in the demo archive: the secretariat's heads with their successive titles (an Executive
 * Director who becomes Secretary General), and counterparts in each member state who rise from
 * post to post. A meeting later asks who held a post in a country in a year, and with what title.
 */
import type { DemoCountry } from './demoData.js';
import { HONORIFICS, TITLES } from './demoOrgData.js';
import { dayOf, partialDay } from './demoDays.js';
import { demoName } from './demoNames.js';
import { writePerson, writePosition, type DemoSink, type Org } from './demoRecords.js';

export const CAREER_FROM = 1992;
export const CAREER_TO = 2026;

/** A person in a post: who a meeting lists as a participant. */
export interface Counterpart {
  personId: string;
  name: string;
  org: Org;
  title: string;
}

export interface Traveller {
  personId: string;
  name: string;
  /** Day numbers of each title's first and last day. */
  posts: { from: number; to: number; title: string }[];
}

/** The title a traveller held that day (the latest one after the last post). */
export function titleAt(traveller: Traveller, day: number): string {
  const post = traveller.posts.find((p) => day >= p.from && day <= p.to) ?? traveller.posts.at(-1)!;
  return post.title;
}

function dayOfIso(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** A member of the secretariat and the titles held there, as [title, from, to or null]. */
export function writeTraveller(
  s: DemoSink,
  secretariat: Org,
  name: string,
  aliases: string[],
  posts: [string, string, string | null][],
): Traveller {
  const first = dayOfIso(posts[0]![1]);
  const personId = writePerson(s, { name, aliases, country: null, honorific: 'Ambassador' }, first);
  const spans = posts.map(([title, from, to]) => {
    writePosition(s, personId, secretariat.id, title, [from, to], first);
    return { from: dayOfIso(from), to: to === null ? dayOf(CAREER_TO + 1) : dayOfIso(to), title };
  });
  return { personId, name, posts: spans };
}

/**
 * One counterpart's career of one to three posts in the country's organisations, each more senior
 * than the last. Each post is added to `byYear` (index: year - CAREER_FROM) for every year held.
 */
export function writeCareer(
  s: DemoSink,
  country: DemoCountry,
  orgs: readonly Org[],
  byYear: Counterpart[][] | null,
  international: Counterpart[],
): void {
  const { rng } = s;
  const { name, aliases } = demoName(rng, country.script, country.code);
  let year = rng.between(CAREER_FROM, CAREER_TO - 2);
  const day0 = dayOf(year, rng.between(1, 12), rng.between(1, 28));
  const honorific = rng.chance(0.7) ? rng.pick(HONORIFICS) : null;
  const home = byYear ? country.code : null;
  const personId = writePerson(s, { name, aliases, country: home, honorific }, day0);
  let where = rng.pick(orgs);
  let rank = -1;
  const posts = rng.between(1, 3);
  for (let p = 0; p < posts && year <= CAREER_TO; p++) {
    if (p > 0 && rng.chance(0.3)) where = rng.pick(orgs);
    const titles = TITLES[where.kind] ?? TITLES.ministry!;
    // Titles are listed most senior first: a career moves towards the front.
    rank = rank < 0 ? rng.int(titles.length) : Math.max(0, Math.min(rank, titles.length - 1) - 1);
    const title = titles[rank]!;
    const last = year + rng.between(2, 7);
    const fromDay = dayOf(year, rng.between(1, 12), rng.between(1, 28));
    const precision = rng.chance(0.7) ? 'day' : rng.chance(0.7) ? 'month' : 'year';
    const from = partialDay(fromDay, precision);
    const endDay = dayOf(last, rng.between(1, 12), rng.between(1, 28));
    const to = last > CAREER_TO ? null : partialDay(endDay, 'month');
    writePosition(s, personId, where.id, title, [from, to], fromDay);
    const entry: Counterpart = { personId, name, org: where, title };
    if (!byYear) international.push(entry);
    else
      for (let y = year; y <= Math.min(last, CAREER_TO); y++) byYear[y - CAREER_FROM]!.push(entry);
    year = last;
  }
}
