import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import type { CsvImportInput } from '../api.js';
import { importCsv, previewCsvImport } from '../csv/csvImport.js';
import { input, names, refused } from './csvInput.js';
import { snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

const RUSSIAN = 'Name\nИванов\nПетрова Анна\nСергей Лавров\n';

function withEncoding(file: Buffer, encoding: string): CsvImportInput {
  return { ...input('people', file), encoding } as CsvImportInput;
}

/** A UTF-8 file whose third line has one byte broken: the second byte of its first letter. */
function brokenUtf8(bom: boolean): Buffer {
  const bytes = Buffer.from(RUSSIAN);
  const line3 = bytes.indexOf(Buffer.from('Петрова'));
  bytes[line3 + 1] = 0x41;
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

describe('the encoding of a CSV file', () => {
  test('a UTF-8 file with one broken byte is refused, naming its line and byte, with or without a BOM', async () => {
    for (const bom of [false, true]) {
      const { db } = tempArchive();
      const before = snapshot(db);
      const error = await refused(
        importCsv(db, input('people', brokenUtf8(bom)), { backup: false }),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(
        /^Line 3 of the file is not valid UTF-8 \(at byte 1 of the line\)/,
      );
      expect(error.message).toMatch(/nothing was imported/);
      expect(() => previewCsvImport(db, input('people', brokenUtf8(bom)))).toThrow(/^Line 3/);
      expect(snapshot(db)).toBe(before);
    }
  });

  test('short Russian text is told apart in Windows-1251 and KOI8-R, and Western text in Windows-1252', async () => {
    const cases: [string, string][] = [
      ['windows-1251', RUSSIAN],
      ['koi8-r', RUSSIAN],
      ['koi8-r', 'Name\nИван\n'],
      ['windows-1251', 'Name\nИван\n'],
      ['koi8-r', 'Name\nЮНЕСКО\nобъём\n'],
      ['windows-1251', 'Name\nЮНЕСКО\nобъём\n'],
      ['windows-1252', 'Name\nMüller\nCafé Crème\n'],
    ];
    for (const [encoding, text] of cases) {
      const { db } = tempArchive();
      const file = iconv.encode(text, encoding);
      const preview = previewCsvImport(db, input('people', file));
      expect([encoding, preview.encoding]).toEqual([encoding, encoding]);
      await importCsv(db, input('people', file), { backup: false });
      expect(names(db, 'people').sort()).toEqual(text.split('\n').slice(1, -1).sort());
    }
  });

  test('the encoding the user picks is the one the file is read with', async () => {
    const { db } = tempArchive();
    const koi8 = iconv.encode(RUSSIAN, 'koi8-r');
    const asWindows = previewCsvImport(db, withEncoding(koi8, 'windows-1251'));
    expect(asWindows.encoding).toBe('windows-1251');
    expect(asWindows.sample[0]!.name).toBe(
      iconv.decode(iconv.encode('Иванов', 'koi8-r'), 'windows-1251'),
    );
    const error = await refused(
      importCsv(db, withEncoding(iconv.encode(RUSSIAN, 'windows-1251'), 'utf-8'), {
        backup: false,
      }),
    );
    expect(error.message).toMatch(
      /^Line 2 of the file is not valid UTF-8 \(at byte 1 of the line\)/,
    );
    await importCsv(db, withEncoding(koi8, 'koi8-r'), { backup: false });
    expect(names(db, 'people')).toEqual(['Иванов', 'Петрова Анна', 'Сергей Лавров']);
  });
});
