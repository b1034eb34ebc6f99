import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, test } from 'vitest';
import { discardWhen } from '../discardWhen.js';
import { reloadUnlessKept } from '../leavePage.js';
import { reloadAsChromium } from './chromiumReload.js';

/**
 * A window whose page has unsaved changes (or not), with the app's own unload guard answering
 * "Discard changes" (or "Keep editing"); a reload runs its events in Chromium's order.
 */
function windowWithPage(unsaved: boolean, discard: boolean) {
  const contents = new EventEmitter();
  contents.on(
    'will-prevent-unload',
    discardWhen(() => discard),
  );
  const page = { unsaved };
  const events: string[] = [];
  Object.assign(contents, {
    reload() {
      reloadAsChromium(page, (event, ...args) => {
        events.push(event);
        contents.emit(event, ...args);
      });
    },
  });
  const window = { webContents: contents } as unknown as BrowserWindow;
  return { window, contents, events };
}

describe('reloadUnlessKept', () => {
  test('a page without unsaved changes is left, and the switch happens once it is gone', async () => {
    const { window, contents, events } = windowWithPage(false, false);
    let switchedAt = -1;
    expect(await reloadUnlessKept(window, () => (switchedAt = events.length))).toBe(true);
    expect(events.slice(0, switchedAt)).toEqual(['did-start-loading', 'did-navigate']);
    for (const event of ['did-navigate', 'did-stop-loading', 'render-process-gone']) {
      expect(contents.listenerCount(event)).toBe(0);
    }
  });

  test('"Discard changes" leaves the page and switches', async () => {
    const { window } = windowWithPage(true, true);
    let switched = 0;
    expect(await reloadUnlessKept(window, () => (switched += 1))).toBe(true);
    expect(switched).toBe(1);
  });

  test('"Keep editing" keeps the page and switches nothing, though loading had started', async () => {
    const { window, contents, events } = windowWithPage(true, false);
    let switched = 0;
    expect(await reloadUnlessKept(window, () => (switched += 1))).toBe(false);
    expect(events).toEqual(['did-start-loading', 'will-prevent-unload', 'did-stop-loading']);
    expect(switched).toBe(0);
    // A later reload (Restore from Backup…) does not switch afterwards.
    (contents as unknown as { reload: () => void }).reload();
    expect(switched).toBe(0);
  });

  test('a page whose renderer died is left', async () => {
    const contents = new EventEmitter();
    Object.assign(contents, { reload: () => contents.emit('render-process-gone') });
    const window = { webContents: contents } as unknown as BrowserWindow;
    expect(await reloadUnlessKept(window, () => {})).toBe(true);
  });
});
