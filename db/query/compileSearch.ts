/**
 * The search box as SQL: the user's words, whatever punctuation they hold, become an FTS5 query
 * that cannot be a syntax error, ANDed with the filters.
 */
import type { TableName } from '../api.js';
import { all, term, type SqlTerm } from './sqlTerm.js';
import { PERSON_LINKS, peopleMatching, spellingsQuery } from './personSearch.js';
import { anyTextContains } from './textMatch.js';
import { FTS_TABLE } from './fields.js';

// What the unicode61 tokenizer keeps as token characters (letters, digits, private use), plus
// combining marks so that a decomposed letter stays one word until the tokenizer drops its accent.
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** The words of a search, each whitespace-separated chunk kept together as one phrase. */
export function searchPhrases(text: string): string[][] {
  return text
    .normalize('NFKC')
    .split(/\s+/u)
    .map((chunk) => chunk.match(TOKEN) ?? [])
    .filter((tokens) => tokens.length > 0);
}

/**
 * The FTS5 query of a table's own index matching every phrase, the last one as a prefix when
 * `prefix` (so that results follow the typing). Tokens hold no quote character, so wrapping them
 * in quotes leaves FTS5 nothing to parse but plain phrases. People's index holds the keys of their
 * spellings: there each phrase is also looked for as its keys. With `lastWords`, the whole words
 * the last token begins (see wordsBeginning), the prefix is asked as those words ORed.
 */
function ownQuery(
  table: TableName,
  phrases: string[][],
  prefix: boolean,
  lastWords?: readonly string[],
): string {
  if (table === 'people') return spellingsQuery(phrases, prefix) ?? '';
  const quoted = (tokens: readonly string[]) => `"${tokens.join(' ')}"`;
  const last = phrases.at(-1);
  if (!prefix || !last || !lastWords || lastWords.length === 0) {
    return `${phrases.map(quoted).join(' ')}${prefix ? ' *' : ''}`;
  }
  const words = lastWords.map((word) => quoted([...last.slice(0, -1), word])).join(' OR ');
  const before = phrases.slice(0, -1).map(quoted).join(' ');
  return before === '' ? `(${words})` : `${before} AND (${words})`;
}

/** An FTS5 query matching every phrase of `text`, or null when it holds no word at all. */
export function ftsQuery(
  table: TableName,
  text: string,
  prefix = true,
  lastWords?: readonly string[],
): string | null {
  const phrases = searchPhrases(text);
  return phrases.length === 0 ? null : ownQuery(table, phrases, prefix, lastWords);
}

/** The last token of a search, which it asks as a prefix; null when it holds no word. */
export function lastToken(text: string | undefined): string | null {
  return (text === undefined ? undefined : searchPhrases(text).at(-1)?.at(-1)) ?? null;
}

/**
 * The record's rid from its full-text index's rowid: meetings_fts numbers its rows by date key,
 * (date as YYYYMMDD) * 2^32 + rid (see 0008_meetings_fts_date_order.sql); the others by rid.
 */
const FTS_RID: Partial<Record<TableName, string>> = { meetings: 'rowid & 4294967295' };

/** The tables whose full-text index hands out matches in the order of their default sort. */
export function dateKeyed(table: TableName): boolean {
  return FTS_RID[table] !== undefined;
}

/**
 * A window of a date-keyed index (see dateKeyed): the matches of the records ordered at or before
 * the record (`date`, `rid`) on the table's date order, newest first. `rids` holds, for each FTS5
 * query of the search (see searchMatches), the rids of its matches in the window, read while the
 * window was found: a prefix of four letters or more merges the lists of every word it starts each
 * time it is asked, so the page is not made to ask it again.
 */
export interface SearchWindow {
  date: string;
  rid: number;
  rids: Readonly<Record<string, readonly number[]>>;
}

/** Matches past this many make a search broad (see compileSearch). */
export const BROAD_SEARCH = 1000;

/**
 * Statements answering how many records the search matches, up to `broad` + 1 (they stop there),
 * to be run in turn until one passes `broad` (BROAD_SEARCH unless given); none when the table has no full-text
 * index or the search asks for nothing. The whole words come first: FTS5 streams them, while a
 * prefix reads every matching word's full list before answering, so a common word is told broad
 * without paying for its prefix. `lastWords`: see ownQuery.
 */
export function searchProbes(
  table: TableName,
  text: string | undefined,
  broad = BROAD_SEARCH,
  lastWords?: readonly string[],
): SqlTerm[] {
  const fts = FTS_TABLE[table];
  if (!fts || text === undefined) return [];
  const sql = `SELECT count(*) AS count FROM (SELECT 1 FROM ${fts} WHERE ${fts} MATCH ? LIMIT ${broad + 1})`;
  return [ftsQuery(table, text, false), ftsQuery(table, text, true, lastWords)]
    .filter((match): match is string => match !== null)
    .map((match) => ({ sql, params: [match] }));
}

/**
 * Links past this many to the people a search names make it broad. Reading a person's records
 * through the link's index and sorting them costs little more than walking the sort's index
 * until a page is full while their records are a few thousand, far less once they are many.
 */
export const BROAD_PERSON = 5000;

/**
 * Matches of its text and links to the people it names, together, past this many make a search
 * that names someone broad. Walking the sort's index tests each record's links as well as its
 * text, several times the cost of a text match alone, so reading every match and sorting them
 * pays up to more matches than BROAD_SEARCH (985,309 meetings: 'мирицкий', 1,479 text matches
 * and 2,862 links, 120 ms walked, 29 ms read and sorted; 'мири', 12,214 in all, 45 ms walked, 64
 * read and sorted).
 */
