/**
 * The cast of the demo archive, written before any visit: topics, the secretariat and its heads,
 * organisations of every member state (ministries with departments inside them), international
 * organisations, and the counterparts who hold posts in them over the years.
 */
import { COUNTRIES, TOPICS } from './demoData.js';
import { dayOf } from './demoDays.js';
import {
  CAREER_FROM,
  CAREER_TO,
  writeCareer,
  writeTraveller,
  type Counterpart,
  type Traveller,
} from './demoCareers.js';
import { DEPARTMENTS, INTERGOVERNMENTAL, ORG_TEMPLATES } from './demoOrgData.js';
import { writeOrganisation, writeTopic, type DemoSink, type Org } from './demoRecords.js';

export const FIRST_YEAR = 1999;
export const LAST_YEAR = 2026;

export interface DemoWorld {
  topicIds: string[];
  topicNames: string[];
  secretariat: Org;
  /** The heads of the secretariat in turn, and their deputy. */
  heads: Traveller[];
  deputy: Traveller;
  /** By country (as in COUNTRIES), by year since CAREER_FROM: who held a post then. */
  counterparts: Counterpart[][][];
  /** Staff of organisations without a home country among the members. */
  international: Counterpart[];
  /** Each country's organisations, its ministry of foreign affairs first. */
  orgsByCountry: Org[][];
}

/** Who held a post in that country in that year (none, at times, in a small archive). */
export function counterpartsIn(world: DemoWorld, country: number, year: number): Counterpart[] {
  return world.counterparts[country]?.[year - CAREER_FROM] ?? [];
}

function writeHeads(s: DemoSink, secretariat: Org): Pick<DemoWorld, 'heads' | 'deputy'> {
  const ed = 'Executive Director';
  const head = (name: string, aliases: string[], posts: [string, string, string | null][]) =>
    writeTraveller(s, secretariat, name, aliases, posts);
  return {
    heads: [
      head(
        'Yerbol Kadyrbekov',
        ['Ербол Кадырбеков', 'Y. Kadyrbekov'],
        [[ed, '1999-01-04', '2006-06-30']],
      ),
      head(
        'Selim Arslanoğlu',
        ['Selim Arslanoglu', 'S. Arslanoğlu'],
        [[ed, '2006-07-01', '2014-06-30']],
      ),
      head('周文博', ['Zhou Wenbo', 'Wenbo Zhou'], [[ed, '2014-07-01', '2020-12-31']]),
      head(
        'Daniyar Sarsenov',
        ['Данияр Сарсенов', 'D. Sarsenov', 'Daniiar Sarsenov'],
        [
          [ed, '2021-01-04', '2022-12-31'],
          ['Secretary General', '2023-01-01', null],
        ],
      ),
    ],
    deputy: head(
      'Aruzhan Myrzakhmetova',
      ['Аружан Мырзахметова', 'A. Myrzakhmetova'],
      [
        ['Deputy Executive Director', '2012-03-01', '2022-12-31'],
        ['Deputy Secretary General', '2023-01-01', null],
      ],
    ),
  };
}

/** Writes the cast, scaled to the number of visits so that counterparts recur but not too often. */
export function buildWorld(s: DemoSink, visits: number): DemoWorld {
  const { rng } = s;
  const day = dayOf(FIRST_YEAR);
  const topicIds = TOPICS.map(([name, description]) => writeTopic(s, name, description, day));
  const org = (
    name: string,
    kind: string,
    country: string | null,
    acronym = '',
    parentId: string | null = null,
  ) => writeOrganisation(s, { name, kind, country, acronym: acronym || null, parentId }, day);
  const secretariat = org('CICA Secretariat', 'intergovernmental', 'KZ', 'CICA');
  const { heads, deputy } = writeHeads(s, secretariat);

  const years = CAREER_TO - CAREER_FROM + 1;
  const counterparts = COUNTRIES.map(() => Array.from({ length: years }, (): Counterpart[] => []));
  const international: Counterpart[] = [];
  const orgsByCountry: Org[][] = [];
  const perCountry = Math.max(12, Math.round((visits * 0.15) / COUNTRIES.length));
  COUNTRIES.forEach((country, ci) => {
    const orgs: Org[] = [];
    for (const [kind, template, acronym] of ORG_TEMPLATES) {
      const name = template.replace('{C}', country.name).replace('{X}', rng.pick(country.cities));
      const parent = org(name, kind, country.code, acronym);
      orgs.push(parent);
      if (kind === 'ministry' && acronym === 'MFA') {
        for (const dep of DEPARTMENTS)
          orgs.push(org(`${dep}, ${name}`, 'department', country.code, '', parent.id));
      }
    }
    for (const [name, acronym, home] of INTERGOVERNMENTAL) {
      if (home === country.code) orgs.push(org(name, 'intergovernmental', home, acronym));
    }
    orgsByCountry.push(orgs);
    for (let i = 0; i < perCountry; i++)
      writeCareer(s, country, orgs, counterparts[ci]!, international);
  });
  const homeless = INTERGOVERNMENTAL.filter(([, , home]) => home === '').map(([name, acronym]) =>
    org(name, 'intergovernmental', null, acronym),
  );
  for (let i = 0; i < Math.max(8, perCountry / 4); i++) {
    writeCareer(s, rng.pick(COUNTRIES), homeless, null, international);
  }
  const topicNames = TOPICS.map(([name]) => name);
  return {
    topicIds,
    topicNames,
    secretariat,
    heads,
    deputy,
    counterparts,
    international,
    orgsByCountry,
  };
}
