/**
 * The rows of the demo's cast (topics, organisations, people, positions), each with its shadow
 * columns, written through the demo writer. Ids and timestamps come from the record's own day.
 */
import { stamp } from './demoDays.js';
import type { Random } from './demoRandom.js';
import { dateCells, type DemoWriter } from './demoWriter.js';
import { spellingsOf } from '../values/spellings.js';

/** What every demo step writes with: the seeded source, the inserts, the cached fold. */
export interface DemoSink {
  rng: Random;
  out: DemoWriter;
  fold: (text: string | null) => string | null;
}

export interface Org {
  id: string;
  name: string;
  kind: string;
}

export function writeTopic(s: DemoSink, name: string, description: string, day: number): string {
  const id = s.rng.uuid(day);
  const at = stamp(day, s.rng);
  s.out.write('topics', [id, name, s.fold(name), description, s.fold(description), at, at]);
  return id;
}

export interface OrgInput {
  name: string;
  kind: string;
  country: string | null;
  acronym: string | null;
  parentId: string | null;
}

export function writeOrganisation(s: DemoSink, o: OrgInput, day: number): Org {
  const id = s.rng.uuid(day);
  const at = stamp(day, s.rng);
  const { fold } = s;
  // prettier-ignore
  s.out.write('organisations', [
    id, o.name, fold(o.name), o.acronym, fold(o.acronym), o.kind, fold(o.kind), o.country,
    o.parentId, null, null, at, at,
  ]);
  return { id, name: o.name, kind: o.kind };
}

export interface PersonInput {
  name: string;
  aliases: string[];
  country: string | null;
  honorific: string | null;
}

export function writePerson(s: DemoSink, p: PersonInput, day: number): string {
  const id = s.rng.uuid(day);
  const at = stamp(day, s.rng);
  const { fold } = s;
  const aliasesFold = p.aliases.map((a) => fold(a)).join('\n');
  // prettier-ignore
  s.out.write('people', [
    id, p.name, fold(p.name), p.honorific, fold(p.honorific), JSON.stringify(p.aliases),
    aliasesFold, spellingsOf(p.name, p.aliases), p.country, null, null, at, at,
  ]);
  return id;
}

/** A title held at an organisation from one partial date to another (null: still held). */
export function writePosition(
  s: DemoSink,
  personId: string,
  orgId: string,
  title: string,
  span: [from: string, to: string | null],
  day: number,
): void {
  const at = stamp(day, s.rng);
  // prettier-ignore
  s.out.write('positions', [
    s.rng.uuid(day), personId, orgId, title, s.fold(title), ...dateCells(span[0]),
    ...dateCells(span[1]), at, at,
  ]);
}
