/**
 * One key for a name's word in any script, so that one Latin list of names serves English,
 * Russian and Turkish releases: "Ахмадом", "Ahmad" and "Ahmet" meet. Cyrillic and Turkish letters
 * go to Latin through the archive's own cross-script keys (`latinKeys`: iuliia's schemes for
 * Cyrillic, plain and English-sounding folds of Turkish letters), and a Russian word is tried in
 * the nominative of each oblique case a name takes.
 */
import { latinKeys } from '../matchPeopleKeys.js';
import { FAMILY_NAMES, GIVEN_NAMES } from './givenNames.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The nominatives a Russian name's word may have: "Ахмадом" → "Ахмад", "Абдуллой" → "Абдулла". */
export function russianNominatives(word: string): string[] {
  if (!CYRILLIC.test(word)) return [word];
  const forms = [word];
  const stem = (re: RegExp, to: string) => {
    if (re.test(word)) forms.push(word.replace(re, to));
  };
  stem(/(?:ом|ем|ём|ым|им|у|ю|а|я|е)$/u, '');
  stem(/ой$/u, 'а');
  stem(/ей$/u, 'я');
  stem(/ей$/u, 'й');
  stem(/ем$/u, 'ь');
  stem(/ем$/u, 'й');
  stem(/ы$/u, 'а');
  stem(/и$/u, 'я');
  stem(/ью$/u, 'ь');
  return forms;
}

// A Turkish "c" is the English "j" ("Cemşid", "Jamshid"); its vowels may differ from the English
// spelling's ("Cemşid", "Jamshid"), so a name of four consonants or more is also known by them.
function consonants(key: string): string {
  return key.replace(/[aeiouy ]/g, '');
}

function keysOf(word: string): string[] {
  const latin = latinKeys(word);
  const turkish = CYRILLIC.test(word) ? [] : latinKeys(word.replace(/c(?!h)/gi, 'j'));
  return [...new Set([...latin, ...turkish])];
}

function index(names: readonly string[]) {
  const exact = new Set<string>();
  const rough = new Set<string>();
  for (const name of names) {
    for (const key of keysOf(name)) {
      exact.add(key);
      if (consonants(key).length >= 4) rough.add(consonants(key));
    }
  }
  return { exact, rough };
}

// How Russian (Palladius for Chinese, Polivanov for Japanese, Kontsevich for Korean) and Turkish
// spell East Asian names, back to their English spelling: "Чжан" → "zhang", "Ван"/"Vang" →
// "wang", "Кисида" → "kishida", "Судзуки" → "suzuki", "Цзян" → "jiang". Kontsevich writes the
// Korean "j" and "ch" alike with «ч», and both "eo" and "u" with «о»: "Чон" → "jeong", "chung".
// prettier-ignore
const EAST_ASIAN_SPELLINGS: ((key: string) => string)[] = [
  (k) => k.replace(/^cho(?=n$)/, 'chu'),
  (k) => k.replace(/^cho(?=n$)/, 'ieo'),
  (k) => k.replace(/n$/, 'ng'),
  (k) => k.replace(/^v/, 'w'),
  (k) => k.replace(/^chzh/, 'zh').replace(/^tsz/, ''),
  (k) => k.replace(/si/g, 'shi').replace(/ti/g, 'chi').replace(/dz/g, 'z'),
];

/** The keys an East Asian family name may have, as English, Russian or Turkish spell it. */
function eastAsianKeys(word: string): string[] {
  let keys = [...new Set(keysOf(word).map((k) => k.replace(/\s/g, '')))];
  if (!CYRILLIC.test(word) && !/^v/i.test(word)) return keys;
  for (const respell of EAST_ASIAN_SPELLINGS) {
    keys = [...keys, ...keys.map((k) => respell(k).replace(/i+/g, 'i'))];
  }
  return [...new Set(keys)];
}

let given: ReturnType<typeof index> | null = null;
let family: ReturnType<typeof index> | null = null;
const memo = new Map<string, { given: boolean; family: boolean }>();

