/**
 * Listing and counting records with the query language, from a query parsed where it came in.
 * Both compile the query first, so a refused query never reaches SQLite.
 */
import type Database from 'better-sqlite3';
import type { CountResult, ListResult, ParsedQuery, Row } from '../api.js';
import {
  compileQuery,
  windowedSearch,
  type CompileOptions,
  type CompiledQuery,
} from './compileQuery.js';
import { FTS_TABLE } from './fields.js';
import { PROBE_LIMIT, listProbes } from './computedFields.js';
import { LOOKUP_SHARE, rareContainsProbe, trigramCountProbes } from './textMatch.js';
import {
  BROAD_PERSON,
  BROAD_NAMED,
  BROAD_SEARCH,
  personPhraseProbes,
  personProbe,
  lastToken,
  searchMatches,
  searchProbes,
  type SearchWindow,
} from './compileSearch.js';
import { oneSnapshot } from '../readers/oneSnapshot.js';
import { wordsBeginning } from './searchWords.js';
import { ArchiveError } from '../errors.js';
import type { Scalar } from './filterValues.js';
import { statement } from './statement.js';

// Preparing costs more than running a first page; a table view repeats the same few statements.
const prepared = (db: Database.Database, sql: string) =>
  statement<Record<string, unknown>>(db, sql);

function toRow(raw: Record<string, unknown>, columns: readonly string[]): Row {
  const row: Row = {};
  for (const name of columns) {
    const v = raw[name];
    row[name] = typeof v === 'number' || (typeof v === 'string' && v !== '') ? v : null;
  }
  return row;
}

function count(db: Database.Database, sql: string, params: unknown[]): number {
  const result = prepared(db, sql).get(...params);
  return Number(result?.['count'] ?? 0);
}

/** Whether a search naming no one matches more than BROAD_SEARCH records (see compileSearch). */
function broadText(db: Database.Database, q: ParsedQuery, lastWords?: readonly string[]): boolean {
  return searchProbes(q.table, q.search, BROAD_SEARCH, lastWords).some(
    (probe) => count(db, probe.sql, probe.params) > BROAD_SEARCH,
  );
}

/**
 * Whether a search naming someone has more than BROAD_NAMED matches of its text and links to the
 * people it names together, or more than BROAD_PERSON links. The text is counted first: a short
 * prefix's matches stream from its prefix index, where the links of the hundreds of people it
 * names take longer to count.
 */
function broadNamed(db: Database.Database, q: ParsedQuery, lastWords?: readonly string[]): boolean {
  let text = 0;
  for (const probe of searchProbes(q.table, q.search, BROAD_NAMED, lastWords)) {
    text = count(db, probe.sql, probe.params);
    if (text > BROAD_NAMED) return true;
  }
  const limit = Math.min(BROAD_PERSON, BROAD_NAMED - text);
  const person = personProbe(q.table, q.search, limit);
  return person !== null && count(db, person.sql, person.params) > limit;
}

/**
 * How to plan the query, from cheap probes of what it matches: whether its search is broad,
 * whether its only filter is a rare substring, and (when it will be counted) which substrings are
 * rare enough to count through their trigram index. The choices change speed, never the rows.
 */
function planFor(db: Database.Database, q: ParsedQuery, counted: boolean): CompileOptions {
  const phrases = personPhraseProbes(q.table, q.search);
  const personPhrases = phrases.flatMap((probe, i) =>
    count(db, probe.sql, probe.params) ? [i] : [],
  );
  const last = lastToken(q.search);
  const lastWords = last === null ? null : wordsBeginning(db, q.table, last);
  const words = lastWords ?? undefined;
  const broadSearch = personPhrases.length > 0 ? broadNamed(db, q, words) : broadText(db, q, words);
  const rare = q.search ? null : rareContainsProbe(q.table, q.where);
  const scanContains = rare !== null && count(db, rare.sql, rare.params) < 2;
  const broadLists = listProbes(q.table, q.where).flatMap(({ index, probe }) =>
    count(db, probe.sql, probe.params) > PROBE_LIMIT ? [index] : [],
  );
  const lookUpCounts =
    counted && !q.trash
      ? trigramCountProbes(q.table, q.where).flatMap(({ index, probe }) =>
          count(db, probe.sql, probe.params) < LOOKUP_SHARE ? [index] : [],
        )
      : [];
  return {
    broadSearch,
    scanContains,
    ...(broadLists.length > 0 ? { broadLists } : {}),
    ...(lookUpCounts.length > 0 ? { lookUpCounts } : {}),
    ...(phrases.length > 0 ? { personPhrases } : {}),
    ...(lastWords ? { lastWords } : {}),
  };
}

/**
 * The SQL listRecords and countRecords run for a query on this archive, its plan included: for
 * running the very same statements elsewhere, such as in sqlite3's shell.
 */
export function plannedQuery(db: Database.Database, q: ParsedQuery): CompiledQuery {
  // Compiled once before any probe runs, so that a refused query runs nothing at all.
  return withPlan(db, q, compileQuery(q), true);
}

function withPlan(
  db: Database.Database,
  q: ParsedQuery,
  plain: CompiledQuery,
  counted: boolean,
  plan: CompileOptions = planFor(db, q, counted),
): CompiledQuery {
  if (plain.anchorSql !== undefined && q.after !== undefined) {
    return compileQuery(q, { ...plan, anchor: anchorOf(db, plain.anchorSql, q) });
  }
  const replan =
    plan.lastWords ||
    plan.broadSearch ||
    plan.scanContains ||
    plan.broadLists ||
    plan.personPhrases ||
    plan.lookUpCounts;
  return replan ? compileQuery(q, plan) : plain;
}

