import { describe, expect, test } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type ArchiveMenu } from '../menuTemplate.js';
import type { RecentArchive } from '../recentArchives.js';
import { menuItemTakingKey } from './menuAccelerators.js';

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

  test('Cmd+Z reaches Undo Change on a Mac, and the page elsewhere', () => {
    const sent: string[] = [];
    const changes = { undo: () => sent.push('undo'), redo: () => sent.push('redo') };
    const mac = menuTemplate({ dev: false, platform: 'darwin', changes });
    (menuItemTakingKey(mac, 'CmdOrCtrl+Z', 'darwin')?.click as () => void)();
    (menuItemTakingKey(mac, 'CmdOrCtrl+Shift+Z', 'darwin')?.click as () => void)();
    // The renderer then judges the command by the focus, as it judges the key (undoTarget).
    expect(sent).toEqual(['undo', 'redo']);
    for (const platform of ['win32', 'linux'] as const) {
      const template = menuTemplate({ dev: false, platform, changes });
      expect(menuItemTakingKey(template, 'CmdOrCtrl+Z', platform)).toBeUndefined();
      expect(menuItemTakingKey(template, 'CmdOrCtrl+Shift+Z', platform)).toBeUndefined();
    }
  });

  test('has Quit, text undo and redo, and About on every platform', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const all = roles(menuTemplate({ dev: false, platform }));
      expect(all).toEqual(expect.arrayContaining(['undo', 'redo', 'about']));
      // On macOS Quit lives in the application menu, which Electron fills in from 'appMenu'.
      expect(all).toContain(platform === 'darwin' ? 'appMenu' : 'quit');
    }
  });

  test('File offers New Archive…, Open Archive… and Open Recent, with their keys', () => {
    const done: string[] = [];
    const recent: RecentArchive[] = [
      { path: '/records/2024.db', name: '2024.db', missing: false },
      { path: '/usb/old.db', name: 'old.db', missing: true },
    ];
    const archives: ArchiveMenu = {
      newArchive: () => done.push('new'),
      openArchive: () => done.push('open'),
      recent,
      openRecent: (archive) => done.push(archive.path),
      clearRecent: () => done.push('clear'),
    };
    const file = fileMenu(menuTemplate({ dev: false, platform: 'win32', archives }));
    expect(file.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'New Archive…',
      'Open Archive…',
      'Open Recent',
      'separator',
      'Quit',
    ]);
    expect(file[0]).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+N' });
    expect(file[1]).toMatchObject({ accelerator: 'CmdOrCtrl+O' });
    const recentItems = submenu(file[2]);
    expect(recentItems.map((item) => item.label ?? item.type)).toEqual([
      '2024.db',
      'old.db (not found)',
      'separator',
      'Clear Recent',
    ]);
    expect(recentItems[0]).toMatchObject({ sublabel: '/records/2024.db' });
    for (const item of [file[0], file[1], ...recentItems]) click(item);
    expect(done).toEqual(['new', 'open', '/records/2024.db', '/usb/old.db', 'clear']);
  });

  test('Open Recent says when there is nothing to open, and Clear Recent is off then', () => {
    const archives: ArchiveMenu = {
      newArchive: () => {},
      openArchive: () => {},
      recent: [],
      openRecent: () => {},
      clearRecent: () => {},
    };
    const file = fileMenu(menuTemplate({ dev: false, platform: 'linux', archives }));
    const recent = submenu(file.find((item) => item.label === 'Open Recent'));
    expect(recent[0]).toMatchObject({ label: 'No recent archives', enabled: false });
    expect(recent[recent.length - 1]).toMatchObject({ label: 'Clear Recent', enabled: false });
  });

  test('no two items of the menu share an accelerator', () => {
    const archives: ArchiveMenu = {
      newArchive: () => {},
      openArchive: () => {},
      recent: [],
      openRecent: () => {},
      clearRecent: () => {},
    };
    const template = menuTemplate({
      dev: true,
      platform: 'win32',
      archives,
      backups: { backUpNow: () => {}, restoreFromBackup: () => {} },
      changes: { undo: () => {}, redo: () => {} },
    });
    const keys = accelerators(template);
    expect(keys).toEqual(expect.arrayContaining(['CmdOrCtrl+O', 'CmdOrCtrl+Shift+N']));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function fileMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return submenu(template.find((item) => item.label === 'File'));
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

function accelerators(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(typeof item.accelerator === 'string' ? [item.accelerator] : []),
    ...accelerators(submenu(item)),
  ]);
}
