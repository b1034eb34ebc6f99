import type { ArchiveStats } from '../../db/api.js';
import { archive } from '../api.js';
import { t } from '../messages.js';
import { useArchive } from '../app/useArchive.js';
import { redoChange, undoChange } from './changeCommands.js';
import { useUndoMemory } from './undoMemory.js';
import '../styles/trash.css';

/**
 * Undo and Redo in the window's header, each saying what it would do. Whether there is anything
 * to undo is the archive's to say (its changes in effect); what it is, this window remembers.
 */
export function UndoControls() {
  const memory = useUndoMemory();
  const stats = useArchive<ArchiveStats>(() => archive.stats({}), 'undo-stats');
  const nothingToUndo = stats.value?.changes === 0;
  // An archive opened read-only cannot take a change back: the buttons say so by being off.
  const locked = Boolean(stats.value?.readOnly);
  const undoWhat = memory.done.at(-1)?.what;
  const redoWhat = memory.redo.at(-1)?.what;
  const canRedo = memory.redo.length > 0;

  const undoLabel = nothingToUndo
    ? t('undo.buttonNone')
    : undoWhat
      ? t('undo.buttonWhat', { what: undoWhat })
      : t('undo.buttonUnknown');
  const redoLabel = !canRedo
    ? t('redo.buttonNone')
    : redoWhat
      ? t('redo.buttonWhat', { what: redoWhat })
      : t('redo.button');

  return (
    <div className="undo-controls" role="group" aria-label={t('undo.group')}>
      <button
        type="button"
        title={undoLabel}
        disabled={nothingToUndo || locked || memory.busy}
        onClick={() => void undoChange()}
      >
        {undoLabel}
      </button>
      <button
        type="button"
        title={redoLabel}
        disabled={!canRedo || locked || memory.busy}
        onClick={() => void redoChange()}
      >
        {redoLabel}
      </button>
    </div>
  );
}
