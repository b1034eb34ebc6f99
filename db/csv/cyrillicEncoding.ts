/**
 * Which older code page a file that is not UTF-8 was written in: Western European (1252) or
 * Cyrillic, and then Windows-1251 or KOI8-R. chardet and jschardet guess poorly on the short
 * files people import (a few names), so the archive decides by what the text looks like.
 */
import { iconvOnDemand as iconv } from './iconvOnDemand.js';

export type LegacyEncoding = 'windows-1251' | 'koi8-r' | 'windows-1252';

/**
 * Cyrillic words are runs of bytes from 0xC0 up in both Cyrillic code pages, while Western
 * European text has an accented letter here and there between ASCII letters.
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

/** How often each letter occurs in Russian text, per thousand letters. */
const FREQUENCY: Record<string, number> = {
  о: 110,
  е: 85,
  а: 80,
  и: 74,
  н: 67,
  т: 63,
  с: 55,
  р: 47,
  в: 45,
  л: 44,
  к: 35,
  м: 32,
  д: 30,
  п: 28,
  у: 26,
  я: 20,
  ы: 19,
  ь: 17,
  г: 17,
  з: 16,
  б: 16,
  ч: 14,
  й: 12,
  х: 10,
  ж: 9,
  ш: 7,
  ю: 6,
  ц: 5,
  щ: 4,
  э: 3,
  ф: 3,
  ъ: 0.4,
  ё: 0.4,
};

const LETTER = /[\u0401\u0410-\u044f\u0451]/;
const VOWEL = /[аеёиоуыэюя]/;
/** Signs above ASCII that Russian text holds besides letters: quotes, dashes, numero, NBSP. */
const SIGN = /[\u00a0\u00ab\u00bb\u2013\u2014\u2018-\u201e\u2026\u2116]/;

/**
 * How Russian the text reads: the two code pages map the same bytes to other letters, and swap
 * upper and lower case, so the wrong one gives rare letters, words like "иВАНОВ", runs of
 * vowels, and signs that are not letters (box drawing for KOI8-R's ё read as Windows-1251's).
 */
function russianScore(text: string): number {
  let score = 0;
  for (const word of text.match(/[^\s\d,;"'.!?()-]+/g) ?? []) {
    let lowerSeen = false;
    let vowels = 0;
    for (const char of word) {
      if (!LETTER.test(char)) {
        if (char > '\u007f' && !SIGN.test(char)) score -= 8;
        continue;
      }
      const lower = char.toLowerCase();
      score += Math.log(FREQUENCY[lower] ?? 0.1);
      // An upper-case letter after a lower-case one, inside a word, is a swapped case.
      if (char !== lower && lowerSeen) score -= 8;
      if (char === lower) lowerSeen = true;
      vowels = VOWEL.test(lower) ? vowels + 1 : 0;
      if (vowels > 2) score -= 6;
    }
  }
  return score;
}

export function legacyEncoding(bytes: Uint8Array): LegacyEncoding {
  if (!looksCyrillic(bytes)) return 'windows-1252';
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const windows = russianScore(iconv().decode(buffer, 'windows-1251'));
  const koi8 = russianScore(iconv().decode(buffer, 'koi8-r'));
  return koi8 > windows ? 'koi8-r' : 'windows-1251';
}
