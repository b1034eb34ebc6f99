// "in a friendly and constructive atmosphere", "in an atmosphere of mutual trust",
// "The atmosphere of the talks was warm and open".
const BEFORE = /\bin an? ((?:[\w-]+(?:,\s*|\s+))*?[\w-]+)\s+atmosphere\b/i;
const OF = /\bin an? atmosphere of ([\w\s,-]+?)(?=[.;]|,\s+(?:the|and|where|during)\b|$)/i;
const WAS =
  /\batmosphere (?:of (?:the )?(?:talks|meeting|conversation) )?was ([\w\s,-]+?)(?=[.;]|$)/i;

/** The words a sentence uses for how the talks went, or null when it names no atmosphere. */
export function atmosphereOf(sentence: string): string | null {
  const words = (OF.exec(sentence) ?? BEFORE.exec(sentence) ?? WAS.exec(sentence))?.[1];
  return words ? words.trim() : null;
}
