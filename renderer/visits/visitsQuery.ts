import { useMemo } from 'react';
import type { Filter } from '../../db/api.js';
import { updateTableState, useTableState } from '../tableTools/tableStateStore.js';

/**
 * The query the Visits table and the timeline share: the filters and the search set in the
 * Visits table apply on the timeline, and a search typed on the timeline applies in the table.
 * Both live in the Visits table's state (tableStateStore), which is remembered between runs.
 */
export interface VisitsQuery {
  where: Filter[];
  /** Full-text search; empty for every visit. */
  search: string;
}

export function setVisitsSearch(text: string): void {
  updateTableState('visits', (state) =>
    state.search === text ? state : { ...state, search: text },
  );
}

export function setVisitsWhere(where: Filter[]): void {
  updateTableState('visits', (state) => ({ ...state, where }));
}

/** The shared search, and the function that changes it for both screens. */
export function useVisitsSearch(): [string, (text: string) => void] {
  return [useTableState('visits').search, setVisitsSearch];
}

/** The Visits table's filters and search, for a screen that shows the same visits. */
export function useVisitsQuery(): VisitsQuery {
  const { where, search } = useTableState('visits');
  return useMemo(() => ({ where, search }), [where, search]);
}
