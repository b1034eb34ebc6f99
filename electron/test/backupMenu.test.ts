import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { menuTemplate } from '../menuTemplate.js';

function fileMenu(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const file = items.find((item) => item.label === 'File');
  return Array.isArray(file?.submenu) ? file.submenu : [];
}

describe('the File menu', () => {
  test('offers Back Up Now… and Restore from Backup…, each calling its action', () => {
    const called: string[] = [];
    const items = fileMenu(
      menuTemplate({
        dev: false,
        platform: 'win32',
        backups: {
          backUpNow: () => called.push('backup'),
          restoreFromBackup: () => called.push('restore'),
        },
      }),
    );
    expect(items.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'Back Up Now…',
      'Restore from Backup…',
      'separator',
      'Quit',
    ]);
    for (const item of items.slice(0, 2)) {
      (item.click as () => void)();
    }
    expect(called).toEqual(['backup', 'restore']);
  });
});