export const BROAD_NAMED = 10_000;

/**
 * A statement counting the links to the people the search names, up to `broad` + 1
 * (BROAD_PERSON unless given), for a table whose records a person's name finds; null for other
 * tables.
 */
export function personProbe(
  table: TableName,
  text: string | undefined,
  broad = BROAD_PERSON,
): SqlTerm | null {
  const link = PERSON_LINKS[table];
  const named = text === undefined ? null : spellingsQuery(searchPhrases(text));
  if (!link || named === null) return null;
  const people = peopleMatching(named);
  const links = link.probe(people.sql, broad + 1);
  return term(`SELECT count(*) AS count FROM (${links})`, ...people.params);
}

/**
 * Statements each telling whether a phrase of the search names anyone (a row, or none), for a
 * table whose records a person's name finds; none for other tables.
 */
export function personPhraseProbes(table: TableName, text: string | undefined): SqlTerm[] {
  if (!PERSON_LINKS[table] || text === undefined) return [];
  const phrases = searchPhrases(text);
  return phrases.map((tokens, i) =>
    term(
      'SELECT 1 AS count FROM people_fts WHERE people_fts MATCH ? LIMIT 1',
      spellingsQuery([tokens], i === phrases.length - 1) ?? '',
    ),
  );
}

/** How a search is asked, from its plan (see planFor in query.ts). */
export interface SearchPlan {
  /** The search matches many records. */
  broad?: boolean;
  /** The phrases (by index) that name someone; all when not known. */
  personPhrases?: readonly number[];
  /** The whole words the last token begins (see ownQuery). */
  lastWords?: readonly string[];
  /** Matching for a count: through indexes even when broad. */
  counting?: boolean;
  /** The window of a date-keyed index the page is read from. */
  window?: SearchWindow;
}

/**
 * How compileSearch splits a search of a full-text table: the phrases that name no one make one
 * FTS5 query together (`plain`), each phrase that names someone (`persons`) one of its own, which
 * `query` writes.
 */
function searchParts(table: TableName, phrases: string[][], plan: SearchPlan) {
  const last = phrases.length - 1;
  const persons = PERSON_LINKS[table] ? (plan.personPhrases ?? phrases.map((_, i) => i)) : [];
  const plain = phrases.flatMap((_, i) => (persons.includes(i) ? [] : [i]));
  const query = (which: number[]) =>
    ownQuery(
      table,
      which.map((i) => phrases[i]!),
      which.includes(last),
      plan.lastWords,
    );
  return { last, persons, plain, query };
}

/**
 * The FTS5 queries compileSearch tests records against, one per full-text term: for reading a
 * date-keyed index's newest matches (see SearchWindow).
 */
export function searchMatches(
  table: TableName,
  text: string | undefined,
  plan: SearchPlan,
): string[] {
  const phrases = text === undefined ? [] : searchPhrases(text);
  if (!FTS_TABLE[table] || phrases.length === 0) return [];
  const { persons, plain, query } = searchParts(table, phrases, plan);
  return [...(plain.length > 0 ? [query(plain)] : []), ...persons.map((i) => query([i]))];
}

/**
 * The search condition on `t`, or null when the search asks for nothing, as `plan` says. A narrow
 * search drives the query: its few rows are read and sorted. A `broad` one (a common word) would read and sort
 * thousands of rows for one page, so the `+` keeps SQLite on the sort's index instead, testing each
 * record against the matches until the page is full.
 *
 * Where a person's name finds records (visits, meetings), a phrase that names someone matches the
 * record's own text or its people; `personPhrases` says which phrases name anyone (all when not
 * known), so that a search naming no one is the one full-text query it always was. When
 * `counting`, those phrases are matched through indexes even when broad.
 */
export function compileSearch(
  table: TableName,
  text: string | undefined,
  plan: SearchPlan = {},
): SqlTerm | null {
  const { broad = false, counting = false, window } = plan;
  if (text === undefined) return null;
  const fts = FTS_TABLE[table];
  if (fts) {
    const phrases = searchPhrases(text);
    if (phrases.length === 0) return null;
    const link = PERSON_LINKS[table];
    const { last, persons, plain, query } = searchParts(table, phrases, plan);
    const rid = FTS_RID[table] ?? 'rowid';
    // In a window only the matches read while it was found.
    const rids = (which: number[]) => {
      if (!window) {
        return term(
          `${broad ? '+' : ''}t.rid IN (SELECT ${rid} FROM ${fts} WHERE ${fts} MATCH ?)`,
          query(which),
        );
      }
      const read = window.rids[query(which)];
      if (!read) throw new Error(`The search window holds no matches of ${query(which)}.`);
      return term('+t.rid IN (SELECT value FROM json_each(?))', JSON.stringify(read));
    };
    const terms = plain.length > 0 ? [rids(plain)] : [];
    // Counting reads every match however broad: through the indexes of both sides of the OR.
    const walk = broad && !counting;
    for (const i of link ? persons : []) {
      const own = walk ? rids([i]) : { ...rids([i]), sql: rids([i]).sql.replace(/^\+/, '') };
      const people = peopleMatching(spellingsQuery([phrases[i]!], i === last) ?? '');
      const linked = (walk ? link!.broad : link!.narrow)(people.sql);
      terms.push(term(`(${own.sql} OR ${linked})`, ...own.params, ...people.params));
    }
    return all(...terms);
  }
  const words = searchPhrases(text).flat();
  if (words.length === 0) return null;
  const terms = words.map((w) => anyTextContains(table, w));
  return { sql: terms.map((t) => t.sql).join(' AND '), params: terms.flatMap((t) => t.params) };
}
