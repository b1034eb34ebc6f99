/**
 * Latin spellings of a name, so that one person is found whatever script or romanisation a
 * release uses. Cyrillic goes through iuliia's published schemes (BGN/PCGN and Wikipedia give
 * "Sergey", ICAO Doc 9303 passports "Sergei", GOST 7.79 "Sergej"); Turkish and other Latin
 * letters fold to ASCII both plainly (ş → s) and as English spells their sound (ş → sh), so
 * "Çavuşoğlu", "Cavusoglu" and "Chavushoglu" meet. Every spelling is then reduced to a skeleton
 * that forgets the differences the schemes disagree on (y, i, j; doubled letters).
 */
import { createRequire } from 'node:module';
import type Iuliia from 'iuliia';
import { fold } from '../values/fold.js';

let schemes: ((name: string) => string)[] | undefined;

/** The four romanisations, loaded at the first Cyrillic name: commands that meet none skip them. */
function romanisations(): ((name: string) => string)[] {
  if (!schemes) {
    const iuliia = createRequire(import.meta.url)('iuliia') as typeof Iuliia;
    schemes = [iuliia.BGN_PCGN, iuliia.WIKIPEDIA, iuliia.ICAO_DOC_9303, iuliia.GOST_779].map(
      (scheme) => (name: string) => iuliia.translate(name, scheme),
    );
  }
  return schemes;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const TURKISH_SOUNDS: Record<string, string> = { ş: 'sh', ç: 'ch', ğ: 'g', ı: 'i', ü: 'yu' };

function ascii(text: string): string {
  // "Đ" has no mark to take off: "Đặng" is "Dang".
  return fold(text)
    .replace(/ı/g, 'i')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z\s]/g, ' ');
}

/** What the romanisations of one name share: "sergey lavrov", "sergei lavrov" → "sergei lavrov". */
export function skeleton(latin: string): string {
  return latin
    .replace(/kh/g, 'h')
    .replace(/[yji]+/g, 'i')
    .replace(/(\w)\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The skeletons a name may be written as in Latin letters, one or a few. */
export function latinKeys(name: string): string[] {
  const spellings = CYRILLIC.test(name)
    ? romanisations().map((romanise) => ascii(romanise(name)))
    : [ascii(name), ascii(fold(name).replace(/[şçğıü]/g, (c) => TURKISH_SOUNDS[c] ?? c))];
  return [...new Set(spellings.map(skeleton).filter(Boolean))];
}

/** A name's words as skeletons: first the given names or initials, last the surname. */
export function nameParts(key: string): { first: string; surname: string } {
  const words = key.split(' ');
  return { first: words.length > 1 ? (words[0] ?? '') : '', surname: words.at(-1) ?? '' };
}

// Cyrillic consonants as their Latin letter, the vowels and signs left out: enough to tell which
// people may share a surname before the slower schemes are run.
// prettier-ignore
const ROUGH_CYRILLIC: Record<string, string> = {
  б: 'b', в: 'v', г: 'g', д: 'd', ж: 'z', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', п: 'p',
  р: 'r', с: 's', т: 't', ф: 'f', ц: 'c', ч: 'c', ш: 's', щ: 's',
};

/**
 * A surname's consonants in one plain form ("Лавров", "Lavrov", "Lavrovym" → "lvrv", "lvrvm"):
 * cheap enough to run on every person of a large archive, it lets through every spelling the
 * schemes would match, and some they would not, which `latinKeys` then sorts out.
 */
export function roughSurname(name: string): string {
  const last = fold(name.trim()).split(/\s+/).at(-1) ?? '';
  const consonants = CYRILLIC.test(last)
    ? [...last].map((c) => ROUGH_CYRILLIC[c] ?? '').join('')
    : ascii(last)
        .replace(/x/g, 'ks')
        .replace(/kh/g, 'h')
        .replace(/ts|tz/g, 'c')
        .replace(/[^a-z]|[aeiouyjhw]/g, '');
  return consonants.replace(/(\w)\1+/g, '$1');
}

/** Whether two rough surnames may be one, a declension's ending aside. */
export function mayBeSameSurname(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length > 0 && long.startsWith(short) && long.length - short.length <= 2;
}
