/**
 * The words of a table's full-text index, each once, in an index of their own (see
 * 0009_meetings_words.sql): the whole words a prefix begins, for asking a search's last word as
 * those words instead of as a prefix that FTS5 has no prefix index for.
 */
import type { Database } from 'better-sqlite3';
import type { TableName } from '../api.js';
import { FTS_TABLE, SEARCH_WORDS } from './fields.js';
import { statement } from './statement.js';

/** The longest prefix the full-text indexes keep an index of (prefix='1 2 3'). */
export const LONGEST_PREFIX_INDEX = 3;

/**
 * More words than this and the prefix is asked as it is: each word ORed costs a seek into its
 * list, and a prefix beginning so many words is short and common, where the merge costs little
 * more than reading the lists.
 */
export const MOST_WORDS = 100;

/**
 * The table's word list, or null when it keeps none (or not yet: an archive before
 * 0009_meetings_words.sql, until it is upgraded).
 */
function keptWords(db: Database, table: TableName): string | null {
  const words = SEARCH_WORDS[table];
  if (!words) return null;
  const kept = statement(db, 'SELECT 1 FROM main.sqlite_master WHERE name = ?').get(words);
  return kept ? words : null;
}

/**
 * The index's words that `token` begins (folded as the index folds them), or null when it is to
 * be asked as a prefix: the table keeps no word list, the token is short enough for a prefix
 * index, or it begins more than MOST_WORDS words.
 */
export function wordsBeginning(db: Database, table: TableName, token: string): string[] | null {
  const words = keptWords(db, table);
  if (!words || [...token].length <= LONGEST_PREFIX_INDEX || token.includes('"')) return null;
  // Kept prepared with the connection's statements; plucked every time, as nothing else runs it.
  const found = statement(db, `SELECT DISTINCT word FROM ${words} WHERE ${words} MATCH ? LIMIT ?`)
    .pluck()
    .all(`"${token}" *`, MOST_WORDS + 1) as string[];
  return found.length > MOST_WORDS ? null : found;
}

/**
 * The virtual tables of a word list (see 0009_meetings_words.sql): the words, their vocabulary
 * (for telling a word known), and the index a written record's words pass through, with its own.
 */
export function wordListTables(words: string): string[] {
  return [words, `${words}_known`, `${words}_new`, `${words}_new_terms`];
}

/** A temporary view of the words of the full-text index `fts`, read by missingTerms. */
const termsTable = (fts: string) =>
  `CREATE VIRTUAL TABLE temp.${fts}_terms USING fts5vocab(main, ${fts}, row)`;

/** The words of the full-text index `fts` that the word list `words` lacks, as an SQL query. */
function missingTerms(fts: string, words: string): string {
  return `SELECT term FROM temp.${fts}_terms t
        WHERE NOT EXISTS (SELECT 1 FROM ${words}_known k WHERE k.term = t.term)`;
}

/**
 * Runs `read` with the words of the table's full-text index that its word list lacks, as an SQL
 * query (`term`), through a temporary fts5vocab table; null when the table keeps no word list.
 */
function withMissing<T>(db: Database, table: TableName, read: (missing: string) => T): T | null {
  const words = keptWords(db, table);
  const fts = FTS_TABLE[table];
  if (!words || !fts) return null;
  db.exec(termsTable(fts));
  try {
    return read(missingTerms(fts, words));
  } finally {
    db.exec(`DROP TABLE temp.${fts}_terms`);
  }
}

/**
 * The statements that add to the table's word list every word its full-text index holds that the
 * list lacks; null when the table keeps no word list in this schema.
 */
export function fillSearchWordsSql(table: TableName): string | null {
  const words = SEARCH_WORDS[table];
  const fts = FTS_TABLE[table];
  if (!words || !fts) return null;
  return `${termsTable(fts)};
    INSERT INTO ${words} (word) ${missingTerms(fts, words)};
    DROP TABLE temp.${fts}_terms;`;
}

/** Adds to the table's word list every word its full-text index holds that the list lacks. */
export function fillSearchWords(db: Database, table: TableName): void {
  withMissing(db, table, (missing) =>
    db.prepare(`INSERT INTO ${SEARCH_WORDS[table]} (word) ${missing}`).run(),
  );
}

/** How many words the table's full-text index holds that its word list lacks (none when sound). */
export function missingSearchWords(db: Database, table: TableName): number {
  return (
    withMissing(db, table, (missing) =>
      Number(db.prepare(`SELECT count(*) FROM (${missing})`).pluck().get()),
    ) ?? 0
  );
}
