import { useCallback, useMemo, useRef, useState } from 'react';
import { functionalUpdate, type SortingState, type Updater } from '@tanstack/react-table';
import type { Filter, SavedView, TableName, TableViewState } from '../../db/api.js';
import { DEFAULT_COLUMNS, fieldSpec } from '../../db/api.js';
import { columnFilter, filterSpec, withColumnFilter } from './columnFilters.js';
import type { RecordColumn } from '../grid/recordTableFeatures.js';
import { updateTableState, useOpenView, useTableState } from './tableStateStore.js';
import type { HeaderTools } from './tableToolsContext.js';
import { chooseColumns, dropColumn, moveColumn, shownColumns } from './tableViewState.js';
import { textColumn } from '../grid/textColumn.js';
import { useLinkedNames } from './useLinkedNames.js';

/** Columns the screens do not define read in this much (rem); long texts share the room left. */
const ADDED_CONTENT = 10;

const added = new Map<string, RecordColumn>();

/** A column for a field the screen does not define, made once so that it stays the same. */
function addedColumn(table: TableName, field: string): RecordColumn {
  const key = `${table}.${field}`;
  let column = added.get(key);
  if (!column) {
    const long = fieldSpec(table, field)?.long;
    column = textColumn(table, field, long ? { content: 12, grow: 1 } : { content: ADDED_CONTENT });
    added.set(key, column);
  }
  return column;
}

export interface TableTools {
  state: TableViewState;
  view: SavedView | null;
  /** The columns shown, in order, with the widths the user gave them. */
  columns: RecordColumn[];
  shown: string[];
  sorting: SortingState;
  onSortingChange: (updater: Updater<SortingState>) => void;
  setSearch: (text: string) => void;
  setColumns: (columns: string[]) => void;
  resetColumns: () => void;
  /** Replaces the filter of a column, or removes it (null). */
  setFilter: (column: string, filter: Filter | null) => void;
  removeFilter: (index: number) => void;
  clearFilters: () => void;
  names: ReadonlyMap<string, string>;
  /** The filter open in its popover, and the header button that opened it. */
  openFilter: { column: string; anchor: HTMLElement } | null;
  closeFilter: () => void;
  header: HeaderTools;
}

/**
 * A table's filters, search, sort and columns as one state (tableStateStore), with the column
 * definitions and the header tools that follow from it. `defined` are the screen's columns;
 * any other field of the table can be shown too.
 */
export function useTableTools(table: TableName, defined: RecordColumn[]): TableTools {
  const state = useTableState(table);
  const view = useOpenView(table);
  const names = useLinkedNames(table, state.where);
  const [open, setOpen] = useState<{ column: string; anchor: HTMLElement } | null>(null);
  const focusAfterMove = useRef<string | null>(null);

  const defaults = useMemo(
    () => (defined.length > 0 ? defined.map((c) => c.id ?? '') : [...DEFAULT_COLUMNS[table]]),
    [defined, table],
  );
  const shown = useMemo(() => shownColumns(state, defaults), [state, defaults]);
  const columns = useMemo(() => {
    const byId = new Map(defined.map((c) => [c.id, c]));
    return shown.map((field) => {
      const base = byId.get(field) ?? addedColumn(table, field);
      const px = state.widths[field];
      return px ? { ...base, meta: { content: ADDED_CONTENT, ...base.meta, resized: px } } : base;
    });
  }, [defined, shown, state.widths, table]);
  const sorting = useMemo(
    () => state.sort.map((s) => ({ id: s.field, desc: s.dir === 'desc' })),
    [state.sort],
  );

  const update = useCallback(
    (change: (s: TableViewState) => TableViewState) => updateTableState(table, change),
    [table],
  );
  const setColumns = useCallback(
    (next: string[]) => update((s) => ({ ...s, columns: chooseColumns(next, defaults) })),
    [update, defaults],
  );
  const closeFilter = useCallback(() => setOpen(null), []);
  // The headers' tools change only with what they read: a new object would render every header
  // again (and re-measure its width) with every page of rows that arrives.
  const { where, widths } = state;
  const openColumn = open?.column ?? null;
  const header = useMemo<HeaderTools>(
    () => ({
      filterable: (column) => filterSpec(table, column) !== null,
      filtered: (column) => columnFilter(table, where, column) !== undefined,
      openColumn,
      openFilter: (column, anchor) =>
        setOpen((o) => (o?.column === column ? null : { column, anchor })),
      width: (column) => widths[column],
      resize: (column, px) => update((s) => ({ ...s, widths: { ...s.widths, [column]: px } })),
      move: (column, delta) => {
        focusAfterMove.current = column;
        setColumns(moveColumn(shown, column, delta));
      },
      drop: (column, target) => setColumns(dropColumn(shown, column, target)),
      focusAfterMove,
    }),
    [table, where, widths, openColumn, update, setColumns, shown],
  );

  return {
    state,
    view,
    columns,
    shown,
    sorting,
    onSortingChange: (updater) =>
      update((s) => {
        const next = functionalUpdate(updater, sorting);
        return { ...s, sort: next.map((x) => ({ field: x.id, dir: x.desc ? 'desc' : 'asc' })) };
      }),
    setSearch: (text) => update((s) => (s.search === text ? s : { ...s, search: text })),
    setColumns,
    resetColumns: () => update((s) => ({ ...s, columns: [], widths: {} })),
    setFilter: (column, filter) =>
      update((s) => ({ ...s, where: withColumnFilter(table, s.where, column, filter) })),
    removeFilter: (index) =>
      update((s) => ({ ...s, where: s.where.filter((_, i) => i !== index) })),
    clearFilters: () => update((s) => ({ ...s, where: [] })),
    names,
    openFilter: open,
    closeFilter,
    header,
  };
}
