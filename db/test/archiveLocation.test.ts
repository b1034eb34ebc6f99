import { describe, expect, test } from 'vitest';
import { tIn } from '../../i18n/messages.js';
import { archiveLocationWarning as warningOf } from '../files/archiveLocation.js';

/** The warning as a dialog in `language` shows it, or null when there is none. */
function say(language: string, ...args: Parameters<typeof warningOf>): string | null {
  const warning = warningOf(...args);
  return warning === null ? null : tIn(language, warning.key, warning.params);
}
const archiveLocationWarning = (...args: Parameters<typeof warningOf>) => say('en', ...args);

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

  test('is said in Russian to a Russian desktop, the menu named as its menu is', () => {
    expect(say('ru', '/mnt/share/records/archive.db', mounts)).toBe(
      'Архив /mnt/share/records/archive.db находится на сетевом диске (cifs в /mnt/share). Его журналу безопасности нужен локальный диск: два компьютера или обрыв соединения могут его повредить. Переместите архив в папку на собственном диске этого компьютера (затем его можно открыть там командой Файл > Открыть архив…); резервные копии по-прежнему могут храниться в общей папке.',
    );
    expect(say('ru', '/home/ana/Dropbox/archive.db', mounts)).toMatch(
      /^Архив \/home\/ana\/Dropbox\/archive\.db находится в папке, которую синхронизирует Dropbox\./,
    );
  });
});
