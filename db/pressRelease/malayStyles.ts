// The Malay and Bruneian styles of courtesy stand before a name and are no part of it: "Datuk A
// B", "Dato' Seri A B", "Dato Paduka A B", "Pehin A B", and the pilgrim's "Haji A B", "Hajah C
// D" (in Indonesia "Hajjah C D"), and the Bruneian noble's "Pengiran A B". These words are styles wherever a release is
// written in Latin letters; each reader adds the ones that are styles only in the texts it reads
// (see MALAY_STYLE in people.ts and in foreignPeople.ts).
const MALAY_STYLE_WORDS = [
  'Datuk',
  "Dato['’]?",
  'Datin',
  'Seri',
  'Paduka',
  'Pehin',
  'Haji',
  'Hajah',
  'Hajjah',
  'Pengiran',
];

/** The Malay styles, the shared ones and those given, as alternatives of a regular expression. */
export function malayStyleWords(extra: readonly string[]): string {
  return [...MALAY_STYLE_WORDS, ...extra].join('|');
}

/** A whole word that is a Malay style: the shared ones and those given. */
export function malayStyle(extra: readonly string[]): RegExp {
  return new RegExp(`^(?:${malayStyleWords(extra)})$`, 'u');
}

/**
 * The Malay styles last in a role, "Tan" before "Sri" among them ("Tan Sri"), an academic title
 * after them kept in the first group: "Bakan Yardımcısı Dato' Sri Haji", "Rektörü Tan Sri Dr.".
 */
export function malayStylesLast(extra: readonly string[]): RegExp {
  return new RegExp(
    `(?:\\s+(?:Tan\\s+(?=S(?:e)?ri\\b))?(?:${malayStyleWords([...extra, 'Sri'])})(?![\\p{L}]))+((?:\\s+(?:Prof|Dr)\\.)*)\\s*$`,
    'u',
  );
}

/**
 * Whether the word at `i` is "Tan" as a Chinese surname ("Tan Wei Ming"): it is a style only
 * before "Sri" or "Seri" ("Tan Sri A B").
 */
export function malaySurname(words: readonly string[], i: number): boolean {
  return words[i] === 'Tan' && !/^S(?:e)?ri$/u.test(words[i + 1] ?? '');
}

// The same styles as Russian writes them, declined or not: "Датук", "Дато Сри", "Датуком Сери",
// "Тан Шри", "Тун". "Тан" is a style only before "Шри" or "Сри" (else a Chinese surname: "Тан Сэ
// Ленг"), and "Шри", "Сри", "Сери" only after a style (else a given name: "Шри Мульяни").
const MALAY_STYLE_RU = /^(?:Датук|Дато|Датин|Тун|Тох|Пехин|Тенгку|Тунку)(?:ом|а|у|е)?$/u;
const MALAY_STYLE_RU_FIRST = /^Тан$/u;
const MALAY_STYLE_RU_SECOND = /^(?:Шри|Сри|Сери|Падука)$/u;

/** How many words at the start of a run are a Malay style in Russian, two words left at least. */
export function malayStyleWordsRu(words: readonly string[]): number {
  let n = 0;
  for (;;) {
    const word = words[n] ?? '';
    const opens =
      MALAY_STYLE_RU.test(word) ||
      (MALAY_STYLE_RU_FIRST.test(word) && MALAY_STYLE_RU_SECOND.test(words[n + 1] ?? ''));
    if (!opens) break;
    let next = n + 1;
    while (MALAY_STYLE_RU_SECOND.test(words[next] ?? '')) next += 1;
    if (words.length - next < 2) break;
    n = next;
  }
  return n;
}
