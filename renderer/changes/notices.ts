import { useSyncExternalStore } from 'react';
import { errorMessage } from '../api.js';
import { t, type MessageRef } from '../messages.js';

export interface Notice {
  id: number;
  /**
   * What the notice says, kept as the catalog message and its values, or as the error thrown
   * (which keeps its own), and put into words when it is drawn: a switch of language redraws it.
   */
  said: { message: MessageRef } | { thrown: unknown };
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

export function showNotice(message: MessageRef, options: { undo?: boolean } = {}): void {
  current = { id: nextId++, said: { message }, undo: options.undo ?? false, error: false };
  emit();
}

/** An action failed: the notice says why, as the archive (or the lost connection) says it. */
export function showErrorNotice(thrown: unknown): void {
  current = { id: nextId++, said: { thrown }, undo: false, error: true };
  emit();
}

/** The notice's sentence in the interface's language now. */
export function noticeText(notice: Notice): string {
  if ('thrown' in notice.said) return errorMessage(notice.said.thrown);
  const { key, params } = notice.said.message;
  return t(key, params);
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
