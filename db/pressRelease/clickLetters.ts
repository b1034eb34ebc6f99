// The click letters of Khoekhoe, Damara, Nama and San names, written before a word's capital:
// "Josephat ǃGawaseb", "Gaob Immanuel ǁNaobeb", "the ǂKhoadi-ǁHôas Conservancy".
const CLICK_BEFORE_CAPITAL = /(?<![\p{L}\p{M}])[ǀǁǂǃ]+(?=\p{Lu})/gu;
const CLICKED_WORD = /[\p{L}\p{M}-]*[ǀǁǂǃ]+\p{Lu}[\p{L}\p{M}-]*/gu;

/**
 * The text with the click letters that open a word or a part of it after a hyphen left out, so
 * that the word reads as a name's or a body's; `clicks` gets each word so read with its spelling.
 */
export function readableClicks(text: string, clicks: Map<string, string>): string {
  return text.replace(CLICKED_WORD, (word) => {
    const read = word.replace(CLICK_BEFORE_CAPITAL, '');
    if (read !== word) clicks.set(read, word);
    return read;
  });
}

/** A name, title or body read from the readable text, with the click letters it was written in. */
export function withClicks<T extends string | null>(
  text: T,
  clicks: ReadonlyMap<string, string>,
): T {
  if (text === null || clicks.size === 0) return text;
  return text.replace(/[\p{L}\p{M}-]+/gu, (w) => clicks.get(w) ?? w) as T;
}
