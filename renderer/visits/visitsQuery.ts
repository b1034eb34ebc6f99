import { useSyncExternalStore } from 'react';

/**
 * The query the Visits table and the timeline share: a search set in one applies in the other.
 * Held outside React so that both screens, mounted side by side, read the same value; the
 * table filters will join the search here.
 */
let search = '';
const listeners = new Set<() => void>();

export function setVisitsSearch(text: string): void {
  if (text === search) return;
  search = text;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The shared search, and the function that changes it for both screens. */
export function useVisitsSearch(): [string, (text: string) => void] {
  return [useSyncExternalStore(subscribe, () => search), setVisitsSearch];
}
