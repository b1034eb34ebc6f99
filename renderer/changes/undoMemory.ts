import { useSyncExternalStore } from 'react';
import type { ChangeSummary } from '../../db/api.js';
import { archive } from '../api.js';
import { onArchiveChange } from '../archiveVersion.js';
import { describeChange, type ChangeName } from './describeChange.js';
import { labelArchiveChange } from './labelArchiveChange.js';
import { recordTitle } from '../records/recordTitle.js';

/**
 * One action of the change log, as this window knows it; `what` is null until it is named. The
 * name is messages of the catalog, said in whatever language the window speaks when it shows it.
 */
export interface KnownAction {
  id: number;
  what: ChangeName | null;
}

export interface UndoMemory {
  /** Actions in effect that this window made or redid, newest last. */
  done: readonly KnownAction[];
  /** Actions undone in this window, the next to redo last. */
  redo: readonly KnownAction[];
  busy: boolean;
}

/**
 * What the Undo and Redo buttons can say. The archive's change log is the undo stack; this
 * remembers the names of the actions this window made, so that the button says "Undo: edit of
 * visit …" without asking. After a reload it knows none, and the buttons say less.
 */
let memory: UndoMemory = { done: [], redo: [], busy: false };
let nextId = 1;
const listeners = new Set<() => void>();

export function setUndoMemory(change: Partial<UndoMemory>): void {
  memory = { ...memory, ...change };
  for (const listener of listeners) listener();
}

export function undoMemory(): UndoMemory {
  return memory;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUndoMemory(): UndoMemory {
  return useSyncExternalStore(subscribe, () => memory);
}

export function knownAction(what: ChangeName | null): KnownAction {
  return { id: nextId++, what };
}

function nameLater(action: KnownAction, naming: Promise<ChangeName>): void {
  void naming.then((what) => {
    const rename = (list: readonly KnownAction[]) =>
      list.map((a) => (a.id === action.id ? { ...a, what } : a));
    setUndoMemory({ done: rename(memory.done), redo: rename(memory.redo) });
  });
}

/** A change's description with its record's name, asked of the archive (trashed records too). */
export async function nameChange(
  change: Pick<ChangeSummary, 'op' | 'entity' | 'entityId'>,
): Promise<ChangeName> {
  try {
    const { record } = await archive.getRecord({ table: change.entity, id: change.entityId });
    return describeChange(change, recordTitle(change.entity, record));
  } catch {
    return describeChange(change, null);
  }
}

onArchiveChange((change) => {
  const label = labelArchiveChange(change);
  if (label.kind === 'none') return;
  if (label.kind === 'reset') {
    setUndoMemory({ done: [], redo: [] });
    return;
  }
  // A new action drops the undone ones from the log, so there is nothing left to redo.
  const action = knownAction(label.kind === 'label' ? label.what : null);
  setUndoMemory({ done: [...memory.done, action], redo: [] });
  if (label.kind === 'lookup') {
    nameLater(action, nameChange({ op: label.op, entity: label.table, entityId: label.id }));
  }
});
