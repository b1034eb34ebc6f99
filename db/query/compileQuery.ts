/**
 * A query of the query language as SQL: one statement for a page of rows, one for the count.
 * Exported on its own so that benchmarks can run the very same SQL elsewhere (sqlite3's shell).
 */
import * as z from 'zod';
import {
  QuerySchema,
  type ParsedQuery,
  type ProblemDetail,
  type Query,
  type TableName,
} from '../api.js';
import { compileFilter, noSuchField } from './compileFilter.js';
import { inputProblems, problemRef, quoted, tableOf } from '../inputProblems.js';
import type { SqlTerm } from './sqlTerm.js';
import { compileSearch, dateKeyed, type SearchWindow } from './compileSearch.js';
import { anchorSql, keysetRuns, type SortKey } from './keysetPage.js';
import { ArchiveError } from '../errors.js';
import { DEFAULT_SORT, LIVE_INDEX, fieldSql, tableFields, type FieldSql } from './fields.js';
import type { Scalar } from './filterValues.js';

export interface CompiledQuery {
  /** A page of rows, keyed by field name, in the asked order. */
  sql: string;
  params: Scalar[];
  /** `SELECT count(*) AS count`: every row the query matches. */
  countSql: string;
  countParams: Scalar[];
  /** The fields each row holds. */
  columns: string[];
  /** When the query names a row to page `after`: the statement that reads its sort keys. */
  anchorSql?: string;
}

function zodProblems(error: z.ZodError, table?: TableName): ProblemDetail[] {
  return inputProblems(error, table).map((p) => (p.path ? p : { ...p, path: 'query' }));
}

function refuse(problems: ProblemDetail[]): never {
  const first = problems[0];
  const where =
    first && first.path !== 'query'
      ? { key: 'problems.query.at' as const, params: { path: quoted(first.path) } }
      : '';
  throw new ArchiveError(
    'invalid_input',
    'errors.compileQuery.queryRefusedCorrect',
    { where, problem: problemRef(first) },
    problems,
  );
}

/**
 * The query with its defaults filled in, or an ArchiveError('invalid_input') saying what is wrong:
 * where a query comes in other than through the API (the command line, saved views, tests).
 */
export function parseQuery(query: Query): ParsedQuery {
  const parsed = QuerySchema.safeParse(query);
  if (!parsed.success) refuse(zodProblems(parsed.error, tableOf(query)));
  return parsed.data;
}

function knownField(q: ParsedQuery, name: string, path: string, problems: ProblemDetail[]) {
  const field = fieldSql(q.table, name);
  if (!field) {
    problems.push(noSuchField(path, q.table, name));
  }
  return field;
}

/** The query's order, as ORDER BY text and as keys; the row id comes last and breaks ties. */
function orderBy(q: ParsedQuery, problems: ProblemDetail[]): { sql: string; keys: SortKey[] } {
  const sorts = q.sort.length > 0 ? q.sort : DEFAULT_SORT[q.table];
  const keys: SortKey[] = [];
  const sql: string[] = [];
  let last: SortKey['dir'] = 'ASC';
  sorts.forEach((s, i) => {
    const field = knownField(q, s.field, `sort.${i}.field`, problems);
    if (!field) return;
    last = s.dir === 'desc' ? 'DESC' : 'ASC';
    // SQLite sorts NULL first; empty values belong at the end in both directions. Descending
    // puts them there already, and NOT NULL columns have none: both keep their index usable.
    const nullsLast = last === 'ASC' && !field.notNull ? ' NULLS LAST' : '';
    sql.push(`${field.sort} ${last}${nullsLast}`);
    keys.push({ sql: field.sort, dir: last, nullable: !field.notNull });
  });
  // The row id breaks ties, so that pages neither repeat nor skip rows.
  sql.push(`t.rid ${last}`);
  keys.push({ sql: 't.rid', dir: last, nullable: false });
  return { sql: sql.join(', '), keys };
}

function selectedFields(q: ParsedQuery, problems: ProblemDetail[]): FieldSql[] {
  if (!q.columns) return tableFields(q.table);
  const fields = q.columns
    .map((name, i) => knownField(q, name, `columns.${i}`, problems))
    .filter((f): f is FieldSql => f !== undefined);
  const unique = [...new Map(fields.map((f) => [f.name, f])).values()];
  const id = fieldSql(q.table, 'id');
  return unique.some((f) => f.name === 'id') || !id ? unique : [id, ...unique];
}

export interface CompileOptions {
  /** The search matches many records (see compileSearch and searchProbes). */
  broadSearch?: boolean;
  /** The only filter is a rare substring (see rareContainsProbe). */
  scanContains?: boolean;
  /** Every matching row in one statement, without paging: for exports that stream them all. */
  whole?: boolean;
  /** The phrases of the search (by index) that name someone (see compileSearch). */
  personPhrases?: readonly number[];
  /** Filters (by their index in `where`) on computed lists that match many meetings. */
  broadLists?: readonly number[];
  /**
   * Substring filters (by their index in `where`) rare enough that the count looks up the rows
   * their trigram index lists (see trigramCountProbes); the page keeps its order's walk.
   */
  lookUpCounts?: readonly number[];
  /** The sort key values of the row named by the query's `after` (read with `anchorSql`). */
  anchor?: readonly Scalar[];
  /**
   * For a page of a broad search newest first (see windowedSearch): the part of the date order
   * the page is looked for in, so that only the matches there are read.
   */
  searchWindow?: SearchWindow;
  /** The whole words the search's last token begins, asked instead of the prefix (searchWords.ts). */
  lastWords?: readonly string[];
}

/**
 * Whether a page of the query can be read from a window of its search's newest matches: a
 * search of a date-keyed table (see dateKeyed), in its date order newest first, of live records,
 * paged by offset.
 */
