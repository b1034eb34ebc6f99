import { useSyncExternalStore } from 'react';
import type { PressReleaseDraft, SavedPressRelease } from '../../db/api.js';

/** The import screen's work: the text pasted, the draft under review with every edit, and so on. */
export interface ImportWork {
  text: string;
  draft: PressReleaseDraft | null;
  saved: SavedPressRelease | null;
  /** What went wrong last, as it came, so that it is said in the language shown. */
  error: unknown;
  busy: boolean;
  confirming: boolean;
}

/**
 * Kept outside the screen's components: a switch of language draws the sections afresh (App
 * keys them by language), and a draft being reviewed must come through it as it was left.
 */
let work: ImportWork = {
  text: '',
  draft: null,
  saved: null,
  error: null,
  busy: false,
  confirming: false,
};
const listeners = new Set<() => void>();

export function setImportWork(change: Partial<ImportWork>): void {
  work = { ...work, ...change };
  for (const listener of listeners) listener();
}

export function importWork(): ImportWork {
  return work;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useImportWork(): ImportWork {
  return useSyncExternalStore(subscribe, importWork);
}
