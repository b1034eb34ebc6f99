/**
 * The search box as SQL: the user's words, whatever punctuation they hold, become an FTS5 query
 * that cannot be a syntax error, ANDed with the filters.
 */
import type { TableName } from '../api.js';
import type { SqlTerm } from './sqlTerm.js';
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
 * An FTS5 query matching every phrase, the last one as a prefix (so that results follow the
 * typing), or null when the text holds no word at all. Tokens hold no quote character, so
 * wrapping them in quotes leaves FTS5 nothing to parse but plain phrases.
 */
export function ftsQuery(text: string, prefix = true): string | null {
  const phrases = searchPhrases(text).map((tokens) => `"${tokens.join(' ')}"`);
  if (phrases.length === 0) return null;
  return `${phrases.join(' ')}${prefix ? ' *' : ''}`;
}

/** Matches past this many make a search broad (see compileSearch). */
export const BROAD_SEARCH = 1000;

/**
 * Statements answering how many records the search matches, up to BROAD_SEARCH + 1 (they stop
 * there), to be run in turn until one passes BROAD_SEARCH; none when the table has no full-text
 * index or the search asks for nothing. The whole words come first: FTS5 streams them, while a
 * prefix reads every matching word's full list before answering, so a common word is told broad
 * without paying for its prefix.
 */
export function searchProbes(table: TableName, text: string | undefined): SqlTerm[] {
  const fts = FTS_TABLE[table];
  if (!fts || text === undefined) return [];
  const limit = `LIMIT ${BROAD_SEARCH + 1}`;
  const sql = `SELECT count(*) AS count FROM (SELECT 1 FROM ${fts} WHERE ${fts} MATCH ? ${limit})`;
  return [ftsQuery(text, false), ftsQuery(text)]
    .filter((match): match is string => match !== null)
    .map((match) => ({ sql, params: [match] }));
}

/**
 * The search condition on `t`, or null when the search asks for nothing. A narrow search drives
 * the query: its few rows are read and sorted. A `broad` one (a common word) would read and sort
 * thousands of rows for one page, so the `+` keeps SQLite on the sort's index instead, testing each
 * record against the matches until the page is full.
 */
export function compileSearch(
  table: TableName,
  text: string | undefined,
  broad = false,
): SqlTerm | null {
  if (text === undefined) return null;
  const fts = FTS_TABLE[table];
  if (fts) {
    const match = ftsQuery(text);
    if (match === null) return null;
    const rids = `SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?`;
    return { sql: `${broad ? '+' : ''}t.rid IN (${rids})`, params: [match] };
  }
  const words = searchPhrases(text).flat();
  if (words.length === 0) return null;
  const terms = words.map((w) => anyTextContains(table, w));
  return { sql: terms.map((t) => t.sql).join(' AND '), params: terms.flatMap((t) => t.params) };
}
