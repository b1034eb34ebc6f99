/**
 * The text of a CSV file whatever program wrote it: UTF-8 with or without a byte order mark,
 * UTF-16 by its mark (Excel's "Unicode text"), or the Windows code page of an older Excel:
 * Cyrillic (1251) or Western European (1252).
 */
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

/** Loaded on the first file that is not UTF-8, so that starts which import no CSV skip it. */
let loaded: typeof Iconv | undefined;
const iconv = () => (loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv);

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Cyrillic words are runs of bytes from 0xC0 up in Windows-1251, while Western European text
 * has an accented letter here and there between ASCII letters. chardet guesses poorly on the
 * short files people import (a few names), so the runs decide.
 */
function looksCyrillic(bytes: Uint8Array): boolean {
  let inRuns = 0;
  let alone = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0xc0) continue;
    const next = (bytes[i + 1] ?? 0) >= 0xc0;
    const prev = (bytes[i - 1] ?? 0) >= 0xc0;
    if (next || prev) inRuns++;
    else alone++;
  }
  return inRuns > alone;
}

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv().decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv().decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const utf8 = validUtf8(buffer);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const encoding = looksCyrillic(buffer) ? 'windows-1251' : 'windows-1252';
  return { text: iconv().decode(buffer, encoding), encoding };
}
