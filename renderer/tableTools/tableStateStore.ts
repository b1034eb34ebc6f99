import { useCallback, useSyncExternalStore } from 'react';
import type { SavedView, TableName, TableViewState } from '../../db/api.js';
import { archive } from '../api.js';
import { EMPTY_TABLE_STATE, parseTableState } from './tableViewState.js';

/** Changes pause this long before they are remembered, so a drag or typing writes once. */
const SAVE_PAUSE_MS = 500;

interface Entry {
  state: TableViewState;
  /** The saved view opened last, whose name the toolbar shows. */
  view: SavedView | null;
  /** The user changed the table before the remembered state arrived: theirs wins. */
  touched: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  listeners: Set<() => void>;
}

/**
 * Each table's filters, search, sort and columns, held outside React so that the Visits table
 * and the timeline read one query, and a table keeps its state when its section is left. Asked
 * from the archive's remembered interface state the first time a table is shown, and remembered
 * again (under `table.<name>`) a moment after each change.
 */
const entries = new Map<TableName, Entry>();

const stateKeyOf = (table: TableName) => `table.${table}`;
const viewKeyOf = (table: TableName) => `table.${table}.view`;

function emit(entry: Entry): void {
  for (const listener of entry.listeners) listener();
}

async function restore(table: TableName, entry: Entry): Promise<void> {
  // An archive that cannot remember yet answers with a refusal: that is "nothing remembered".
  const remembered = await archive.getUiState({ key: stateKeyOf(table) }).catch(() => null);
  const state = remembered ? parseTableState(table, remembered.value) : null;
  if (!state) return;
  const openView = await archive.getUiState({ key: viewKeyOf(table) }).catch(() => null);
  const id = (openView?.value as { id?: unknown } | null)?.id;
  const views = typeof id === 'string' ? await archive.listViews({ table }).catch(() => []) : [];
  // Applied whole and shown at once: a control that settles while half of it has arrived would
  // otherwise write what it shows over the part it has not seen.
  if (entry.touched) return;
  entry.state = state;
  entry.view = views.find((v) => v.id === id) ?? null;
  emit(entry);
}

function entryOf(table: TableName): Entry {
  let entry = entries.get(table);
  if (!entry) {
    entry = {
      state: EMPTY_TABLE_STATE,
      view: null,
      touched: false,
      timer: undefined,
      listeners: new Set(),
    };
    entries.set(table, entry);
    void restore(table, entry);
  }
  return entry;
}

function remember(table: TableName, entry: Entry): void {
  clearTimeout(entry.timer);
  entry.timer = setTimeout(() => {
    entry.timer = undefined;
    const view = entry.view ? { id: entry.view.id } : null;
    // Not remembered is not lost: the table keeps its state for as long as the window is open.
    // The view's key is written last, so that once it is written the whole table is.
    archive
      .putUiState({ key: stateKeyOf(table), value: entry.state })
      .then(() => archive.putUiState({ key: viewKeyOf(table), value: view }))
      .catch(() => undefined);
  }, SAVE_PAUSE_MS);
}

export function getTableState(table: TableName): TableViewState {
  return entryOf(table).state;
}

/** Changes a table's state; every screen showing the table follows. */
export function updateTableState(
  table: TableName,
  update: (state: TableViewState) => TableViewState,
): void {
  const entry = entryOf(table);
  const next = update(entry.state);
  // Only a change is the user's: a control that settles on the state it was given (a search
  // field's pause running out with nothing typed) must not hold off the remembered state.
  if (next === entry.state) return;
  entry.touched = true;
  entry.state = next;
  remember(table, entry);
  emit(entry);
}

/** Opens a saved view (its state replaces the table's), or forgets the open view (null). */
export function openView(table: TableName, view: SavedView | null, apply = true): void {
  const entry = entryOf(table);
  entry.touched = true;
  entry.view = view;
  if (view && apply) entry.state = parseTableState(table, view.state) ?? EMPTY_TABLE_STATE;
  remember(table, entry);
  emit(entry);
}

function subscribe(table: TableName, listener: () => void): () => void {
  const entry = entryOf(table);
  entry.listeners.add(listener);
  return () => entry.listeners.delete(listener);
}

function useSubscribe(table: TableName) {
  return useCallback((listener: () => void) => subscribe(table, listener), [table]);
}

export function useTableState(table: TableName): TableViewState {
  return useSyncExternalStore(useSubscribe(table), () => entryOf(table).state);
}

export function useOpenView(table: TableName): SavedView | null {
  return useSyncExternalStore(useSubscribe(table), () => entryOf(table).view);
}
