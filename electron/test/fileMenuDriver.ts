import type { MenuItemConstructorOptions } from 'electron';
import { RENDERER_URL } from '../rendererUrl.js';
import type { FakeElectron } from './fakeElectron.js';

/** What a test does to the main process under the stand-in: the page's calls, the File menu. */
export function fileMenuDriver(fake: () => FakeElectron) {
  function ipc(method: string, input: unknown) {
    const handler = fake().handlers.get(`archive:${method}`);
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler({ senderFrame: { url: RENDERER_URL } }, input) as Promise<{
      ok: boolean;
      value?: Record<string, unknown>;
    }>;
  }

  function fileItem(label: string): MenuItemConstructorOptions | undefined {
    const menu = (fake().menu ?? []) as MenuItemConstructorOptions[];
    const file = menu.find((item) => item.label === 'File');
    const items = Array.isArray(file?.submenu) ? file.submenu : [];
    const recent = items.find((item) => item.label === 'Open Recent');
    const recentItems = Array.isArray(recent?.submenu) ? recent.submenu : [];
    return [...items, ...recentItems].find((item) => item.label === label);
  }

  return {
    ipc,
    fileItem,
    /** The archive the page's calls reach now. */
    openPath: async (): Promise<unknown> => (await ipc('stats', {})).value?.['path'],
    /** Clicks a File menu item; a file dialog it opens answers `answer` (cancelled if unset). */
    choose(label: string, answer?: string): void {
      fake().nextDialogPath = answer;
      (fileItem(label)?.click as () => void)();
    },
    title: () => fake().windows[0]?.title,
  };
}
