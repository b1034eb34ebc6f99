// "in a friendly and constructive atmosphere", "in an atmosphere of mutual trust",
// "The atmosphere of the talks was warm and open".
const BEFORE = /\bin an? ((?:[\w-]+(?:,\s*|\s+))*?[\w-]+)\s+atmosphere\b/i;
const OF = /\bin an? atmosphere of ([\w\s,-]+?)(?=[.;]|,\s+(?:the|and|where|during)\b|$)/i;
const WAS =
  /\batmosphere (?:of (?:the )?(?:talks|meeting|conversation) )?was ([\w\s,-]+?)(?=[.;]|$)/i;
// "прошла в дружественной и конструктивной атмосфере", "в атмосфере взаимопонимания".
const RU_BEFORE = /(?<!\p{L})в ((?:\p{L}+(?:,\s*|\s+))*?\p{L}+)\s+атмосфере/iu;
const RU_OF = /(?<!\p{L})в атмосфере ([\p{L}\s,-]+?)(?=[.;]|$)/iu;
// "samimi ve yapıcı bir atmosferde", "dostane bir havada".
const TR = /((?:\p{L}+(?:,\s*|\s+))*?\p{L}+)\s+bir\s+(?:atmosferde|havada|ortamda)/iu;
// Its closing words, looked for first: the words before them are sought from every letter of a
// sentence, which is slow in one that has none.
const TR_CLOSING = /\sbir\s+(?:atmosferde|havada|ortamda)/iu;

/** The words a sentence uses for how the talks went, or null when it names no atmosphere. */
export function atmosphereOf(sentence: string): string | null {
  const found = [OF, BEFORE, WAS, RU_OF, RU_BEFORE].map((re) => re.exec(sentence)?.[1]);
  const tr = TR_CLOSING.test(sentence) ? TR.exec(sentence)?.[1]?.split(/\s+/) : undefined;
  // Turkish puts the sentence's subject first: "Görüşme samimi ve yapıcı bir atmosferde".
  const and = tr?.lastIndexOf('ve') ?? -1;
  const trWords = tr?.slice(and > 0 ? and - 1 : -1).join(' ');
  const words = found.find(Boolean) ?? trWords;
  return words ? words.trim() : null;
}
