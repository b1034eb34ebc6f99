/**
 * What a meeting was about, as short subjects of two to five words: a reviewer files topics, not
 * clauses, so "the preparations for the summit of the Organization in Astana next year and …"
 * becomes "preparations for the summit".
 */

const ACTIVE =
  /\b(?:discussed|to discuss|exchanged views on|focused on|to deliberate on|deliberated on|covered|concerned|touched upon|reviewed|dealt with)\s+(.+)$/;
const PASSIVE = /^(.+?)\s+(?:were|was) (?:discussed|the subject|considered|reviewed)\b/;
const RUSSIAN =
  /(?:обсудили|обсуждены|обсуждались|обсуждалось|обсуждался|обсуждена|обменялись мнениями по|рассмотрены)\s+(.+)$/iu;
const RUSSIAN_PASSIVE = /^(.+?)\s+(?:обсуждал\p{L}*|рассматрива\p{L}*)$/u;
const TURKISH =
  /^(?:Görüşmede|Görüşmelerde|Toplantıda|Ziyarette)?\s*,?\s*(.+?)\s+(?:ele alındı|görüşüldü|değerlendirildi|konuşuldu|masaya yatırıldı|üzerinde duruldu)/u;

// Words that end no subject: a cut phrase loses them at its end.
const LOOSE_END =
  /\s+(?:of|the|for|in|on|and|to|a|an|with|at|by|its|their|next|this|и|в|по|на|с|о|ve|ile|için|bu)$/iu;
const OPENING = /^(?:the|The|a|an|issues of|matters of|questions of|topics of|a range of)\s+/;

function shorten(part: string): string {
  let words = part.trim().split(/\s+/);
  if (words.length > 5) {
    const and = words.findIndex((w, i) => i >= 2 && /^(?:and|и|ve)$/.test(w));
    if (and > 0 && and <= 5) words = words.slice(0, and);
  }
  let text = words.slice(0, 5).join(' ');
  while (LOOSE_END.test(text)) text = text.replace(LOOSE_END, '');
  return text.replace(/[.,;:]+$/, '');
}

/** The subjects a sentence says were discussed, each short; none when it names none. */
export function topicsOf(sentence: string): string[] {
  const text = sentence.replace(/[.…]+$/, '');
  const phrase =
    PASSIVE.exec(text)?.[1] ??
    ACTIVE.exec(text)?.[1] ??
    RUSSIAN.exec(text)?.[1] ??
    RUSSIAN_PASSIVE.exec(text)?.[1] ??
    TURKISH.exec(text)?.[1];
  if (!phrase) return [];
  const clause =
    phrase.split(
      /\s(?:at|during) the (?:meetings?|talks)\b|, during\b|, (?:which|who|where)\b/,
    )[0] ?? '';
  const parts = clause
    .replace(OPENING, '')
    .split(/,\s*(?:including\s+|and\s+|as well as\s+)?|;\s*|\s+as well as\s+|\s+including\s+/)
    .map((p) => shorten(p.replace(OPENING, '')))
    .filter((p) => p.length > 2);
  return [...new Set(parts)];
}
