/**
 * The traveller's own delegation in a sentence of taking part: "В переговорах с российской стороны
 * приняли участие A и B, с турецкой – C", "From the Kenyan side, A and B took part, and from the
 * Ghanaian side C", "Görüşmeye Türk tarafından A ve B katıldı". A release lists its own side
 * first; whoever that side names came with the visitor and was not met.
 */

import { countryCode } from './gazetteer.js';

// Taking part, in the three languages.
const TAKING_PART =
  /(?:участ\p{L}*|\btook part\b|\bparticipated\b|\btaking part\b|katıl\p{L}*|yer al\p{L}*)/iu;

// The words that open a side's list: "с российской стороны", "с турецкой –", "from the Kenyan
// side", "on the Kenyan side", "Türk tarafından", "Türk tarafında".
const SIDE =
  /(?:(?<!\p{L})со?\s+\p{Ll}+(?:ой|ей)(?:\s+стороны|\s*[–—-])|\b(?:from|on) the \p{Lu}[\p{L}-]*\s+side\b|(?<!\p{L})\p{Lu}\p{Ll}+\s+tarafın(?:dan|da)(?!\p{L}))/gu;

/**
 * The words of a sentence of taking part that name the own side, from its side's words to the
 * next side's (or the sentence's end); null when the sentence tells of no side taking part.
 */
export function ownSideWords(sentence: string): string | null {
  if (!TAKING_PART.test(sentence)) return null;
  const sides = [...sentence.matchAll(SIDE)].filter((m) => {
    // In Turkish "tarafından" is also "by": "Kral VI. Muhammed tarafından kabul edildi". A side is a
    // country's: "Türk tarafından", "Gana tarafından".
    const word = /^(\p{Lu}\p{Ll}+)\s+tarafın/u.exec(m[0])?.[1];
    return !word || /^(?:Türk|Rus)$/u.test(word) || countryCode(word) !== null;
  });
  const first = sides[0];
  if (!first) return null;
  return sentence.slice(first.index, sides[1]?.index ?? sentence.length);
}

/** Whether a person's name, in any case the text gives it, stands among the own side's words. */
export function onOwnSide(name: string, words: string): boolean {
  const surname = name.split(/\s+/).at(-1) ?? '';
  const stem = surname.slice(0, Math.max(4, surname.length - 2));
  return stem.length >= 3 && words.includes(stem);
}
