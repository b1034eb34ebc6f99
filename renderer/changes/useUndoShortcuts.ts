import { useEffect } from 'react';
import { redoChange, undoChange } from './changeCommands.js';
import { onMenuCommand } from './menuBridge.js';
import { undoKeyCommand, undoTarget, type FocusTarget } from './undoKeys.js';

/**
 * Ctrl/Cmd+Z undoes the last change to the archive and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes it,
 * anywhere in the window except in a text field or a form being filled in (see `undoTarget`).
 * The desktop app's Edit menu sends the same commands, and they follow the same rule.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = undoKeyCommand(event);
      if (!command || undoTarget(event.target as FocusTarget | null) !== 'archive') return;
      event.preventDefault();
      void (command === 'undo' ? undoChange() : redoChange());
    };
    // On a Mac the menu takes Cmd+Z before the page sees it, so a text field's own undo is run
    // from here.
    const fromMenu = (command: 'undo' | 'redo') => () => {
      const target = undoTarget(document.activeElement as FocusTarget | null);
      if (target === 'field') document.execCommand(command);
      else if (target === 'archive') void (command === 'undo' ? undoChange() : redoChange());
    };
    window.addEventListener('keydown', onKeyDown);
    const offUndo = onMenuCommand('undoChange', fromMenu('undo'));
    const offRedo = onMenuCommand('redoChange', fromMenu('redo'));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offUndo();
      offRedo();
    };
  }, []);
}
