/**
 * The cast of the demo archive, written before any visit: topics, the secretariat and its heads,
 * organisations of every member state (ministries with departments inside them), and counterparts
 * whose titles change over their careers. Visits then pick the counterpart who held a post in
 * that country in that year, with the title held at the time.
 */
import {
  COUNTRIES,
  DEPARTMENTS,
  HONORIFICS,
  INTERGOVERNMENTAL,
  ORG_TEMPLATES,
  TITLES,
  TOPICS,
  type DemoCountry,
} from './demoData.js';
import { dayOf, partialDay, stamp } from './demoDays.js';
import { demoName } from './demoNames.js';
import type { Random } from './demoRandom.js';
import { dateCells, type DemoWriter } from './demoWriter.js';

export const FIRST_YEAR = 1999;
export const LAST_YEAR = 2026;
const CAREER_FROM = 1992;

export interface Org {
  id: string;
  name: string;
  kind: string;
}

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
  posts: { from: number; to: number; title: string }[];
}

export interface DemoWorld {
  topicIds: string[];
  topicNames: string[];
  secretariat: Org;
  heads: Traveller[];
  deputy: Traveller;
  /** By country (as in COUNTRIES), by year since CAREER_FROM: who held a post then. */
  counterparts: Counterpart[][][];
  /** Counterparts of organisations without a home country, met at headquarters. */
  international: Counterpart[];
  orgsByCountry: Org[][];
}

/** Who held a post in that country in that year (none in a sparse small archive). */
export function counterpartsIn(world: DemoWorld, country: number, year: number): Counterpart[] {
  return world.counterparts[country]?.[year - CAREER_FROM] ?? [];
}

export function titleAt(traveller: Traveller, day: number): string {
  const post = traveller.posts.find((p) => day >= p.from && day <= p.to) ?? traveller.posts.at(-1)!;
  return post.title;
}

type Fold = (text: string | null) => string | null;

