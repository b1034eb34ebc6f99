import { isVocabulary } from './foreignPeople.js';
import { countryCode, unaccented } from './gazetteer.js';
import { nameKind } from './names/nameKey.js';
import { HONORIFIC, VIETNAMESE_MIDDLE } from './nameWords.js';
import { COURTESY, isVocabulary as isEnglishVocabulary } from './people.js';
import { TITLE_WORD } from './roles.js';

// Turkish official style writes the family name in capitals after the given names, a case ending
// after an apostrophe: "Başkanı A B C", "D E'yı". One to three capitalised given names, then the
// family name (its parts joined by a hyphen). Mauritania and the Maghreb write it so too, a
// particle of descent opening it and several words after ("A OULD B C", "D MINT E F", "G BEN H"),
// the Amazigh "AÏT", "AIT", "ATH", "N'AIT" ("sons of") too: "I AÏT J K";
// an apostrophe may stand inside a given name before a capital: "Sid'Ahmed". Yemen and the Gulf
// write the first given name in capitals too, as the family name: "WALEED A AL-B" (English only,
// and only a known given name: a word in capitals before may be an acronym, "UNDP A B").
// West Africa writes a nasal "N'" or "M'" against the family name ("A N'DIAYE"), as others write
// "D'"; the Comoros and Turkey write a family name of two words ("A ABDOU MZÉ", "B KAYA ERDEM").
const CAPITAL_WORD = "(?:[DNM]['’])?\\p{Lu}{2,}(?:-\\p{Lu}{2,})*";
const CAPITAL_SURNAME = new RegExp(
  `(?<![\\p{L}'’.-])((?:\\p{Lu}{2,}\\s+)?(?:\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu})?\\p{Ll}+\\s+){1,3})((?:OULD|MINT|WULD|BEN|BINT|IBN|EL|AL|ABOU|ABU|AG|(?:N['’])?A[ÏI]T|ATH)(?:\\s+${CAPITAL_WORD}){1,3}|${CAPITAL_WORD}(?:\\s+${CAPITAL_WORD})?)(?![\\p{L}\\d-])`,
  'gu',
);

// Cambodia, Korea and China write the family name first and in capitals, the given name after it
// as a name is written: "Bakanı A B", "Sekreter C D-e'yle". After a title's or a body's word,
// a short run of capitals with a vowel, then one given name and no capitalised word after it.
const CAPITAL_FAMILY_FIRST =
  /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+\s+)(\p{Lu}{2,5})(?=\s+\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?(?:['’]\p{Ll}+)?(?![\p{L}'’-])(?!\s+\p{Lu}))/gu;

// English writes a Korean, Japanese, Chinese or Mongolian name as the country does, family name
// first and in capitals, the given name after it ("CHOI Yoon-seok", "MORIYAMA Takuya", "WANG
// Lei", "YOSHIDA-KONDO Emi"), after a comma, a verb or a title alike: one given name, and no
// capitalised word after it.
const ENGLISH_FAMILY_FIRST =
  /(?<![\p{L}'’.-])(\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?=\s+(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}'’-])(?!\s+\p{Lu}))/gu;

// The Congos write the family name first and in capitals, then the postname and the first name
// as a name is written ("the Governor, the Honorable A B C-D,", "Mr. E F G"): after a comma or an
// honorific, two words after it and the clause's end after them.
const ENGLISH_FAMILY_THEN_TWO =
  /(?<=(?:,|\b(?:Honou?rable|Hon|Mr|Mrs|Ms|Dr|Prof)\.?)\s+)(\p{Lu}{3,}(?:-\p{Lu}{2,})?)(?=\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*(?:[,.;)]|$))/gmu;

