import { useSyncExternalStore } from 'react';

export interface Notice {
  id: number;
  text: string;
  /** Offers Undo beside the message, for a change just made. */
  undo: boolean;
  error: boolean;
}

/**
 * The one message about the last change ("Moved to the trash. Undo"), shown by ChangeNotice
 * outside any panel, so that it stays after the panel that made the change has closed.
 */
let current: Notice | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function showNotice(text: string, options: { undo?: boolean; error?: boolean } = {}): void {
  current = { id: nextId++, text, undo: options.undo ?? false, error: options.error ?? false };
  emit();
}

export function dismissNotice(): void {
  current = null;
  emit();
}

export function currentNotice(): Notice | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotice(): Notice | null {
  return useSyncExternalStore(subscribe, () => current);
}
