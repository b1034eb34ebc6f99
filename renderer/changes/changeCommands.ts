import { archive } from '../api.js';
import { showErrorNotice, showNotice } from './notices.js';
import { knownAction, nameChange, setUndoMemory, undoMemory } from './undoMemory.js';

/**
 * Undoes this window's newest action in effect (the archive's change log decides which, by the
 * window's session), then says what was undone. One at a time: a second press while the first
 * is on its way does nothing.
 */
export async function undoChange(): Promise<void> {
  await step('undo');
}

/** Redoes the action undone last. */
export async function redoChange(): Promise<void> {
  await step('redo');
}

async function step(command: 'undo' | 'redo'): Promise<void> {
  if (undoMemory().busy) return;
  setUndoMemory({ busy: true });
  try {
    const { change } = await archive[command]({});
    const { done, redo } = undoMemory();
    const from = command === 'undo' ? done : redo;
    if (!change) {
      // The log has nothing more this way: what this window remembered is out of date.
      setUndoMemory(command === 'undo' ? { done: [] } : { redo: [] });
      showNotice({ key: command === 'undo' ? 'undo.nothing' : 'redo.nothing' });
      return;
    }
    const known = from.at(-1);
    const what = known?.what ?? (await nameChange(change));
    const moved = knownAction(what);
    setUndoMemory(
      command === 'undo'
        ? { done: done.slice(0, -1), redo: [...redo, moved] }
        : { redo: redo.slice(0, -1), done: [...done, moved] },
    );
    showNotice({ key: command === 'undo' ? 'undo.done' : 'redo.done', params: { what } });
  } catch (e) {
    showErrorNotice(e);
  } finally {
    setUndoMemory({ busy: false });
  }
}
