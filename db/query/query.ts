/**
 * Listing and counting records with the query language. Both compile the query first, so a
 * refused query never reaches SQLite.
 */
import type Database from 'better-sqlite3';
import type { CountResult, ListResult, ParsedQuery, Query, Row } from '../api.js';
import {
  compileQuery,
  parseQuery,
  type CompileOptions,
  type CompiledQuery,
} from './compileQuery.js';
import { PROBE_LIMIT, listProbes } from './computedFields.js';
import { rareContainsProbe } from './textMatch.js';
import { BROAD_SEARCH, searchProbes } from './compileSearch.js';
import { oneSnapshot } from '../readers/oneSnapshot.js';
import { ArchiveError } from '../errors.js';
import type { Scalar } from './filterValues.js';

type Statement = Database.Statement<unknown[], Record<string, unknown>>;

// Preparing costs more than running a first page; a table view repeats the same few statements.
const cache = new WeakMap<Database.Database, Map<string, Statement>>();
const CACHE_SIZE = 200;

function prepared(db: Database.Database, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let stmt = statements.get(sql);
  if (!stmt) {
    if (statements.size >= CACHE_SIZE) statements.clear();
    stmt = db.prepare<unknown[], Record<string, unknown>>(sql);
    statements.set(sql, stmt);
  }
  return stmt;
}

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

/**
 * How to plan the query, from cheap probes of what it matches: whether its search is broad, and
 * whether its only filter is a rare substring. Both choices change speed, never the rows.
 */
function planFor(db: Database.Database, q: ParsedQuery): CompileOptions {
  const broadSearch = searchProbes(q.table, q.search).some(
    (probe) => count(db, probe.sql, probe.params) > BROAD_SEARCH,
  );
  const rare = q.search ? null : rareContainsProbe(q.table, q.where);
  const scanContains = rare !== null && count(db, rare.sql, rare.params) < 2;
  const broadLists = listProbes(q.table, q.where).flatMap(({ index, probe }) =>
    count(db, probe.sql, probe.params) > PROBE_LIMIT ? [index] : [],
  );
  return { broadSearch, scanContains, ...(broadLists.length > 0 ? { broadLists } : {}) };
}

/**
 * The SQL listRecords and countRecords run for a query on this archive, its plan included: for
 * running the very same statements elsewhere, such as in sqlite3's shell.
 */
export function plannedQuery(db: Database.Database, query: Query): CompiledQuery {
  const q = parseQuery(query);
  // Compiled once before any probe runs, so that a refused query runs nothing at all.
  return withPlan(db, q, compileQuery(q));
}

function withPlan(db: Database.Database, q: ParsedQuery, plain: CompiledQuery): CompiledQuery {
  const plan = planFor(db, q);
  if (plain.anchorSql !== undefined && q.after !== undefined) {
    return compileQuery(q, { ...plan, anchor: anchorOf(db, plain.anchorSql, q) });
  }
  return plan.broadSearch || plan.scanContains || plan.broadLists ? compileQuery(q, plan) : plain;
}

/**
 * Plans and runs a query's statements in one snapshot (oneSnapshot), once it is checked: a
 * refused query runs nothing, not even the snapshot's BEGIN.
 */
function inOneSnapshot<T>(db: Database.Database, query: Query, read: (c: CompiledQuery) => T): T {
  const q = parseQuery(query);
  const plain = compileQuery(q);
  return oneSnapshot(db, () => read(withPlan(db, q, plain)));
}

/** The sort key values of the row a page follows; a row that is gone is said, not guessed. */
function anchorOf(db: Database.Database, sql: string, q: ParsedQuery): Scalar[] {
  const row = prepared(db, sql).raw(true).get(q.after) as Scalar[] | undefined;
  prepared(db, sql).raw(false);
  if (!row) {
    throw new ArchiveError('not_found', 'errors.query.noRecordList', {
      after: String(q.after),
      table: q.table,
    });
  }
  return row;
}

/** Every row a query matches, whatever its limit and offset, in one statement to stream. */
export function wholeQuery(db: Database.Database, query: Query): CompiledQuery {
  const q = parseQuery(query);
  compileQuery(q);
  return compileQuery(q, { ...planFor(db, q), whole: true });
}

/**
 * A page of the records a query matches, and their total when `withTotal` is on (the default),
 * both from one state of the archive.
 */
export function listRecords(db: Database.Database, query: Query): ListResult {
  return inOneSnapshot(db, query, (c) => {
    const rows = prepared(db, c.sql)
      .all(...c.params)
      .map((raw) => toRow(raw, c.columns));
    const withTotal = query.withTotal ?? true;
    return { rows, total: withTotal ? count(db, c.countSql, c.countParams) : null };
  });
}

/** How many records a query matches, whatever its limit and offset. */
export function countRecords(db: Database.Database, query: Query): CountResult {
  // The plan's probes and the count read the same state, as the plan is chosen from the probes.
  return inOneSnapshot(db, query, (c) => ({ count: count(db, c.countSql, c.countParams) }));
}
