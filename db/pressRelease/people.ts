import { initialAndSurname } from '../records/namedRecords.js';
import { cityCountry, countryCode } from './gazetteer.js';
import { HONORIFIC, ORG_WORD, TITLE_WORD } from './roles.js';

/** A person named in a phrase, with the words that stand before the name (title, body). */
export interface NameMention {
  name: string;
  role: string;
  index: number;
  end: number;
}

const WORD = "(?:[A-Z]\\.\\s?|[A-Z][\\p{Ll}'’]+(?:-[\\p{L}][\\p{Ll}]+)?)";
// A run of capitalised words (or initials) that ends where a name can end.
const RUN = new RegExp(`${WORD}(?:\\s+${WORD})*(?=\\s*(?:[,;.)]|$)|\\s[a-z])`, 'gu');

const HONORIFIC_TEXT = /\b(?:H\.\s?E\.|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.)(?=\s)/g;

function isVocabulary(word: string): boolean {
  const bare = word.replace(/[’']s$/, '');
  return (
    HONORIFIC.test(bare) ||
    TITLE_WORD.test(bare) ||
    ORG_WORD.test(bare) ||
    countryCode(bare) !== null ||
    cityCountry(bare) !== null ||
    /^(?:The|Of|And|CICA|Board|Studies|Interaction|Confidence|Building|Measures|Asia|Eurasia|Viet|Nam|Sri|Lanka|Arab|Emirates|Korea|Region|Province|Oblast|City|District|Affairs|Federation|Republic|State|National|Asian|Foreign|Supervisory|Senior|Special|Cooperation|Economic|International|Trustees)$/.test(
      bare,
    )
  );
}

function tokens(run: string): string[] {
  return run.match(/[A-Z]\.|[^\s]+/gu) ?? [];
}

/**
 * The names in a phrase: a run of capitalised words ending where a name ends, whose last two
 * or three words are not title, body or country words. What stands before a name is its role.
 */
export function findNames(phrase: string, known: readonly string[] = []): NameMention[] {
  const out: NameMention[] = [];
  let last = 0;
  const knownHits = known
    .map((name) => ({ name, index: phrase.indexOf(name) }))
    .filter((k) => k.index >= 0);
  // Honorifics are masked, not removed, so that indices still point into the phrase.
  const masked = phrase.replace(HONORIFIC_TEXT, (h) => h.replace(/\S/g, 'x'));
  for (const m of masked.matchAll(RUN)) {
    const words = tokens(m[0]);
    let cut = words.length;
    while (cut > 0 && !isVocabulary(words[cut - 1] ?? '')) cut -= 1;
    let nameWords = words.slice(cut);
    // Three capitalised words after "of" or "and" end a body's name more often than they are a
    // name: "University of World Economy and Diplomacy Sherzod Nurmatov".
    const before = masked.slice(0, m.index);
    const connected = /\b(?:of|and|for|on|the)\s+$/.test(before);
    // Capitalised words straight after "of" with no title among them continue a body's name.
    if (cut === 0 && words.length === 2 && /\b(?:of|for|on)\s+(?:the\s+)?$/.test(before)) continue;
    if (nameWords.length > 3 || (nameWords.length === 3 && cut === 0 && connected)) {
      nameWords = nameWords.slice(-2);
    }
    const initials = nameWords.filter((w) => /^[A-Z]\.$/.test(w)).length;
    if (nameWords.length < 2 || initials === nameWords.length) continue;
    if (/^[A-Z]\.$/.test(nameWords[nameWords.length - 1] ?? '')) continue;
    let name = nameWords.join(' ').replace(/\.\s?(?=[A-Z])/g, '. ');
    const hit = knownHits.find((k) => k.index >= m.index && k.index < m.index + m[0].length);
    if (hit) name = hit.name;
    const end = m.index + m[0].length;
    const start = end - nameWords.join(' ').length;
    const nameStart = hit
      ? hit.index
      : Math.max(m.index, phrase.lastIndexOf(nameWords[0] ?? '', end));
    out.push({
      name,
      // What follows "and" belongs to this name; what precedes it describes the previous one.
      role: (
        phrase
          .slice(last, nameStart)
          .split(/,\s+and\s+(?:with\s+)?/)
          .pop() ?? ''
      ).trim(),
      index: Math.min(start, nameStart),
      end,
    });
    last = end;
  }
  return out;
}

/** A key under which "Alexander Lukin", "A. Lukin" and "A.Lukin" are one person. */
export const personKey = initialAndSurname;
