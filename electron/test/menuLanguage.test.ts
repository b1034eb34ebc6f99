import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, test } from 'vitest';
import { setLanguage } from '../../i18n/language.js';
import { menuTemplate } from '../menuTemplate.js';
import { windowTitle } from '../windowTitle.js';

function labels(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.type === 'separator' ? [] : [item.label ?? `(role ${item.role} has no label)`]),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

const noop = () => {};
const full = (platform: NodeJS.Platform) =>
  menuTemplate({
    dev: true,
    platform,
    backups: { backUpNow: noop, restoreFromBackup: noop },
    changes: { undo: noop, redo: noop },
    archives: {
      newArchive: noop,
      openArchive: noop,
      openRecent: noop,
      clearRecent: noop,
      recent: [{ path: '/a/old.db', name: 'old.db', missing: true }],
    },
  }).filter((item) => item.role !== 'appMenu');

describe('the desktop menus in the interface language', () => {
  afterEach(() => setLanguage('en'));

  test.each(['linux', 'darwin'] as const)('every item on %s is labelled in Russian', (platform) => {
    setLanguage('ru');
    const shown = labels(full(platform)).filter((label) => label !== 'old.db (не найден)');
    expect(shown.filter((label) => /[A-Za-z]/.test(label))).toEqual([]);
    expect(labels(full(platform))).toContain('old.db (не найден)');
  });

  test('a menu built after a switch speaks the new language, as does the title', () => {
    expect(labels(full('linux'))).toContain('Open Archive…');
    setLanguage('ru');
    expect(labels(full('linux'))).toContain('Открыть архив…');
    expect(windowTitle('/a/b.db')).toBe('Архив Секретариата — b.db');
  });
});
