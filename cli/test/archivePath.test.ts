import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { archiveLocation, defaultArchivePath } from '../archivePath.js';

describe('defaultArchivePath', () => {
  test("is the desktop app's userData archive on each platform", () => {
    expect(defaultArchivePath({}, 'linux', '/home/ana')).toBe(
      '/home/ana/.config/Secretariat Archive/archive.db',
    );
    expect(defaultArchivePath({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ana')).toBe(
      '/cfg/Secretariat Archive/archive.db',
    );
    expect(defaultArchivePath({}, 'darwin', '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Secretariat Archive/archive.db',
    );
    expect(
      defaultArchivePath(
        { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        'win32',
        'C:\\Users\\ana',
      ),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Secretariat Archive\\archive.db');
  });
});

describe('archiveLocation', () => {
  test('--db wins; ARCHIVE_DB replaces the default; both are named by the user', () => {
    expect(archiveLocation('a.db', { ARCHIVE_DB: '/x/b.db' })).toEqual({
      file: path.resolve('a.db'),
      explicit: true,
      namedBy: '--db',
    });
    expect(archiveLocation(undefined, { ARCHIVE_DB: '/x/b.db' })).toEqual({
      file: '/x/b.db',
      explicit: true,
      namedBy: 'ARCHIVE_DB',
    });
    expect(archiveLocation(undefined, { XDG_CONFIG_HOME: '/cfg' })).toEqual({
      file: path.resolve(defaultArchivePath({ XDG_CONFIG_HOME: '/cfg' })),
      explicit: false,
    });
  });
});
