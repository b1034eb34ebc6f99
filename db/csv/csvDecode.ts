/**
 * The text of a CSV file whatever program wrote it: UTF-8 with or without a byte order mark,
 * UTF-16 by its mark (Excel's "Unicode text"), or the code page of an older program: Cyrillic
 * (Windows-1251, KOI8-R) or Western European (Windows-1252). The user may name the encoding;
 * otherwise it is found from the bytes, and the preview shows the text as it will be stored.
 * A file that is UTF-8 but for a few bytes is damaged, not in another encoding: it is refused.
 */
import type { CsvEncoding } from '../api.js';
import { legacyEncoding } from './cyrillicEncoding.js';
import { ArchiveError } from '../errors.js';
import { iconvOnDemand as iconv } from './iconvOnDemand.js';
import { checkUtf8, lineAndByte } from './invalidUtf8.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(buffer: Buffer, mark: number[]): boolean {
  return mark.every((b, i) => buffer[i] === b);
}

function notUtf8(bytes: Buffer, offset: number): ArchiveError {
  const { line, byte } = lineAndByte(bytes, offset);
  return new ArchiveError('invalid_input', 'errors.csvDecode.lineFileNot', { line, byte });
}

function detected(buffer: Buffer): CsvEncoding {
  if (startsWith(buffer, UTF8_BOM)) return 'utf-8';
  if (startsWith(buffer, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(buffer, [0xfe, 0xff])) return 'utf-16be';
  const check = checkUtf8(buffer);
  // More good multi-byte sequences than bad bytes: UTF-8 with damage, which utf8() refuses.
  if (check.invalid === 0 || check.multibyte >= check.invalid) return 'utf-8';
  return legacyEncoding(buffer);
}

export function decodeCsv(
  bytes: Uint8Array,
  chosen?: CsvEncoding,
): { text: string; encoding: CsvEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoding = chosen ?? detected(buffer);
  if (encoding === 'utf-8') {
    const { firstInvalid } = checkUtf8(buffer);
    if (firstInvalid !== -1) throw notUtf8(buffer, firstInvalid);
    const bom = startsWith(buffer, UTF8_BOM);
    return { text: buffer.subarray(bom ? 3 : 0).toString('utf8'), encoding };
  }
  const markLength = encoding.startsWith('utf-16') ? 2 : 0;
  const marked =
    markLength > 0 && startsWith(buffer, encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  return {
    text: iconv().decode(marked ? buffer.subarray(markLength) : buffer, encoding),
    encoding,
  };
}