export function windowedSearch(q: ParsedQuery): boolean {
  const sorts = q.sort.length > 0 ? q.sort : DEFAULT_SORT[q.table];
  return (
    dateKeyed(q.table) &&
    q.search !== undefined &&
    !q.trash &&
    q.after === undefined &&
    sorts.length === 1 &&
    sorts[0]?.field === 'date' &&
    sorts[0].dir === 'desc' &&
    fieldSql(q.table, 'date')?.sort === 't.date_lo'
  );
}

/** The conditions every statement of the query shares, to be ANDed. */
function whereTerms(
  q: ParsedQuery,
  problems: ProblemDetail[],
  options: CompileOptions,
  counting = false,
): SqlTerm[] {
  // Spelled out literally: the indexes are partial (WHERE deleted_at IS NULL), and SQLite uses
  // them only when the query's WHERE names that very condition.
  const terms: SqlTerm[] = [
    { sql: q.trash ? 't.deleted_at IS NOT NULL' : 't.deleted_at IS NULL', params: [] },
  ];
  q.where.forEach((filter, i) => {
    const plan = {
      live: !q.trash,
      scanContains: options.scanContains ?? false,
      narrowLists: !options.broadLists?.includes(i),
      lookUpRows: counting && (options.lookUpCounts?.includes(i) ?? false),
    };
    const t = compileFilter(q.table, filter, `where.${i}`, problems, plan);
    if (t) terms.push(t);
  });
  const { broadSearch, personPhrases } = options;
  // The window is the page's: a count or a whole export reads every match.
  const window =
    options.searchWindow && !counting && !options.whole && windowedSearch(q)
      ? options.searchWindow
      : undefined;
  const search = compileSearch(q.table, q.search, {
    broad: broadSearch,
    ...(personPhrases ? { personPhrases } : {}),
    ...(options.lastWords ? { lastWords: options.lastWords } : {}),
    counting,
    ...(window ? { window } : {}),
  });
  if (search) terms.push(search);
  if (search && window) {
    // The walk down the date index stops where the window ends: past it the matches are not read.
    terms.push({
      sql: 't.date_lo >= ? AND (t.date_lo > ? OR t.rid >= ?)',
      params: [window.date, window.date, window.rid],
    });
  }
  return terms;
}

/** Counting every live record reads the narrowest index that holds them all, not the table. */
function countFrom(q: ParsedQuery, where: SqlTerm[]): string {
  const index = LIVE_INDEX[q.table];
  const unfiltered = !q.trash && where.length === 1;
  return index && unfiltered ? `${q.table} t INDEXED BY ${index}` : `${q.table} t`;
}

/**
 * The SQL of a parsed query; refuses (ArchiveError 'invalid_input') a field the table does not
 * have, or a value its field cannot hold, before building anything wrong.
 */
export function compileQuery(q: ParsedQuery, options: CompileOptions = {}): CompiledQuery {
  const problems: ProblemDetail[] = [];
  const terms = whereTerms(q, problems, options);
  const where = {
    sql: terms.map((t) => t.sql).join(' AND '),
    params: terms.flatMap((t) => t.params),
  };
  // A broad search, or a substring through its trigrams, walks the sort's index for a page; a
  // count has no order to walk.
  const countTerms =
    options.broadSearch || options.lookUpCounts?.length ? whereTerms(q, [], options, true) : terms;
  const countWhere = {
    sql: countTerms.map((t) => t.sql).join(' AND '),
    params: countTerms.flatMap((t) => t.params),
  };
  const order = orderBy(q, problems);
  const fields = selectedFields(q, problems);
  if (problems.length > 0) refuse(problems);

  const from = `${q.table} t`;
  const select = fields.map((f) => `${f.select} AS "${f.name}"`).join(', ');
  const counted = {
    countSql: `SELECT count(*) AS count FROM ${countFrom(q, countTerms)} WHERE ${countWhere.sql}`,
    countParams: countWhere.params,
    columns: fields.map((f) => f.name),
    ...(q.after !== undefined ? { anchorSql: anchorSql(q.table, order.keys) } : {}),
  };
  if (options.whole) {
    const sql = `SELECT ${select} FROM ${from} WHERE ${where.sql} ORDER BY ${order.sql}`;
    return { sql, params: where.params, ...counted };
  }
  if (q.after !== undefined && options.anchor) {
    const take = q.limit + q.offset;
    const runs = keysetRuns(from, where, order.keys, order.sql, options.anchor, take);
    return {
      sql: `SELECT ${select} FROM (${runs.sql}) AS page JOIN ${from} ON t.rid = page.rid ORDER BY ${order.sql} LIMIT ? OFFSET ?`,
      params: [...runs.params, q.limit, q.offset],
      ...counted,
    };
  }
  // Late row lookup: the page's row ids come from the (often covering) index alone, so that a
  // deep offset skips index entries rather than whole rows; only the page's rows are then read.
  const page = `SELECT t.rid FROM ${from} WHERE ${where.sql} ORDER BY ${order.sql} LIMIT ? OFFSET ?`;
  return {
    sql: `SELECT ${select} FROM (${page}) AS page JOIN ${from} ON t.rid = page.rid ORDER BY ${order.sql}`,
    params: [...where.params, q.limit, q.offset],
    ...counted,
  };
}

/** The SQL with its parameters written in as literals, for running it in sqlite3's shell. */
export function inlineParams(sql: string, params: readonly Scalar[]): string {
  let i = 0;
  return sql.replace(/\?/g, () => {
    const p = params[i++];
    if (typeof p === 'number') return String(p);
    return `'${String(p).replace(/'/g, "''")}'`;
  });
}