/**
 * Plans and runs a query's statements in one snapshot (oneSnapshot), once it is checked: a
 * refused query runs nothing, not even the snapshot's BEGIN.
 */
function inOneSnapshot<T>(
  db: Database.Database,
  q: ParsedQuery,
  counted: boolean,
  read: (c: CompiledQuery, plan: CompileOptions) => T,
): T {
  const plain = compileQuery(q);
  return oneSnapshot(db, () => {
    const plan = planFor(db, q, counted);
    return read(withPlan(db, q, plain, counted, plan), plan);
  });
}

/** The sort key values of the row a page follows; a row that is gone is said, not guessed. */
function anchorOf(db: Database.Database, sql: string, q: ParsedQuery): Scalar[] {
  // The statement is shared through the connection's cache: it is left as it was found.
  const stmt = prepared(db, sql).raw(true);
  let row: Scalar[] | undefined;
  try {
    row = stmt.get(q.after) as Scalar[] | undefined;
  } finally {
    stmt.raw(false);
  }
  if (!row) {
    throw new ArchiveError('not_found', 'errors.query.noRecordList', {
      after: String(q.after),
      table: q.table,
    });
  }
  return row;
}

/** Every row a query matches, whatever its limit and offset, in one statement to stream. */
export function wholeQuery(db: Database.Database, q: ParsedQuery): CompiledQuery {
  // Compiled once before any probe runs, so that a refused query runs nothing at all.
  compileQuery(q);
  return compileQuery(q, { ...planFor(db, q, false), whole: true });
}

/** How many of a search's newest matches the windows of a page hold, in pages (see windowedPage). */
const WINDOW_PAGES = [2, 64] as const;

/**
 * The window of a date-keyed index's matches (see SearchWindow) that holds at least the newest
 * `size` matches of every term of the search, with the rids of each term's matches in it, or null
 * when one of them is the whole index (a term with fewer matches, whose set is small anyway,
 * bounds nothing).
 */
function searchWindow(db: Database.Database, q: ParsedQuery, plan: CompileOptions, size: number) {
  const fts = FTS_TABLE[q.table];
  const matches = searchMatches(q.table, q.search, {
    ...(plan.personPhrases ? { personPhrases: plan.personPhrases } : {}),
    ...(plan.lastWords ? { lastWords: plan.lastWords } : {}),
  });
  if (!fts || matches.length === 0) return null;
  // Keys pass 2^53: read as BigInt, on a statement used for nothing else.
  const newest = prepared(
    db,
    `SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid DESC LIMIT ?`,
  )
    .pluck()
    .safeIntegers(true);
  const keys = matches.map((match) => newest.all(match, size) as unknown as bigint[]);
  let key = 0n;
  for (const list of keys) {
    const last = list[size - 1];
    if (last !== undefined && last > key) key = last;
  }
  const day = key >> 32n;
  if (day === 0n) return null;
  const digits = String(day).padStart(8, '0');
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
  // Every match of a term from the key on is among its newest `size`: the key is at least its last.
  const rids = Object.fromEntries(
    matches.map((match, i) => [
      match,
      (keys[i] ?? []).filter((k) => k >= key).map((k) => Number(k & 0xffffffffn)),
    ]),
  );
  return { date, rid: Number(key & 0xffffffffn), rids } satisfies SearchWindow;
}

/**
 * The rows of a broad search's page newest first, read from the newest matches of a date-keyed
 * index instead of every match (see windowedSearch). A window that holds a whole page gives
 * exactly the page the whole set gives: up to the window's end both sets agree, and the walk
 * stops there. A page short of rows may be the window's fault: a wider window is tried, then
 * null (the caller reads every match).
 */
function windowedPage(
  db: Database.Database,
  q: ParsedQuery,
  plan: CompileOptions,
): Record<string, unknown>[] | null {
  if (!plan.broadSearch || !windowedSearch(q)) return null;
  for (const pages of WINDOW_PAGES) {
    const window = searchWindow(db, q, plan, pages * (q.limit + q.offset));
    if (!window) return null;
    const c = compileQuery(q, { ...plan, searchWindow: window });
    const rows = prepared(db, c.sql).all(...c.params);
    if (rows.length === q.limit) return rows;
  }
  return null;
}

/**
 * A page of the records a query matches, and their total when `withTotal` is on (the default),
 * both from one state of the archive.
 */
export function listRecords(db: Database.Database, q: ParsedQuery): ListResult {
  return inOneSnapshot(db, q, q.withTotal, (c, plan) => {
    const rows = (windowedPage(db, q, plan) ?? prepared(db, c.sql).all(...c.params)).map((raw) =>
      toRow(raw, c.columns),
    );
    return { rows, total: q.withTotal ? count(db, c.countSql, c.countParams) : null };
  });
}

/** How many records a query matches, whatever its limit and offset. */
export function countRecords(db: Database.Database, q: ParsedQuery): CountResult {
  // The plan's probes and the count read the same state, as the plan is chosen from the probes.
  return inOneSnapshot(db, q, true, (c) => ({ count: count(db, c.countSql, c.countParams) }));
}