function known(list: ReturnType<typeof index>, keys: readonly string[]): boolean {
  return keys.some(
    (k) => list.exact.has(k) || (consonants(k).length >= 4 && list.rough.has(consonants(k))),
  );
}

/**
 * Whether a word of any script, in any case, is a common given name as it is spelled, without
 * the looser match of its consonants: "Şeyhmus" is one, "Федерации" (whose consonants a given name
 * shares) is not.
 */
export function givenNameAsSpelled(word: string): boolean {
  given ??= index(GIVEN_NAMES);
  const bare = word.replace(/['’]\p{L}*$/u, '');
  return russianNominatives(bare)
    .flatMap(keysOf)
    .some((k) => given!.exact.has(k));
}

/** Whether a word of any script, in any case, is a common given name or an East Asian surname. */
export function nameKind(word: string): { given: boolean; family: boolean } {
  const cached = memo.get(word);
  if (cached) return cached;
  given ??= index(GIVEN_NAMES);
  family ??= index(FAMILY_NAMES);
  const bare = word.replace(/['’]\p{L}*$/u, '');
  // A double given name is known by either half: "Kassym-Jomart", "Oyun-Erdene".
  const parts = [bare, ...bare.split('-').filter((p) => p.length >= 3 && p !== bare)];
  const keys = parts.flatMap(russianNominatives).flatMap(keysOf);
  const kind = {
    given: known(given, keys),
    family: parts
      .flatMap(russianNominatives)
      .some((p) => eastAsianKeys(p).some((k) => family!.exact.has(k))),
  };
  memo.set(word, kind);
  return kind;
}

// prettier-ignore
const SHAPES = [
  // Russian and Central Asian surnames, and their oblique cases.
  /\p{L}{2,}(?:ov|ev|yev|iev|ova|eva|yeva|ovа|ski|sky|skiy|skaya|ska|enko|yan|dze|shvili|şvili|oğlu|oglu|zade|zada|zoda|uly|ulı|uulu|kyzy|qızı|kızı|ovich|evich|ovna|evna|ovic|evic|ović|ević)$/u,
  /\p{L}{2,}(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|овым|евым|ёвым|иным|ыным|овой|евой|ёвой|иной|ыной|ову|еву|ину|ского|ский|ская|ской|ским|ску|енко|ян|яном|яна|дзе|швили|оглу|заде|зода|улы|уулу|кызы|ович|евич|овна|евна|овичем|евичем|овной|евной)$/u,
];

/** Whether a word has the shape of a family name by its suffix, in Latin or Cyrillic letters. */
export function surnameShape(word: string): boolean {
  const bare = word.replace(/['’]\p{L}*$/u, '');
  return bare.length >= 5 && SHAPES.some((re) => re.test(bare));
}

/**
 * Whether a Russian name stands in the genitive, a man's: "Чингиза Айтматова", "Владимира
 * Путина" — the given name is a known man's name less its "-а"/"-я", the surname a man's in
 * "-ова"/"-ина" or an adjective's "-ого". Someone named so is someone's, not someone met
 * ("передал послание Владимира Путина").
 */
export function russianGenitiveName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (!/\p{Script=Cyrillic}[ая]$/u.test(first)) return false;
  if (!/(?:ов|ев|ёв|ин|ын)а$|(?:ого|его)$/u.test(last)) return false;
  // A woman's patronymic in the nominative between them makes the name hers, as written: "Елена
  // Павловна Сурикова", "Валентина Ильинична …"; a man's would be "Павловича" in the genitive.
  if (words.slice(1, -1).some((w) => /\p{Ll}(?:вн|чн)а$/u.test(w))) return false;
  given ??= index(GIVEN_NAMES);
  const bare = first.slice(0, -1);
  const stems = [bare, bare.replace(/ь$/u, ''), `${bare.replace(/ь$/u, '')}й`];
  return stems.flatMap(keysOf).some((k) => given!.exact.has(k));
}
