/**
 * The traveller's own delegation in a sentence of taking part: "В переговорах с российской стороны
 * приняли участие A и B, с турецкой – C", "From the Kenyan side, A and B took part, and from the
 * Ghanaian side C", "Görüşmeye Türk tarafından A ve B katıldı". A release lists its own side
 * first; whoever that side names came with the visitor and was not met.
 */

import { countryCode, isPlaceName } from './gazetteer.js';
import { ORG_WORD } from './roles.js';

// Taking part, in the three languages.
const TAKING_PART =
  /(?:участ\p{L}*|\btook part\b|\bparticipated\b|\btaking part\b|katıl\p{L}*|yer al\p{L}*)/iu;

// The words that open a side's list: "с российской стороны", "с турецкой –", "from the Kenyan
// side", "on the Kenyan side", "Türk tarafından", "Türk tarafında".
const SIDE =
  /(?:(?<!\p{L})со?\s+\p{Ll}+(?:ой|ей)(?:\s+стороны|\s*[–—-])|\b(?:from|on) the \p{Lu}[\p{L}-]*\s+side\b|(?<!\p{L})\p{Lu}\p{Ll}+\s+tarafın(?:dan|da)(?!\p{L}))/gu;

// One who came with the visitor, named with the word that says so before the title: "Görüşmeye
// Kaya'nın beraberindeki Başkan Yardımcısı A B de katıldı", "heyette yer alan Daire Başkanı A B",
// "kendisine eşlik eden Müsteşar A B"; the capitalised words after it, and those of one more
// joined by "ve" ("beraberindeki A B ve C D").
const COMPANION =
  /(?<!\p{L})(?:[Bb]eraberindeki|[Rr]efakatindeki|(?:[Hh]eyet(?:te|inde)|[Dd]elegasyon(?:da|unda))\s+(?:yer\s+alan|bulunan)|(?:kendisine\s+)?eşlik\s+eden)\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]*(?:\s+ve\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * The words of a sentence that name the visitor's own side: in a sentence of taking part, from its
 * side's words to the next side's (or the sentence's end); anywhere, those named as his
 * companions. Null when there are none.
 */
export function ownSideWords(
  sentence: string,
  visitors: readonly (string | null)[] = [],
): string | null {
  const visitorWords = new Set(
    visitors.flatMap((v) => (v ? v.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)) : [])),
  );
  const companions = [...sentence.matchAll(COMPANION)]
    .filter((m) => {
      // Someone else named just before is whose companion it is: "Bakan A B, beraberindeki …"
      // names the host's.
      const owner = /(\p{Lu}[\p{L}-]*)(?:['’]n?[ıiuü]n)?,?\s+$/u.exec(sentence.slice(0, m.index));
      return !owner?.[1] || visitorWords.has(owner[1]) || m.index === 0;
    })
    .map((m) => m[0]);
  const side = sideWords(sentence);
  const words = [...(side ? [side] : []), ...companions].join(' ');
  return words === '' ? null : words;
}

function sideWords(sentence: string): string | null {
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

// An envoy of Russia posted abroad, as a Russian release names him: "Посол Российской Федерации в
// Республике A", "временный поверенный в делах России в A", "Генеральный консул РФ в A". Russian
// releases tell of Russian visitors, whose own envoy in the host country came with them.
// So is anyone of Russia's embassy or consulate there ("консул" opens "консульства"):
// "советник-посланник Посольства Российской Федерации в A", "секретарь Посольства России в A".
const RUSSIAN_ENVOY =
  /(?<![\p{L}])(?:посол|посл(?:ом|ов|а|у|е)|посланник\p{Ll}*|поверенн\p{Ll}*\s+в\s+делах|консул\p{Ll}*|посольств\p{Ll}*)\s+(?:Российской\s+Федерации|России|РФ)\s+во?\s+\p{Lu}/iu;

/**
 * Whether one who took part, in a sentence of taking part, is Russia's envoy in another country:
 * the visitor's own side. One the visitor called on ("нанёс визит послу России в A") was met.
 */
export function russianEnvoy(title: string | null | undefined, sentence: string): boolean {
  return (
    !!title &&
    RUSSIAN_ENVOY.test(title) &&
    /(?<![\p{L}])(?:участ|присутствова|сопровожда)\p{L}*/iu.test(sentence)
  );
}

// The body a delegation comes from, in quotation marks after its legal form, if any: "делегация
// АО «A»", "делегации ПАО «B»", "делегация компании «C»".
const DELEGATION_BODY =
  /(?<![\p{L}])делегаци\p{Ll}*\s+(?:(?:АО|ПАО|ООО|АНО|ФГУП|ГК|компании|корпорации)\s+)?«(\p{Lu}[\p{L}-]{3,})»/u;

/** The one-word name of the body the visiting delegation comes from, as the text writes it. */
export function delegationBody(sentences: readonly string[]): string | null {
  for (const s of sentences) {
    const body = DELEGATION_BODY.exec(s)?.[1];
    if (body) return body;
  }
  return null;
}

/**
 * Whether a title ends with the visiting delegation's body, in any case: "заместитель
 * генерального директора A-а" holds an office of the visitor's own body.
 */
export function ofDelegationBody(title: string | null | undefined, body: string | null): boolean {
  if (!title || !body) return false;
  const stem = body.replace(/[йьая]$/u, '');
  const last = title.split(/\s+/u).at(-1) ?? '';
  return last.startsWith(stem) && last.length - stem.length <= 2 && /^\p{Ll}/u.test(title);
}

// The words up to a host's word of hosting the visitor.
const HOSTING =
  /^.*\b(?:host|hosts|hosted|hosting|welcome|welcomes|welcomed|receive|receives|received)\s+/su;
// A body's kind, one word: "University", "Trust".
const BODY_KIND = new RegExp(`^${ORG_WORD.source.replace(/^\\b/, '')}$`, 'u');
// A body's name in the possessive that opens a title: "SANParks' Regional Manager", "the Bank's
// Director for X".
const OWNER_OPENING = /^[\s,]*(?:the\s+)?(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})['’]s?\s/u;

/**
 * Whether a title is one of the visitor's own body, named in the possessive before the office, the
 * body's name standing in the visitor's own title: "SANParks' Regional Manager for X" when
 * "South African National Parks (SANParks) Chief Executive Officer" visits. A country's or a
 * place's name is no body.
 */
export function ofVisitorsBody(
  role: string | null | undefined,
  visitorRole: string | null,
): boolean {
  const owner = role && visitorRole ? OWNER_OPENING.exec(role)?.[1] : undefined;
  if (!owner || countryCode(owner) !== null || isPlaceName(owner)) return false;
  // In a visit its host tells, the host's body stands before its word of hosting: "X was honored
  // to host Professor A, Principal of Y" makes Y the visitor's body, not X.
  const own = (visitorRole ?? '').replace(HOSTING, '');
  const escaped = owner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A body named again by its kind alone is the visitor's only where that kind ends the name of
  // the visitor's body: "the Trust's Director" of "the Halden Trust", but "the University's
  // Rector" is the host's when "the Nordic University Network" visits a university.
  const kindGoesOn = BODY_KIND.test(owner) ? '(?!\\s+\\p{Lu})' : '';
  return (
    new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])${kindGoesOn}`, 'u').test(own) ||
    initialsOfName(owner, own)
  );
}

// The small words a body's short name of initials leaves out: "World Bank for X and Y".
const SMALL_IN_BODY = /^(?:of|for|and|the|on|in|&)$/u;

/**
 * Whether a short name of capitals alone is the initials of capitalised words the visitor's title
 * names in a row, the small words between left out: "WMF's programme officer" of the President of
 * "World Monuments Fund", "FAO's officer" of the Director-General of the "Food and Agriculture
 * Organization".
 */
function initialsOfName(owner: string, own: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(owner)) return false;
  const words = own.split(/[\s,;:()]+/u).filter((w) => w !== '');
  return words.some((_, from) => {
    let initials = '';
    for (const word of words.slice(from)) {
      if (initials !== '' && SMALL_IN_BODY.test(word)) continue;
      if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
      initials += word.charAt(0);
      if (initials === owner) return true;
      if (!owner.startsWith(initials)) return false;
    }
    return false;
  });
}
