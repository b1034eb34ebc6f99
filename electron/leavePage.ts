import type { BrowserWindow } from 'electron';

/**
 * Reloads the window unless a form with unsaved changes keeps it (the user chose "Keep
 * editing"), and runs `whenLeaving` only once the old page is really gone. Resolves whether the
 * page was left.
 *
 * Chromium emits `did-start-loading` before it asks the page's beforeunload handler, so the start
 * of a load says nothing about the answer. What does: the new document committing
 * (`did-navigate`), or the load stopping with nothing committed (the reload was cancelled, which
 * is what "Keep editing" does). The commit reaches the main process before any request of the new
 * page, so the new page speaks only to what `whenLeaving` set up, and the old page, if it stays,
 * keeps speaking to what it had.
 */
export function reloadUnlessKept(window: BrowserWindow, whenLeaving: () => void): Promise<boolean> {
  const contents = window.webContents;
  return new Promise((resolve) => {
    const finish = (left: boolean) => {
      contents.off('did-navigate', onLeft);
      contents.off('render-process-gone', onLeft);
      contents.off('did-stop-loading', onStopped);
      if (left) whenLeaving();
      resolve(left);
    };
    const onLeft = () => finish(true);
    const onStopped = () => finish(false);
    contents.on('did-navigate', onLeft);
    // A page whose renderer died can no longer save anything: it is left as well.
    contents.on('render-process-gone', onLeft);
    contents.on('did-stop-loading', onStopped);
    contents.reload();
  });
}
