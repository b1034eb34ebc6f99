import { useSyncExternalStore } from 'react';

/**
 * A number that grows each time this window changes the archive (a save, a delete, an undo, an
 * import, a restore). Every question asked of the archive carries it, so that every open list,
 * panel and timeline asks again after a change instead of showing what was there before.
 */
let version = 0;
const listeners = new Set<() => void>();

export function notifyArchiveChanged(): void {
  version += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useArchiveVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}
