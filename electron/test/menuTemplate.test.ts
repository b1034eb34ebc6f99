import { describe, expect, test } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../menuTemplate.js';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('menuTemplate', () => {
  test('offers reload and developer tools only to developers', () => {
    const staff = roles(menuTemplate({ dev: false, platform: 'win32' }));
    expect(staff).not.toContain('reload');
    expect(staff).not.toContain('forceReload');
    expect(staff).not.toContain('toggleDevTools');
    const dev = roles(menuTemplate({ dev: true, platform: 'win32' }));
    expect(dev).toContain('reload');
  });

  test('offers Undo Change and Redo Change that leave the keys to the page, and keeps the text commands', () => {
    const sent: string[] = [];
    const template = menuTemplate({
      dev: false,
      platform: 'win32',
      changes: { undo: () => sent.push('undo'), redo: () => sent.push('redo') },
    });
    const edit = template.find((item) => item.label === 'Edit');
    const items = Array.isArray(edit?.submenu) ? edit.submenu : [];
    const undo = items.find((item) => item.label === 'Undo Change');
    const redo = items.find((item) => item.label === 'Redo Change');
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(redo).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
    (undo?.click as () => void)();
    (redo?.click as () => void)();
    expect(sent).toEqual(['undo', 'redo']);
    // Two items on one accelerator would fight over it: the text roles give way to the changes.
    expect(roles(items)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  test('has Quit, text undo and redo, and About on every platform', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const all = roles(menuTemplate({ dev: false, platform }));
      expect(all).toEqual(expect.arrayContaining(['undo', 'redo', 'about']));
      // On macOS Quit lives in the application menu, which Electron fills in from 'appMenu'.
      expect(all).toContain(platform === 'darwin' ? 'appMenu' : 'quit');
    }
  });
});
