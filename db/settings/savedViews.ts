/**
 * Named views of a table: a filter, search, sort and column layout a user keeps under a name, in
 * `saved_views` (the state as JSON in its `query` column). Like the interface's layout, views are
 * not records: they are neither in the change log nor undone.
 */
import { inputProblems, problemAt, problemRef, tableOf } from '../inputProblems.js';
import { noSuchField } from '../query/compileFilter.js';
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import {
  TABLE_FIELDS,
  TableViewStateSchema,
  type CountResult,
  type ListViewsInput,
  type ProblemDetail,
  type SavedView,
  type SaveViewInput,
  SaveViewInputSchema,
  type TableName,
  type TableViewState,
  type ViewRef,
} from '../api.js';
import { compileQuery, parseQuery } from '../query/compileQuery.js';
import { ArchiveError } from '../errors.js';
import { fold } from '../values/fold.js';
import { statement } from '../query/statement.js';

interface ViewRow {
  id: string;
  name: string;
  table_name: TableName;
  query: string;
  created_at: string;
  updated_at: string;
}

/** `visits` -> `Visits`: how a sentence names a table. */
function tableTitle(table: TableName): string {
  return table.charAt(0).toUpperCase() + table.slice(1);
}

function toView(row: ViewRow): SavedView {
  let state: TableViewState;
  try {
    state = TableViewStateSchema.parse(JSON.parse(row.query));
  } catch {
    // A view that no longer reads is still listed, empty, so that it can be deleted or saved over.
    state = TableViewStateSchema.parse({});
  }
  return {
    id: row.id,
    name: row.name,
    table: row.table_name,
    state,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The views of one table, or of every table, by name. */
export function listViews(db: Database, { table }: ListViewsInput): SavedView[] {
  const rows = (
    table === undefined
      ? statement(db, 'SELECT * FROM saved_views').all()
      : statement(db, 'SELECT * FROM saved_views WHERE table_name = ?').all(table)
  ) as ViewRow[];
  const key = (v: SavedView) => fold(v.name);
  return rows
    .map(toView)
    .sort((a, b) => key(a).localeCompare(key(b), 'en') || a.table.localeCompare(b.table));
}

/** Every field the state names that the table does not have, each with where it is named. */
function unknownFields(table: TableName, state: TableViewState): ProblemDetail[] {
  const known = new Set(Object.keys(TABLE_FIELDS[table]));
  const named: [string, string][] = [
    ...state.where.map((w, i): [string, string] => [`state.where.${i}.field`, w.field]),
    ...state.sort.map((s, i): [string, string] => [`state.sort.${i}.field`, s.field]),
    ...state.columns.map((c, i): [string, string] => [`state.columns.${i}`, c]),
    ...Object.keys(state.widths).map((w): [string, string] => [`state.widths.${w}`, w]),
  ];
  return named
    .filter(([, field]) => !known.has(field))
    .map(([path, field]) => noSuchField(path, table, field));
}

/** The filters and sort must run as a query, so that opening the view never fails. */
function queryProblems(table: TableName, state: TableViewState): ProblemDetail[] {
  try {
    compileQuery(
      parseQuery({
        table,
        where: state.where,
        sort: state.sort,
        ...(state.columns.length > 0 ? { columns: state.columns } : {}),
        ...(state.search ? { search: state.search } : {}),
      }),
    );
    return [];
  } catch (e) {
    if (!(e instanceof ArchiveError) || e.code !== 'invalid_input') throw e;
    return (e.details ?? []).map((d) => ({ ...d, path: `state.${d.path}` }));
  }
}

function refuse(problems: ProblemDetail[], name: string): never {
  throw new ArchiveError(
    'invalid_input',
    'errors.savedViews.viewNotSaved',
    { name, problem: problemRef(problems[0]) },
    problems,
  );
}

function sameName(db: Database, table: TableName, name: string, except: string | null) {
  const rows = statement(db, 'SELECT id, name FROM saved_views WHERE table_name = ?').all(
    table,
  ) as { id: string; name: string }[];
  const wanted = fold(name.trim());
  return rows.find((r) => r.id !== except && fold(r.name.trim()) === wanted);
}

/**
 * Creates a view (no id) or renames and rewrites one (with id). A name already used by another
 * view of the same table (ignoring case and surrounding spaces) is refused, as is a state naming
 * a field the table does not have or a filter that cannot run; a refusal writes nothing.
 */
export function saveView(db: Database, input: SaveViewInput): SavedView {
  const parsed = SaveViewInputSchema.safeParse(input);
  if (!parsed.success) {
    const problems = inputProblems(parsed.error, tableOf(input));
    refuse(problems, typeof input.name === 'string' ? input.name.trim() : '');
  }
  const { id, name, table, state } = parsed.data;
  const unknown = unknownFields(table, state);
  if (unknown.length > 0) refuse(unknown, name);
  const wrong = queryProblems(table, state);
  if (wrong.length > 0) refuse(wrong, name);
  return db
    .transaction((): SavedView => {
      if (id !== undefined && !statement(db, 'SELECT 1 FROM saved_views WHERE id = ?').get(id)) {
        throw new ArchiveError('not_found', 'errors.savedViews.gone', { id });
      }
      const clash = sameName(db, table, name, id ?? null);
      if (clash) {
        throw new ArchiveError(
          'conflict',
          'errors.savedViews.viewNamedAlready',
          { name: clash.name, table: tableTitle(table) },
          [problemAt('name', 'problems.nameUsed', { name: clash.name })],
        );
      }
      const now = new Date().toISOString();
      const json = JSON.stringify(state);
      if (id === undefined) {
        const newId = crypto.randomUUID();
        statement(
          db,
          `INSERT INTO saved_views (id, name, table_name, query, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(newId, name, table, json, now, now);
        return viewById(db, newId);
      }
      statement(
        db,
        'UPDATE saved_views SET name = ?, table_name = ?, query = ?, updated_at = ? WHERE id = ?',
      ).run(name, table, json, now, id);
      return viewById(db, id);
    })
    .immediate();
}

function viewById(db: Database, id: string): SavedView {
  return toView(statement(db, 'SELECT * FROM saved_views WHERE id = ?').get(id) as ViewRow);
}

/** Deletes a view; an id that names none is refused with `not_found`. */
export function deleteView(db: Database, { id }: ViewRef): CountResult {
  const { changes } = statement(db, 'DELETE FROM saved_views WHERE id = ?').run(id);
  if (changes === 0) {
    throw new ArchiveError('not_found', 'errors.savedViews.goneAlready', { id });
  }
  return { count: changes };
}
