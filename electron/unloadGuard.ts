import { dialog, type BrowserWindow } from 'electron';
import { discardWhen } from './discardWhen.js';

/**
 * A form with unsaved edits holds the window open (the renderer's beforeunload). Electron then
 * neither closes nor reloads it and says nothing: the question is asked here, natively.
 */
export function askBeforeUnload(window: BrowserWindow): void {
  window.webContents.on(
    'will-prevent-unload',
    discardWhen(
      () =>
        dialog.showMessageBoxSync(window, {
          type: 'question',
          buttons: ['Discard changes', 'Keep editing'],
          defaultId: 1,
          cancelId: 1,
          message: 'Discard unsaved changes?',
          detail:
            'A form in this window has changes that are not saved. Closing or reloading the window loses them.',
        }) === 0,
    ),
  );
}
