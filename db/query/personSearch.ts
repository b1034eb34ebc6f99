/**
 * The people a search names, and the records that reach them. People's full-text index holds
 * every spelling of their names and the keys they are found by (see values/spellings.ts), so a
 * word of a search is looked for there as typed and as its keys. Visits reach their traveller and
 * meetings everyone who took part through the indexes on their links, so a person's records are
 * found without their name being copied into every meeting.
 */
import type { TableName } from '../api.js';
import { spellingKeys, spellingVariants } from '../values/spellings.js';
import { term, type SqlTerm } from './sqlTerm.js';

/** An FTS5 phrase, the last word as a prefix when `prefix`. */
const phrase = (words: string, prefix: boolean) => `"${words}"${prefix ? ' *' : ''}`;

/** The FTS5 query finding a person by every phrase, each as typed or as one of its keys. */
export function spellingsQuery(phrases: string[][], prefix = true): string | null {
  if (phrases.length === 0) return null;
  const groups = phrases.map((tokens, i) => {
    const last = prefix && i === phrases.length - 1;
    const typed = tokens.join(' ');
    const keys = spellingKeys(typed).filter((k) => k !== typed);
    const all = [typed, ...keys].map((words) => phrase(words, last));
    return all.length === 1 ? all[0] : `(${all.join(' OR ')})`;
  });
  return groups.join(' AND ');
}

/** Live people matching an FTS5 query of people_fts, as a SELECT of their ids. */
export function peopleMatching(match: string): SqlTerm {
  return term(
    `SELECT p.id FROM people p WHERE p.rid IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?) AND p.deleted_at IS NULL`,
    match,
  );
}

interface PersonLink {
  /** The records of `t` linked to one of `people`: few of them, read through the link's index. */
  narrow: (people: string) => string;
  /** The same, tested record by record as the sort's index is walked. */
  broad: (people: string) => string;
  /** The links to one of `people`, up to `limit`, to tell a broad search. */
  probe: (people: string, limit: number) => string;
}

/** The tables whose records a person's name finds, and how they reach their people. */
export const PERSON_LINKS: Partial<Record<TableName, PersonLink>> = {
  visits: {
    narrow: (people) => `t.traveller_id IN (${people})`,
    broad: (people) => `+t.traveller_id IN (${people})`,
    probe: (people, limit) =>
      `SELECT 1 FROM visits v WHERE v.traveller_id IN (${people}) LIMIT ${limit}`,
  },
  meetings: {
    narrow: (people) =>
      `t.id IN (SELECT mp.meeting_id FROM meeting_participants mp WHERE mp.person_id IN (${people}))`,
    // The meeting's own few participants, each looked up in the set of people named: through
    // (person_id, meeting_id) SQLite would seek once per person named for every meeting walked
    // (599 people for 'м': 5.8 s for a page that matches few meetings' text).
    broad: (people) =>
      `EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.meeting_id = t.id AND +mp.person_id IN (${people}))`,
    probe: (people, limit) =>
      `SELECT 1 FROM meeting_participants mp WHERE mp.person_id IN (${people}) LIMIT ${limit}`,
  },
};

/**
 * A "contains" filter on a person: a folded spellings column (see values/spellings.ts) holding any
 * value as typed or as one of its keys.
 */
export function spellingsContain(column: string, values: string[]): SqlTerm {
  const variants = [...new Set(values.flatMap(spellingVariants))];
  if (variants.length === 0) return term('0');
  return term(`(${variants.map(() => `instr(${column}, ?) > 0`).join(' OR ')})`, ...variants);
}
