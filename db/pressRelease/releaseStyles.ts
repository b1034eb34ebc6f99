/**
 * A style or an office that a release writes before a name, in a tradition no list knows, is told
 * from a first given name by what the same release says of the word: "Tavana A B … Tavana B"
 * (the word again before the surname alone), "the tavana is chosen by the elders", "The Tavana
 * was joined by …" (a common noun), "Tavana of X" (an office of a place), "Tavana A B … Tavana C
 * D … Tavana E F" (before three names), "Tavana A B … A B said" (the rest of the name alone, its
 * given name a known one). A Turkish release shows it by "köyün tavanası C D", by the office after
 * its body ("X Tekkesi Babası Baba C D") or by the word again before the surname, with a suffix or
 * without ("Tavana B'yle"); a style after a name in Turkish by the same office: "A B Ağa …
 * aşiretin ağası C D".
 */
import type { ReleaseLanguage } from './draftTitle.js';
import { isPlaceName } from './gazetteer.js';
import { PARTICLE, TURKISH_STYLE_AFTER_NAME } from './nameWords.js';
import { nameKind } from './names/nameKey.js';
import { isVocabulary } from './people.js';

// A word of a style: a capital, then small letters, an apostrophe or a hyphen inside at most.
const STYLE_SHAPE = /^\p{Lu}(?:[\p{Ll}'’ʻ-]*\p{Ll})?$/u;

// A patronymic after the first word shows it to be the given name: "A Petrovich B", "C Aliyevna D".
const PATRONYMIC_SHAPE = /(?:ovi[cčćç]h?|evi[cčćç]h?|ovych|ovna|evna|ivna|ович|евич|овна|евна)$/u;

// What a person does after "the tavana" or "a tavana" in English: a common noun of a person.
const PERSON_AFTER =
  /^(?:['’]s\s|\s+(?:who|whom|said|says|told|tells|welcomed|welcomes|received|receives|hosted|hosts|greeted|greets|showed|shows|spoke|speaks|explained|explains|leads|led|chairs|chaired|presides|presided|(?:is|was|are|were)\s+(?:chosen|elected|appointed|installed|named|joined))\b)/u;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const START = "(?<![\\p{L}\\p{M}'’-])";
const END = '(?![\\p{L}\\p{M}])';

function lowerOf(word: string, language: ReleaseLanguage): string {
  return language === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase();
}

// The Māori articles "Te" and "Ngā" ("the") open the names of people, places and bodies alike,
// many in one release: "Te A B", "Te C Marae", "Ngā D E". They are no style.
const MAORI_ARTICLE = /^(?:Te|Ngā)$/u;

/** Whether the word may be a style: no given name, particle, place or word of a name's kind. */
function mayBeStyle(word: string): boolean {
  return (
    STYLE_SHAPE.test(word) &&
    !PARTICLE.test(word) &&
    !MAORI_ARTICLE.test(word) &&
    !nameKind(word).given &&
    !nameKind(word).family &&
    !isPlaceName(word)
  );
}

/**
 * Whether the release writes the style as a common noun: "the tavana is chosen", "köyün tavanası
 * A".
 */
function commonNoun(style: string, text: string, language: ReleaseLanguage): boolean {
  const lower = escaped(lowerOf(style, language));
  if (language === 'tr') {
    // "köyün tavanası A B", "cemaatin tavanası C D": an office of a body, before a name; so is
    // the office named after its body in a compound: "X Tekkesi Babası Baba A B". So is a word
    // the release calls a title, right before the name: "… unvanını taşıyan Tavana A B".
    return (
      new RegExp(
        `${START}\\p{L}+(?:ın|in|un|ün|s[ıiuü])\\s+(?:${lower}|${escaped(style)})(?:sı|si|su|sü|ı|i|u|ü)\\s+\\p{Lu}`,
        'u',
      ).test(text) || calledTitle(style, text, language)
    );
  }
  // "The Tavana was joined by", "the tavana is chosen by": after an article, as a person does.
  const noun = new RegExp(
    `${START}(?:[Tt]he|an?|An?)\\s+(?:${escaped(style)}|${lower})(?=\\W)`,
    'gu',
  );
  for (const m of text.matchAll(noun)) {
    const after = text.slice(m.index + m[0].length);
    if (PERSON_AFTER.test(after)) return true;
    // A capital after "the" before a small word or a stop, as a name never stands: "the Tavana."
    if (m[0].endsWith(style) && /^(?:[,.;:]|\s+\p{Ll})/u.test(after) && !/^\s+of\b/u.test(after))
      return true;
  }
  return false;
}

/** Whether a Turkish release calls the word a title, right before a name: "unvanını taşıyan A B C". */
export function calledTitle(style: string, text: string, language: ReleaseLanguage): boolean {
  return (
    language === 'tr' &&
    new RegExp(
      `${START}unvan\\p{L}*\\s+(?:taşıyan|olan)\\s+${escaped(style)}\\s+\\p{Lu}`,
      'u',
    ).test(text)
  );
}

/**
 * Whether the release writes the word before names of two words at least, as a style: before
 * three names, or before two when it is short with no vowel ("Cr A B … Cr C D"). Two people
 * may share a given name.
 */
function beforeNames(style: string, text: string): boolean {
  const named = new RegExp(
    `${START}${escaped(style)}\\s+(\\p{Lu}[\\p{L}'’-]*)\\s+(\\p{Lu}[\\p{L}'’-]*)${END}`,
    'gu',
  );
  const firsts = new Set<string>();
  for (const m of text.matchAll(named)) {
    const [first, second] = [m[1] ?? '', m[2] ?? ''];
    if (isVocabulary(first) || isVocabulary(second) || isPlaceName(first)) continue;
    firsts.add(first);
  }
  return firsts.size >= (/[aeiouyàáâäèéêëìíîïòóôöùúûüı]/iu.test(style) ? 3 : 2);
}

/** Whether the release shows the style to be no given name of the rest of the name. */
function releaseStyle(
  style: string,
  rest: readonly string[],
  text: string,
  language: ReleaseLanguage,
): boolean {
  const last = rest.at(-1) ?? '';
  // "Tavana B" with the surname alone, in Turkish with its suffix: "Tavana B'yle"; not the name
  // itself going on: "A B B".
  const again = new RegExp(
    `${START}${escaped(style)}\\s+${escaped(last)}${END}(?!\\s+\\p{Lu})`,
    'u',
  );
  return (
    again.test(text) ||
    officeNoun(style, text, language) ||
    beforeNames(style, text) ||
    // "A B said", the rest of the name alone, its first a known given name. A surname that opens
    // with its particle is no given name and a surname: "Seán Mac C … Mr Mac C" names Seán.
    (nameKind(rest[0] ?? '').given &&
      !PARTICLE.test(rest[0] ?? '') &&
      new RegExp(
        `${START}(?<!${escaped(style)}\\s)${rest.map(escaped).join('\\s+')}${END}`,
        'u',
      ).test(text))
  );
}

/** Whether the release writes the word as a common noun or an office of a place: "Tavana of X". */
function officeNoun(style: string, text: string, language: ReleaseLanguage): boolean {
  return (
    commonNoun(style, text, language) ||
    (language === 'en' &&
      new RegExp(`${START}${escaped(style)}\\s+of\\s+(?:the\\s+)?\\p{Lu}`, 'u').test(text))
  );
}

// The Amharic and Oromo "Mr", "Ato", is a Fante given name too ("Ato A B"); a release that writes
// the Amharic style of a woman as well, in full or short ("Weyzero C D", "W/ro E F"), names
// Ethiopians, and there "Ato" before a name of two words is the man's style: "Ato A B".
const AMHARIC_MAN = /^Ato$/u;
const AMHARIC_WOMAN = new RegExp(`${START}(?:Weyzero|Weyzerit|W/ro|W/rt)\\s+\\p{Lu}`, 'u');

/**
 * How many words open the name as a style the release shows to be one, one or two ("Tavana A B",
 * "Aliki Tavana A B"); the name keeps two words of its own at least.
 */
export function releaseStyleWords(
  words: readonly string[],
  text: string,
  language: ReleaseLanguage,
): number {
  if (language === 'ru') return 0;
  // "A Petrovich B": the first word is the given name before its patronymic.
  if (words.some((w) => PATRONYMIC_SHAPE.test(w))) return 0;
  if (words.length >= 3 && AMHARIC_MAN.test(words[0] ?? '') && AMHARIC_WOMAN.test(text)) return 1;
  for (const n of [2, 1]) {
    const style = words.slice(0, n);
    const rest = words.slice(n);
    if (rest.length < 2 || !style.every(mayBeStyle)) continue;
    if (rest.some((w) => style.includes(w))) continue;
    // The later word of a style of two words may be the office the release shows: "Aliki Tavana
    // A B … Tavana of X".
    if (
      releaseStyle(style.join(' '), rest, text, language) ||
      (n === 2 && officeNoun(style[1] ?? '', text, language))
    )
      return n;
  }
  return 0;
}

/**
 * Whether a Turkish name ends in a style the release shows to be one, an office before a name
 * too: "A B Ağa … aşiretin ağası C D". The name keeps two words of its own at least; surnames
 * two people share ("A B C … D E C") show nothing.
 */
export function releaseStyleAfter(
  words: readonly string[],
  text: string,
  language: ReleaseLanguage,
): boolean {
  const style = words.at(-1) ?? '';
  return (
    language === 'tr' &&
    words.length >= 3 &&
    mayBeStyle(style) &&
    !isVocabulary(style) &&
    commonNoun(style, text, language)
  );
}

const TR_STYLES_AFTER = TURKISH_STYLE_AFTER_NAME.split('|');

/**
 * The word after a Turkish name, read as a style, that the release shows to be the surname: it
 * names the family by it ("A B Ağa … Ağa ailesinin elinde", "Bey soyadını taşıyan"). Null if none.
 */
export function surnameLikeStyle(
  name: string,
  text: string,
  language: ReleaseLanguage,
): string | null {
  if (language !== 'tr') return null;
  return (
    TR_STYLES_AFTER.find(
      (style) =>
        new RegExp(`${START}${escaped(name)}\\s+${style}${END}`, 'u').test(text) &&
        new RegExp(`${START}${style}\\s+(?:ailesi|soyad)\\p{L}*`, 'u').test(text),
    ) ?? null
  );
}