// Somalia and others write a whole name in capitals, set off by a comma or after an honorific:
// "the Minister of X, H.E. A B C.", "the President of Y, D E F, who …". Two to four words of
// three letters or more, each with a vowel, before a comma, a full stop or a semicolon. Nigeria
// writes a style in capitals before it, an honorific too: "the Vice President, ALHAJI A B C,",
// "CHIEF D E", "DR. F G"; the style is read as such, the name after it, which the style tells
// is a name though none of its words is a known one.
const ENGLISH_WHOLE_CAPITALS =
  /(?<=(?:,|\bH\.\s?E\.|\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|MR|MRS|MS|DR|PROF|HON)\.?)\s+)((?:\p{Lu}{2,}\.?\s+){0,2}?\p{Lu}{3,}(?:-\p{Lu}{2,})?(?:\s+\p{Lu}{3,}(?:-\p{Lu}{2,})?){1,3})(?=\s*[,.;]|\s*$)/gmu;

// A Japanese name's syllables ("Mo-ri-ya-ma", "Ta-ku-ya", "Na-o-mi").
const JAPANESE_SYLLABLES = /^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|[yjfw])?[aiueo]|n(?![aiueoy]))+$/u;

// Vietnam writes the family name first and in capitals, its marks kept ("NGUYỄN", "LÊ"), then a
// middle name ("Văn", "Thị") and one or two more: "PHẠM Văn Đức", "LÊ Thị Thu Hà".
const VIETNAMESE_CAPITAL_FIRST =
  /(?<![\p{L}'’.-])(\p{Lu}{2,7})(?=\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+)/gu;

// An honorific right before the given names, in parentheses too: "Dr. ", "(Mrs.) ".
const HONORIFIC_BEFORE = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\)?\s+$/u;
// An English title set off by a comma right before the given names: "the Governor of the Central
// Bank of the Comoros, A B C,".
const TITLE_SET_OFF = new RegExp(
  String.raw`\bthe\s+(?:[\p{L}-]+\s+){0,2}?(?:${TITLE_WORD.source})[^,.;:()]*,\s+$`,
  'u',
);

function titleCase(word: string, language: 'en' | 'tr'): string {
  return word.replace(/[^\s-]+/gu, (part) => {
    // "N'DIAYE" is "N'Diaye": the letter after the "N'" is the name's first.
    const opening = /^[DNM]['’]\p{Lu}/u.test(part) ? 3 : 1;
    return part.slice(0, opening) + part.slice(opening).toLocaleLowerCase(language);
  });
}

// A word in capitals too short or with no vowel to be a name's is an acronym.
const capitalAcronym = (word: string): boolean =>
  word.replace(/^[DNM]['’]|-/gu, '').length < 3 || !/[AEIOUY]/u.test(unaccented(word));

/**
 * The text with each family name written in capitals after given names written as a name is
 * ("TUNÇ" → "Tunç"), of the same length, and the capitals each such name was written in.
 * A run of capitals with no vowel, or of fewer than three letters, is an acronym; so is one after
 * words that are a title's, a body's or a place's and no given name.
 */
export function readableCapitals(
  text: string,
  language: 'en' | 'tr' = 'tr',
): { text: string; spelled: Map<string, string> } {
  const spelled = new Map<string, string>();
  const read = text.replace(CAPITAL_SURNAME, (whole, before: string, both: string, at: number) => {
    // Of two words in capitals, the second is the family name's only when it is a name's too,
    // no acronym and no word of a title or a body: "A KAYA ile", never "A KAYA TBMM".
    const [head = '', second] = both.split(/\s+/);
    const one =
      second !== undefined &&
      (capitalAcronym(second) ||
        isVocabulary(titleCase(second, language)) ||
        countryCode(second) !== null ||
        countryCode(titleCase(second, language)) !== null);
    const family = one ? head : both;
    const all = before + family;
    const rest = whole.slice(all.length);
    // A monarch's number is no family name: "King George Tupou III".
    if (family.replace(/-/g, '').length < 3 || !/[AEIİOÖUÜ]/u.test(family)) return all + rest;
    if (/^[IVXL]+$/.test(family)) return all + rest;
    const words = before.trim().split(/\s+/);
    const capitals = (w: string): boolean => /^\p{Lu}+$/u.test(w);
    const opens = (w: string): boolean =>
      capitals(w)
        ? language === 'en' && nameKind(titleCase(w, 'en')).given
        : !isVocabulary(w) && !COURTESY.test(w);
    let first = words.length;
    while (first > 0 && opens(words[first - 1]!)) first -= 1;
    const given = words.slice(first);
    if (given.length === 0) return all + rest;
    // After a title's word, a courtesy style or an honorific ("Alhaji A B C", "Chief (Mrs.) D
    // E"), an English title set off by a comma ("the Governor of …, A B C"), or when one of them
    // is a known given name, the words are given names.
    const styled = first > 0 && !capitals(words[first - 1]!);
    if (
      !styled &&
      !given.some((w) => nameKind(w).given) &&
      !(first === 0 && HONORIFIC_BEFORE.test(text.slice(0, at))) &&
      !(
        first === 0 &&
        language === 'en' &&
        TITLE_SET_OFF.test(text.slice(Math.max(0, at - 200), at))
      )
    )
      return all + rest;
    const name = titleCase(family, language);
    spelled.set(name, family);
    // The given name in capitals is read as a name is too.
    const opening = given[0]!;
    if (!capitals(opening)) return before + name + rest;
    const read = titleCase(opening, language);
    spelled.set(read, opening);
    return (
      before.replace(new RegExp(`(?<![\\p{L}])${opening}(?![\\p{L}])`, 'u'), read) + name + rest
    );
  });
  const firstRead = read.replace(
    CAPITAL_FAMILY_FIRST,
    (all, before: string, family: string, at: number) => {
      const given = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(read.slice(at + all.length))?.[1];
      if (!/[AEIİOÖUÜ]/u.test(family) || !isVocabulary(before.trim()) || !given) return all;
      if (isVocabulary(given)) return all;
      const name = titleCase(family, language);
      spelled.set(name, family);
      return before + name;
    },
  );
  const englishRead =
    language === 'en'
      ? readableWholeCapitals(
          readableFamilyThenTwo(readableFamilyFirst(firstRead, spelled), spelled),
          spelled,
        )
      : firstRead;
  return { text: readableVietnamese(englishRead, spelled, language), spelled };
}

/**
 * An English text with each family name written first in capitals ("CHOI Yoon-seok") written as
 * a name is ("Choi"). A run of capitals is a body's acronym when the text spells it out in
 * parentheses ("(IEA)") or when the word after it is a title's, a body's or a place's; it is a
 * family name when it or the given name is a known name's, when the given name is Korean
 * ("Min-ji"), or when both are Japanese syllables and the family name is no short acronym.
 */
function readableFamilyFirst(text: string, spelled: Map<string, string>): string {
  return text.replace(ENGLISH_FAMILY_FIRST, (all, family: string, given: string) => {
    if (!/[AEIOUY]/u.test(family) || /^[IVXL]+$/.test(family)) return all;
    if (text.includes(`(${family})`) || isEnglishVocabulary(given)) return all;
    const parts = family.split('-');
    const known =
      parts.some(
        (p) => nameKind(titleCase(p, 'en')).family || nameKind(titleCase(p, 'en')).given,
      ) || nameKind(given).given;
    const korean = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given);
    const japanese =
      family.replace(/-/g, '').length >= 4 &&
      parts.every((p) => JAPANESE_SYLLABLES.test(p.toLowerCase())) &&
      JAPANESE_SYLLABLES.test(given.toLowerCase());
    if (!known && !korean && !japanese) return all;
    const name = titleCase(family, 'en');
    for (const [i, part] of name.split('-').entries()) spelled.set(part, parts[i]!);
    spelled.set(name, family);
    return name;
  });
}

/**
 * An English text with each family name written first in capitals before a postname and a first
 * name ("BOLENGA Ikoli Jean-Paul") written as a name is ("Bolenga"). The first name must be a known
 * given name, or each part of it joined by a hyphen; no word may be a title's, a body's or a
 * place's, and a run of capitals the text spells out in parentheses is an acronym.
 */
function readableFamilyThenTwo(text: string, spelled: Map<string, string>): string {
  return text.replace(
    ENGLISH_FAMILY_THEN_TWO,
    (all, family: string, post: string, first: string) => {
      if (!/[AEIOUY]/u.test(family) || /^[IVXL]+$/.test(family)) return all;
      if (text.includes(`(${family})`)) return all;
      if ([family, post, first].some((w) => isEnglishVocabulary(titleCase(w, 'en')))) return all;
      if (countryCode(post) !== null || countryCode(first) !== null) return all;
      if (!first.split('-').every((p) => nameKind(p).given)) return all;
      const name = titleCase(family, 'en');
      spelled.set(name, family);
      return name;
    },
  );
}

/**
 * An English text with each whole name written in capitals ("FAADUMO ABDULLAHI WARSAME") written
 * as a name is, of the same length; the whole name in capitals is kept in `spelled`. Words that
 * are a title's, a body's or a place's make a heading or an acronym, no name; one of the words
 * must be a known name.
 */
function readableWholeCapitals(text: string, spelled: Map<string, string>): string {
  return text.replace(ENGLISH_WHOLE_CAPITALS, (all: string) => {
    const words = all.split(/\s+/);
    // The styles and honorifics before the name: "ALHAJI", "CHIEF", "DR.".
    const styles: string[] = [];
    while (words.length > 2 && capitalStyle(words[0]!)) styles.push(words.shift()!);
    if (words.length > 4 || words.some((w) => !/^\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u.test(w))) return all;
    if (words.some((w) => !/[AEIOUY]/u.test(w) || /^[IVXL]+$/.test(w))) return all;
    const named = words.map((w) => titleCase(w, 'en'));
    if (named.some((w) => isEnglishVocabulary(w))) return all;
    // A style before the words says they are a name, known or not.
    if (styles.length === 0 && !named.some((w) => nameKind(w).given || nameKind(w).family))
      return all;
    const name = all.replace(/\S+/g, (w) => titleCase(w, 'en'));
    spelled.set(named.join(' '), words.join(' '));
    return name;
  });
}

/** Whether a word in capitals is a style or an honorific before a name: "ALHAJI", "DR.". */
function capitalStyle(word: string): boolean {
  const read = titleCase(word, 'en');
  return COURTESY.test(read.replace(/\.$/, '')) || HONORIFIC.test(read) || /^Senator$/.test(read);
}

/**
 * The text with each Vietnamese family name written first in capitals before a middle name
 * ("PHẠM Văn Đức") written as a name is ("Phạm"), of the same length; the capitals are kept in
 * `spelled`.
 */
export function readableVietnamese(
  text: string,
  spelled: Map<string, string>,
  language: 'en' | 'tr' = 'en',
): string {
  return text.replace(VIETNAMESE_CAPITAL_FIRST, (all, family: string, middle: string) => {
    if (!VIETNAMESE_MIDDLE.test(unaccented(middle))) return all;
    const name = titleCase(family, language);
    spelled.set(name, family);
    return name;
  });
}

/** A name read from the readable text, in the capitals the release wrote it in. */
export function asSpelled(name: string, spelled: ReadonlyMap<string, string>): string {
  if (spelled.size === 0) return name;
  const whole = spelled.get(name);
  if (whole) return whole;
  // A family name of several words ends the name: "A Ould B C" → "A OULD B C".
  for (const [read, written] of spelled)
    if (read.includes(' ') && name.endsWith(` ${read}`))
      return `${name.slice(0, -read.length)}${written}`;
  return name
    .split(' ')
    .map((w) => spelled.get(w) ?? w)
    .join(' ');
}
