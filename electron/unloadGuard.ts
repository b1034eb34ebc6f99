import { dialog, type BrowserWindow } from 'electron';
import { t } from '../i18n/messages.js';
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
          buttons: [t('dialog.unload.discard'), t('dialog.unload.keep')],
          defaultId: 1,
          cancelId: 1,
          message: t('dialog.unload.message'),
          detail: t('dialog.unload.detail'),
        }) === 0,
    ),
  );
}
