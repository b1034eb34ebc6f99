/**
 * The archive's people a name in a release may stand for, each with the reason it was chosen,
 * so that a reviewer sees why and can choose otherwise. The archive's one matcher
 * (namedRecords.ts: name, other spellings, initial and surname) goes first; when it finds no one,
 * the name is compared across scripts and romanisations (matchPeopleKeys.ts): "Лавров",
 * "С. Лавров" and "Sergey Lavrov" are one surname.
 */
import type { Database } from 'better-sqlite3';
import type { MATCH_REASONS } from '../api.js';
import { fold } from '../values/fold.js';
import { findNamed } from '../records/namedRecords.js';
import { statement } from '../query/statement.js';
import { latinKeys, mayBeSameSurname, nameParts, roughSurname } from './matchPeopleKeys.js';

type NameParts = ReturnType<typeof nameParts>;

/** Why a person was proposed; the renderer says it in words. */
export type MatchReason = (typeof MATCH_REASONS)[number];

export interface PersonMatch {
  id: string;
  name: string;
  reason: MatchReason;
  /** The other spelling that matched, for 'alias'. */
  alias?: string;
}

interface Person {
  id: string;
  name: string;
  aliases: string[];
  /** The Latin skeletons of the name and every other spelling, as first name and surname. */
  keys?: NameParts[];
  /** The rough surnames of the same, to pass over most people quickly. */
  rough?: string[];
}

// In the order they were entered, so that people proposed for the same reason keep one order.
const LIVE_PEOPLE = 'SELECT id, name, aliases FROM people WHERE deleted_at IS NULL ORDER BY rid';

function person(db: Database, id: string): Person {
  const row = statement(db, 'SELECT id, name, aliases FROM people WHERE id = ?').get(id) as {
    id: string;
    name: string;
    aliases: string;
  };
  return { id: row.id, name: row.name, aliases: JSON.parse(row.aliases) as string[] };
}

/** The live people, read once per draft and only when a name needs comparing across scripts. */
export function peopleIndex(db: Database): () => Person[] {
  let people: Person[] | null = null;
  return () =>
    (people ??= (
      statement(db, LIVE_PEOPLE).all() as { id: string; name: string; aliases: string }[]
    ).map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] })));
}

/** A surname and its inflected forms ("Lavrovym", "Lavrova" after "Lavrov") share the stem. */
function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

function reasonBetween(mine: NameParts, other: NameParts): MatchReason | null {
  if (!sameSurname(mine.surname, other.surname)) return null;
  if (mine.first === '') return 'surname';
  if (mine.first === other.first) return 'spelling';
  // A first name that disagrees is another person with the same surname.
  return mine.first.charAt(0) === other.first.charAt(0) ? 'spellingInitial' : null;
}

function acrossScripts(name: string, people: Person[]): PersonMatch[] {
  const keys = latinKeys(name).map(nameParts);
  const rough = roughSurname(name);
  const matches: PersonMatch[] = [];
  for (const p of people) {
    p.rough ??= [p.name, ...p.aliases].map(roughSurname);
    if (!p.rough.some((r) => mayBeSameSurname(r, rough))) continue;
    p.keys ??= [p.name, ...p.aliases].flatMap((n) => latinKeys(n).map(nameParts));
    let best: MatchReason | null = null;
    for (const mine of keys)
      for (const other of p.keys) {
        const reason = reasonBetween(mine, other);
        if (reason && (!best || RANK.indexOf(reason) < RANK.indexOf(best))) best = reason;
      }
    if (best) matches.push({ id: p.id, name: p.name, reason: best });
  }
  return matches.sort((a, b) => RANK.indexOf(a.reason) - RANK.indexOf(b.reason));
}

const RANK: MatchReason[] = ['name', 'alias', 'initial', 'spelling', 'spellingInitial', 'surname'];

/** The people `name` may stand for, best first; the first is the one proposed when alone. */
export function matchPeople(
  db: Database,
  name: string,
  people: () => Person[] = peopleIndex(db),
): PersonMatch[] {
  const key = fold(name.trim());
  if (key === '') return [];
  const named = findNamed(db, 'people', name).map((id) => person(db, id));
  if (named.length > 0)
    return named.map((p) => {
      if (fold(p.name) === key) return { id: p.id, name: p.name, reason: 'name' };
      const alias = p.aliases.find((a) => fold(a) === key);
      if (alias) return { id: p.id, name: p.name, reason: 'alias', alias };
      // "Sergei Lavrov" for "Sergey Lavrov" is more than an initial that agrees.
      const spelt = latinKeys(name).some((k) => latinKeys(p.name).includes(k));
      return { id: p.id, name: p.name, reason: spelt ? 'spelling' : 'initial' };
    });
  return acrossScripts(name, people());
}

/** The one person `name` stands for, or null when no one, or more than one, fits. */
export function matchOnePerson(
  db: Database,
  name: string,
  people?: () => Person[],
): PersonMatch | null {
  const found = matchPeople(db, name, people);
  const [first, second] = found;
  // Two people found by the same kind of reason are a choice for the reviewer, not a match.
  return first && (!second || second.reason !== first.reason) ? first : null;
}
