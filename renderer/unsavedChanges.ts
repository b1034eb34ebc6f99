import { useEffect, useRef } from 'react';
import { t } from './messages.js';

/** An open form: whether it holds changes not saved yet, and how to drop them. */
export interface UnsavedForm {
  isDirty: () => boolean;
  discard: () => void;
}

const forms = new Set<UnsavedForm>();

export function registerUnsavedForm(form: UnsavedForm): () => void {
  forms.add(form);
  return () => forms.delete(form);
}

export function hasUnsavedChanges(): boolean {
  return [...forms].some((form) => form.isDirty());
}

function askToDiscard(): boolean {
  return window.confirm(t('forms.discardConfirm'));
}

/**
 * Before something that would lose the edits of open forms (another section, closing a panel):
 * true when nothing is unsaved, or when the person agreed to lose it, in which case every form
 * with changes is told to drop them.
 */
export function confirmDiscard(ask: () => boolean = askToDiscard): boolean {
  const dirty = [...forms].filter((form) => form.isDirty());
  if (dirty.length === 0) return true;
  if (!ask()) return false;
  for (const form of dirty) form.discard();
  return true;
}

/** Keeps a form in the registry while it is on screen. */
export function useUnsavedForm(dirty: boolean, discard: () => void): void {
  const latest = useRef({ dirty, discard });
  latest.current = { dirty, discard };
  useEffect(
    () =>
      registerUnsavedForm({
        isDirty: () => latest.current.dirty,
        discard: () => latest.current.discard(),
      }),
    [],
  );
}

// Reloading or closing the window would lose unsaved edits: the browser asks first, and
// Electron's main process hears of it as `will-prevent-unload` and asks with its own dialog.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedChanges()) return;
    event.preventDefault();
    event.returnValue = '';
  });
}
