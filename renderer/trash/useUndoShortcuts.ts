import { useEffect } from 'react';
import { redoChange, undoChange } from './changeCommands.js';
import { onMenuCommand } from './menuBridge.js';
import { isTextField, undoKeyCommand, type FocusTarget } from './undoKeys.js';

/**
 * Ctrl/Cmd+Z undoes the last change to the archive and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes it,
 * anywhere in the window except in a text field, whose own undo takes back typing, or in a form
 * being filled in. The desktop app's Edit menu sends the same commands.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = undoKeyCommand(event);
      if (!command || isTextField(event.target as FocusTarget | null)) return;
      // A form being filled in holds changes not saved yet: undoing under it would pull the
      // record from under them.
      if (event.target instanceof Element && event.target.closest('form')) return;
      event.preventDefault();
      void (command === 'undo' ? undoChange() : redoChange());
    };
    // On a Mac the menu takes Cmd+Z before the page sees it: in a text field, the field undoes.
    const fromMenu = (command: 'undo' | 'redo') => () => {
      if (isTextField(document.activeElement as FocusTarget | null)) {
        document.execCommand(command);
        return;
      }
      void (command === 'undo' ? undoChange() : redoChange());
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
