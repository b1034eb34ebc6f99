import { describe, expect, test } from 'vitest';
import { archiveLocationWarning } from '../files/archiveLocation.js';

const mounts = [
  { dir: '/', type: 'ext4' },
  { dir: '/mnt/share', type: 'cifs' },
  { dir: '/home/ana/nfs home', type: 'nfs4' },
];

describe('archiveLocationWarning', () => {
  test('an archive on a local disk has no warning', () => {
    expect(archiveLocationWarning('/home/ana/Documents/archive.db', mounts)).toBeNull();
    expect(archiveLocationWarning('/mnt/shared-local/archive.db', mounts)).toBeNull();
  });

  test('network shares and mounts are warned about', () => {
    expect(archiveLocationWarning('\\\\server\\records\\archive.db', [])).toMatch(/network share/);
    expect(archiveLocationWarning('/mnt/share/records/archive.db', mounts)).toMatch(
      /network drive \(cifs at \/mnt\/share\)/,
    );
    expect(archiveLocationWarning('/home/ana/nfs home/archive.db', mounts)).toMatch(/nfs4/);
  });

  test('cloud-synced folders are warned about', () => {
    for (const file of [
      '/home/ana/Dropbox/archive.db',
      '/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/archive.db',
      '/Users/ana/Library/CloudStorage/GoogleDrive-ana/archive.db',
      '/c/Users/ana/OneDrive - CICA/archive.db',
    ]) {
      expect(archiveLocationWarning(file, mounts), file).toMatch(/synchronises/);
    }
  });
});
