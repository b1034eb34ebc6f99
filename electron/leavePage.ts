import type { BrowserWindow, Event } from 'electron';

/**
 * Reloads the window unless a form with unsaved changes keeps it (the user chose "Keep
 * editing"). `whenLeaving` runs as the old page goes and before the new one can call the API, so
 * the new page speaks only to what `whenLeaving` set up. Resolves whether the page was left.
 */
export function reloadUnlessKept(window: BrowserWindow, whenLeaving: () => void): Promise<boolean> {
  const contents = window.webContents;
  return new Promise((resolve) => {
    const finish = (left: boolean) => {
      contents.off('will-prevent-unload', onPrevent);
      contents.off('did-start-loading', onStart);
      if (left) whenLeaving();
      resolve(left);
    };
    // Runs after the unload guard's question: a default left unprevented means "Keep editing".
    const onPrevent = (event: Event) => {
      if (!event.defaultPrevented) finish(false);
    };
    const onStart = () => finish(true);
    contents.on('will-prevent-unload', onPrevent);
    contents.on('did-start-loading', onStart);
    contents.reload();
  });
}
