import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, test } from 'vitest';
import { discardWhen } from '../discardWhen.js';
import { reloadUnlessKept } from '../leavePage.js';

/**
 * A window whose page has unsaved changes (or not), wired as Electron does: a reload asks the
 * page first, emits will-prevent-unload when the page objects, and starts loading unless the
 * event was left unprevented.
 */
function windowWithPage(unsaved: boolean, discard: boolean) {
  const contents = new EventEmitter();
  // The app's own unload guard, registered when the window is made.
  contents.on(
    'will-prevent-unload',
    discardWhen(() => discard),
  );
  let reloads = 0;
  Object.assign(contents, {
    reload() {
      reloads += 1;
      if (unsaved) {
        const event = {
          defaultPrevented: false,
          preventDefault() {
            this.defaultPrevented = true;
          },
        };
        contents.emit('will-prevent-unload', event);
        if (!event.defaultPrevented) return;
      }
      contents.emit('did-start-loading');
    },
  });
  const window = { webContents: contents } as unknown as BrowserWindow;
  return { window, contents, reloads: () => reloads };
}

describe('reloadUnlessKept', () => {
  test('a page without unsaved changes is left, and the switch happens as it goes', async () => {
    const { window, contents } = windowWithPage(false, false);
    let switched = 0;
    expect(await reloadUnlessKept(window, () => (switched += 1))).toBe(true);
    expect(switched).toBe(1);
    expect(contents.listenerCount('did-start-loading')).toBe(0);
  });

  test('"Discard changes" leaves the page and switches', async () => {
    const { window } = windowWithPage(true, true);
    let switched = 0;
    expect(await reloadUnlessKept(window, () => (switched += 1))).toBe(true);
    expect(switched).toBe(1);
  });

  test('"Keep editing" keeps the page and switches nothing', async () => {
    const { window, contents } = windowWithPage(true, false);
    let switched = 0;
    expect(await reloadUnlessKept(window, () => (switched += 1))).toBe(false);
    expect(switched).toBe(0);
    // A later reload (Restore from Backup…) does not switch afterwards.
    (contents as unknown as { reload: () => void }).reload();
    expect(switched).toBe(0);
  });
});
