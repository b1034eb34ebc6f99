import {
  TABLE_FIELDS,
  TableViewStateSchema,
  type TableName,
  type TableViewState,
} from '../../db/api.js';
import { showableColumns } from './columnFilters.js';

/** A table as it first opens: no filter, no search, no sort, its default columns. */
export const EMPTY_TABLE_STATE: TableViewState = Object.freeze({
  where: [],
  search: '',
  sort: [],
  columns: [],
  widths: {},
});

function isField(table: TableName, field: string): boolean {
  return Object.hasOwn(TABLE_FIELDS[table], field);
}

/**
 * A remembered or saved state read back, or null when it is not one. Filters, sorts, columns
 * and widths naming a field the table no longer has are dropped, so that a view saved by an
 * older version still opens.
 */
export function parseTableState(table: TableName, value: unknown): TableViewState | null {
  const parsed = TableViewStateSchema.safeParse(value);
  if (!parsed.success) return null;
  const state = parsed.data;
  const showable = new Set(showableColumns(table));
  return {
    where: state.where.filter((f) => isField(table, f.field)),
    search: state.search,
    sort: state.sort.filter((s) => isField(table, s.field)),
    columns: [...new Set(state.columns.filter((c) => showable.has(c)))],
    widths: Object.fromEntries(Object.entries(state.widths).filter(([f]) => showable.has(f))),
  };
}

/** The state in one canonical text: widths by field name, whatever order they were set in. */
export function stateKey(state: TableViewState): string {
  const widths = Object.keys(state.widths)
    .sort()
    .map((f) => [f, state.widths[f]]);
  return JSON.stringify([state.where, state.search.trim(), state.sort, state.columns, widths]);
}

/** True when two states show the same records the same way. */
export function sameState(a: TableViewState, b: TableViewState): boolean {
  return stateKey(a) === stateKey(b);
}

/**
 * The columns shown, in order: the chosen ones, or the table's defaults when none are chosen.
 * Choosing exactly the defaults is stored as no choice, so that a view stays "unchanged".
 */
export function shownColumns(state: TableViewState, defaults: readonly string[]): string[] {
  return state.columns.length > 0 ? state.columns : [...defaults];
}

export function chooseColumns(columns: readonly string[], defaults: readonly string[]): string[] {
  const same = columns.length === defaults.length && columns.every((c, i) => c === defaults[i]);
  return same ? [] : [...columns];
}

/** `columns` with `column` moved by `delta` places, kept within the list. */
export function moveColumn(columns: readonly string[], column: string, delta: number): string[] {
  const from = columns.indexOf(column);
  if (from < 0) return [...columns];
  const to = Math.max(0, Math.min(columns.length - 1, from + delta));
  const copy = [...columns];
  copy.splice(from, 1);
  copy.splice(to, 0, column);
  return copy;
}

/** `columns` with `column` put where `target` is (a header dropped on another). */
export function dropColumn(columns: readonly string[], column: string, target: string): string[] {
  const from = columns.indexOf(column);
  const to = columns.indexOf(target);
  if (from < 0 || to < 0) return [...columns];
  return moveColumn(columns, column, to - from);
}
