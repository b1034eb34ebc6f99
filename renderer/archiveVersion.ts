import { useSyncExternalStore } from 'react';

/**
 * A number that grows each time this window changes the archive (a save, a delete, an undo, an
 * import, a restore). Every question asked of the archive carries it, so that every open list,
 * panel and timeline asks again after a change instead of showing what was there before.
 */
let version = 0;
const listeners = new Set<() => void>();

/** A call that changed the archive: the method, what it was asked, and what it answered. */
export interface ArchiveChange {
  method: string;
  input: unknown;
  value: unknown;
}
const changeListeners = new Set<(change: ArchiveChange) => void>();

/**
 * Tells every open view to ask again. With the call that changed the archive, listeners learn
 * what changed first (the Undo button names the change it would take back).
 */
export function notifyArchiveChanged(change?: ArchiveChange): void {
  version += 1;
  if (change) for (const listener of changeListeners) listener(change);
  for (const listener of listeners) listener();
}

export function onArchiveChange(listener: (change: ArchiveChange) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useArchiveVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}
