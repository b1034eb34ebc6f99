import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { initialisedArchive, run } from './testIo.js';

const archive = initialisedArchive();

describe('archive import-csv and the file’s encoding', () => {
  test('reads the file in the encoding named by --encoding, and refuses one it does not know', async () => {
    const file = path.join(archive.dir, 'koi8.csv');
    fs.writeFileSync(file, iconv.encode('Name\nИванов\n', 'koi8-r'));
    const dry = await run(['import-csv', 'people', file, '--dry-run', '--db', archive.db]);
    expect(dry.out).toMatch(/\(koi8-r, comma-separated\)/);
    const chosen = await run([
      'import-csv',
      'people',
      file,
      '--encoding',
      'KOI8-R',
      '--db',
      archive.db,
    ]);
    expect(chosen).toMatchObject({ code: 0, err: '' });
    const list = await run(['list', 'people', '--columns', 'name', '--db', archive.db]);
    expect(list.out).toMatch(/Иванов/);
    const wrong = await run([
      'import-csv',
      'people',
      file,
      '--encoding',
      'latin9',
      '--db',
      archive.db,
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/^--encoding takes utf-8, windows-1251, koi8-r, .* not "latin9"\.$/);
  });

  test('a UTF-8 file with a broken byte is refused, naming the line', async () => {
    const file = path.join(archive.dir, 'broken.csv');
    const bytes = Buffer.from('Name\nАнна\nПётр\n');
    bytes[bytes.indexOf(Buffer.from('Пётр')) + 1] = 0x20;
    fs.writeFileSync(file, bytes);
    const result = await run(['import-csv', 'people', file, '--db', archive.db]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Line 3 of the file is not valid UTF-8 \(at byte 1 of the line\)/);
  });
});