export function buildWorld(rng: Random, out: DemoWriter, f: Fold, visits: number): DemoWorld {
  const created = (day: number) => stamp(day, rng);
  const start = dayOf(FIRST_YEAR);

  const topicIds: string[] = [];
  for (const [name, description] of TOPICS) {
    const id = rng.uuid(start);
    const at = created(start);
    out.write('topics', [id, name, f(name), description, f(description), at, at]);
    topicIds.push(id);
  }

  const org = (
    name: string,
    kind: string,
    country: string | null,
    acronym: string,
    parent: string | null,
  ): Org => {
    const id = rng.uuid(start);
    const at = created(start);
    const acr = acronym || null;
    out.write('organisations', [
      id,
      name,
      f(name),
      acr,
      f(acr),
      kind,
      f(kind),
      country,
      parent,
      null,
      null,
      at,
      at,
    ]);
    return { id, name, kind };
  };

  const person = (
    name: string,
    aliases: string[],
    country: string | null,
    honorific: string | null,
    day: number,
  ) => {
    const id = rng.uuid(day);
    const at = created(day);
    const aliasFold = aliases.map((a) => f(a)).join('\n');
    out.write('people', [
      id,
      name,
      f(name),
      honorific,
      f(honorific),
      JSON.stringify(aliases),
      aliasFold,
      country,
      null,
      null,
      at,
      at,
    ]);
    return id;
  };

  const position = (
    personId: string,
    orgId: string,
    title: string,
    from: string,
    to: string | null,
    day: number,
  ) => {
    const at = created(day);
    out.write('positions', [
      rng.uuid(day),
      personId,
      orgId,
      title,
      f(title),
      ...dateCells(from),
      ...dateCells(to),
      at,
      at,
    ]);
  };

  const secretariat = org('CICA Secretariat', 'intergovernmental', 'KZ', 'CICA', null);
  const traveller = (
    name: string,
    aliases: string[],
    posts: [string, string, string | null][],
  ): Traveller => {
    const first = dayOf(Number(posts[0]![1].slice(0, 4)), Number(posts[0]![1].slice(5, 7)));
    const personId = person(name, aliases, null, 'Ambassador', first);
    const spans = posts.map(([title, from, to]) => {
      position(personId, secretariat.id, title, from, to, first);
      const [, lo] = dateCells(from);
      const hi = to === null ? null : dateCells(to)[2];
      const toDay =
        hi === null ? dayOf(LAST_YEAR + 1) : dayOf(+hi.slice(0, 4), +hi.slice(5, 7), +hi.slice(8));
      return { from: dayOf(+lo!.slice(0, 4), +lo!.slice(5, 7), +lo!.slice(8)), to: toDay, title };
    });
    return { personId, name, posts: spans };
  };
  const ed = 'Executive Director';
  const heads = [
    traveller(
      'Yerbol Kadyrbekov',
      ['Ербол Кадырбеков', 'Y. Kadyrbekov'],
      [[ed, '1999-01-04', '2006-06-30']],
    ),
    traveller(
      'Selim Arslanoğlu',
      ['Selim Arslanoglu', 'S. Arslanoğlu'],
      [[ed, '2006-07-01', '2014-06-30']],
    ),
    traveller('周文博', ['Zhou Wenbo', 'Wenbo Zhou'], [[ed, '2014-07-01', '2020-12-31']]),
    traveller(
      'Daniyar Sarsenov',
      ['Данияр Сарсенов', 'D. Sarsenov', 'Daniiar Sarsenov'],
      [
        [ed, '2021-01-04', '2022-12-31'],
        ['Secretary General', '2023-01-01', null],
      ],
    ),
  ];
  const deputy = traveller(
    'Aruzhan Myrzakhmetova',
    ['Аружан Мырзахметова', 'A. Myrzakhmetova'],
    [
      ['Deputy Executive Director', '2012-03-01', '2022-12-31'],
      ['Deputy Secretary General', '2023-01-01', null],
    ],
  );

  const years = LAST_YEAR + 1 - CAREER_FROM + 1;
  const counterparts: Counterpart[][][] = COUNTRIES.map(() =>
    Array.from({ length: years }, () => []),
  );
  const international: Counterpart[] = [];
  const orgsByCountry: Org[][] = [];

  const career = (country: DemoCountry, ci: number, orgs: Org[], homeless: boolean) => {
    const { name, aliases } = demoName(rng, country.script, country.code);
    let year = rng.between(CAREER_FROM, LAST_YEAR - 2);
    const posts = rng.between(1, 3);
    const day0 = dayOf(year, rng.between(1, 12), rng.between(1, 28));
    const honorific = rng.chance(0.7) ? rng.pick(HONORIFICS) : null;
    const personId = person(name, aliases, homeless ? null : country.code, honorific, day0);
    let where = rng.pick(orgs);
    let rank = -1;
    for (let p = 0; p < posts && year <= LAST_YEAR; p++) {
      if (p > 0 && rng.chance(0.3)) where = rng.pick(orgs);
      const titles = TITLES[where.kind] ?? TITLES.ministry!;
      rank = rank < 0 ? rng.int(titles.length) : Math.max(0, Math.min(rank, titles.length - 1) - 1);
      const title = titles[rank]!;
      const length = rng.between(2, 7);
      const last = year + length;
      const current = last > LAST_YEAR;
      const fromDay = dayOf(year, rng.between(1, 12), rng.between(1, 28));
      const from = partialDay(
        fromDay,
        rng.chance(0.7) ? 'day' : rng.chance(0.7) ? 'month' : 'year',
      );
      const to = current
        ? null
        : partialDay(dayOf(last, rng.between(1, 12), rng.between(1, 28)), 'month');
      position(personId, where.id, title, from, to, fromDay);
      const entry: Counterpart = { personId, name, org: where, title };
      if (homeless) international.push(entry);
      else
        for (let y = year; y <= Math.min(last, LAST_YEAR); y++)
          counterparts[ci]![y - CAREER_FROM]!.push(entry);
      year = last;
    }
  };

  const perCountry = Math.max(12, Math.round((visits * 0.15) / COUNTRIES.length));
  COUNTRIES.forEach((country, ci) => {
    const orgs: Org[] = [];
    for (const [kind, template, acronym] of ORG_TEMPLATES) {
      const name = template.replace('{C}', country.name).replace('{X}', rng.pick(country.cities));
      const o = org(name, kind, country.code, acronym, null);
      orgs.push(o);
      if (template.startsWith('Ministry of Foreign Affairs')) {
        for (const dep of DEPARTMENTS)
          orgs.push(org(`${dep}, ${name}`, 'department', country.code, '', o.id));
      }
    }
    for (const [name, acronym, home] of INTERGOVERNMENTAL) {
      if (home === country.code) orgs.push(org(name, 'intergovernmental', home, acronym, null));
    }
    orgsByCountry.push(orgs);
    for (let i = 0; i < perCountry; i++) career(country, ci, orgs, false);
  });
  const homeless = INTERGOVERNMENTAL.filter(([, , home]) => home === '').map(([name, acronym]) =>
    org(name, 'intergovernmental', null, acronym, null),
  );
  for (let i = 0; i < Math.max(8, perCountry / 4); i++)
    career(rng.pick(COUNTRIES), 0, homeless, true);

  return {
    topicIds,
    topicNames: TOPICS.map(([name]) => name),
    secretariat,
    heads,
    deputy,
    counterparts,
    international,
    orgsByCountry,
  };
}
