/**
 * Counterparts found by where a name stands, with no list of verbs or offices: in a release of a
 * visit, in a sentence of the visitor's programme, a run of two to five capitalised words that is
 * no place, body or month is a person met when it stands between a title and what he does ("In X,
 * Reeve of the Y Vale A B C showed the delegation …", "In X capo cumünal A B spoke about …"), set
 * off by commas after a title ("The Chefe de Suco of X, A B, and …", "by X's Executive Director,
 * Dr. A B, who …") or before a title of a body ("A B C, General Director of Antiquities of X, will
 * host …"). Those a place or a work is named after, authors, saints and the visitor's own
 * colleagues are left out; so are people quoted from elsewhere.
 */
import { countryCode, isPlaceName } from './gazetteer.js';
import { COMMEMORATED } from './meetingSentences.js';
import { nameMark, runs, tokens, vocabulary, type Token } from './nameCandidates.js';
import { nameKind } from './names/nameKey.js';
import { COURTESY_STYLE, HONORIFIC, PARTICLE } from './nameWords.js';
import { COURTESY, givenSri, INDONESIAN_STYLE, type NameMention } from './people.js';
import { ORG_WORD, TITLE_WORD } from './roles.js';

const CAP = "\\p{Lu}[\\p{L}'’.-]*";
const SMALL = "\\p{Ll}[\\p{L}'’-]*";
// The small words inside a title of capitalised words: "Chefe de Suco of X", "Head of the Y".
const LINK = '(?:of|for|de|do|da|di|del|des|du|and|on)';

// A sentence of the visitor's programme opens with its day, its part of a day or its place.
const PROGRAMME_OPENER =
  /^(?:On\s+(?:the\s+)?[\p{L}\d]+|In\s+the\s+(?:morning|afternoon|evening)|(?:In|At)\s+(?:the\s+)?\p{Lu}|There\b|Here\b|Later\b|Afterwards\b|Then\b|From\s+\p{Lu})/u;
// Or names the visitors, or goes on to where they went: "…, where …".
const VISITORS_NAMED =
  /\b(?:the\s+(?:visiting\s+)?(?:delegation|visitors?|guests?|team|group|mission|party)|him|her|them|they|she|he)\b|,\s+(?:where|whose)\s/iu;
// Those who come with the visitor or lead her delegation are her own: "accompanied throughout by
// X's Country Director, A B", "will be joined on the trip by …", "The delegation will be led by …".
const COMPANIONS_BEFORE =
  /\b(?:accompanied|escorted|joined|led)\b[^.;]*?\bby\b|\btogether\s+with\s+(?:his|her|their)\b/iu;
// So are those who accompany her, after the name and its title: "A B, Director of X, accompanied
// the President throughout", "C D will accompany the Secretary".
const COMPANION_AFTER =
  /^(?:\s+\([^()]*\))?(?:,[^,;]*(?=,))?,?\s+(?:who\s+)?(?:(?:also|then|both|later)\s+)?(?:accompan(?:ied|ies|y)|will\s+(?:also\s+)?(?:accompany|escort|join\s+(?:her|him|them)|travel\s+with)|escorted|(?:is|was|were|are)\s+(?:also\s+)?(?:accompanying|travell?ing\s+with|part\s+of))(?!\p{L})/u;
const LIST_ACCOMPANYING =
  /^[^.;]*?,\s+and\s+[^.;]*?\s(?:accompanied|will\s+(?:also\s+)?accompany)\s/u;
// A call by telephone or video is no meeting.
const REMOTE = /\b(?:tele)?phone\b|\bvideo\s*(?:link|call|conference)\b/iu;
// Where a clause may open before a title: a comma, a bracket, or a word that joins; the title is
// what follows the nearest one after which the words make a title ("… and the Minister of Trade and
// Industry, A B": not "Industry").
const CLAUSE_START =
  /[,;:–—]\s+|[()]\s*|(?<=\s)(?=the\s)|\b(?:where|whose|when|while|and|by|with|then|as|of|for|to|at|on)\s+/gu;
// The day, the place or the time that opens the sentence is no part of a title.
const OPENER =
  /^(?:(?:On|In|At)\s+(?:the\s+)?[\p{L}\d]+(?:\s+(?:morning|afternoon|evening))?|There|Here|Later|Afterwards|Then)\s*,?\s+/u;

// The sentence's start, or the place or the day that opens it, set off by a comma.
const OPENING_CLAUSE = /^(?:(?:In|At|On)\s[^,;]*,\s*)?$/u;

// The body or place of the title after the name: "Senior Induna A B of the X Kuta hosted …".
const BODY_AFTER = `\\s+of\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,4}`;

// What follows the name of one who acts: his name in another language in brackets at most, an
// aside between dashes, then a verb in the past or the future.
const ACTING_AFTER = new RegExp(
  `^(?:\\s+\\([^()]*\\))?(${BODY_AFTER})?(?:\\s+[–—]\\s+[^–—.;]+\\s+[–—])?\\s+(?:(?:also|then|later|warmly|first|personally)\\s+)?` +
    `(?:will\\s+(?:also\\s+|then\\s+)?\\p{Ll}+|(?:is|are)\\s+to\\s+\\p{Ll}+|\\p{Ll}+ed|spoke|showed|took|led|gave|told|` +
    `met|brought|drove|went|taught|sang|flew|rode|shown)(?!\\p{L})`,
  'u',
);
// Words of saying or writing: one quoted so may have said it anywhere.
const SAYING =
  /^(?:\s+\([^()]*\))?,?\s+(?:(?:also|then|later|once|famously)\s+)?(?:said|says|stated|wrote|writes|declared|argued|claimed|insisted|warned|remarked|tweeted|posted|announced|published|founded|built|established|died|was|is|has|had|named|ruled|reigned|designed|composed|painted)(?!\p{L})/u;
// One who says the words quoted before: "…," said the Bank's Director of X, A B.
const SPEAKER_BEFORE =
  /["”]\s*(?:said|says|added|noted|explained|stressed|told)\s+(?:the\s+)?[^,;]*,\s*$|["”],?\s*$/u;
// Who is named after what happened long ago, or made a work, is no counterpart.
const HISTORY_BEFORE =
  /(?:\b(?:founded|built|established|written|painted|composed|designed|ruled|created|carved|made|led)\s+by|\b(?:author|poet|writer|painter|novelist|composer|founder|saint|hero|ancestor|legend|namesake)\b[^.;,]{0,40}|\baccording\s+to|\b(?:in\s+(?:memory|honou?r)\s+of|after\s+whom))\s+(?:(?:the|late|his|her)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*$/iu;
// A title that was held long ago: "the first Prime Minister", "the government commissioner of the
// time".
const PAST_TITLE = /\b(?:former|late|first|founding|then|of\s+the\s+time|at\s+the\s+time)\b/iu;
// The years of one's life after the name: "A B (1820–1890)", "(c. 1928–2003)".
const LIFE_AFTER = /^\s*\((?:c\.\s*|b\.\s*|born\s+)?\d{3,4}/u;
const SAINT_WORD = /^(?:St\.?|Saint|San|Santa|Sant['’]|São|Sainte)$/u;
// A head of a phrase with "of" that names a place or a body, not an office.
const PLACE_HEAD =
  /^(?:Republic|Kingdom|State|States|Province|Region|District|County|City|Town|Village|Island|Islands|Isle|Federation|Emirate|Sultanate|Principality|Commonwealth|Gulf|Bay|Sea|Lake|River|Valley|Mount|Cape|Port|Church|Cathedral|Monastery|Temple|Shrine|Tomb|Feast|Day|Battle|War|Treaty|Book|Life|Order|House|Hall|Palace|Castle|Fort|Bank|Museum|School|Basilica|Chapel|Abbey|Mosque|Garden|Gardens|Park|Square|Street|Road|Bridge|Tower|Gate|Festival|Week|Year|Queen|King|Prince|Princess|Duke|Lord|Lady|Sisters|Brothers|Friends|Way|Land|Lands|Coast|Plain|Plains|Hill|Hills|Peninsula|Desert|Forest|Wood)$/u;

const titleCased = (words: string): string =>
  words.replace(/(?<![\p{L}'’-])\p{Ll}/gu, (c) => c.toUpperCase());

// A title's own words in small letters, as a local office is often written: "the customary elder
// (lia-nain)", "the village head (gaonbura)", "the mayor", "its director"; the Indian head of a
// village council in the words of its own languages, "the sarpanch", "the mukhiya".
const SMALL_OFFICE =
  /(?:elder|head|chief|chair|chairman|chairwoman|chairperson|president|director|curator|manager|keeper|warden|priest|pastor|headman|sarpanch|mukhiya|mayor|leader|custodian|principal|rector|dean|abbot|abbess|secretary|coordinator|ranger|guide|governor|officer|commissioner|trustee|councillor|member)$/u;

/** Whether words before a name (styles taken off) make a title: capitalised, small or local. */
function titlePhrase(words: string, local = false, bodyAfter = false): boolean {
  const phrase = words
    .replace(/^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+/u, '')
    .replace(/\s+\([^()]*\)$/u, '')
    .trim();
  if (phrase === '' || PAST_TITLE.test(phrase)) return false;
  if (/\b(?:his|her|their|my|our)\b/u.test(phrase)) return false;
  const capital = new RegExp(
    `^(?:${CAP}['’]s\\s+)?(?:${CAP}\\s+|${LINK}\\s+(?:the\\s+)?){0,10}${CAP}$`,
    'u',
  );
  if (capital.test(phrase)) {
    const head = phrase
      .replace(new RegExp(`^${CAP}['’]s\\s+`, 'u'), '')
      .split(/\s+(?:of|for)\s+/u)[0]!;
    const headWords = head.split(/\s+/u);
    if (headWords.some((w) => PLACE_HEAD.test(w)) || ORG_WORD.test(head)) return false;
    if (TITLE_WORD.test(head)) return true;
    // An office the vocabulary does not know, of a body or a place: "Reeve of the X Vale".
    return (/\s(?:of|for)\s/u.test(phrase) || bodyAfter) && headWords.length <= 3;
  }
  // An office in small letters of a body named in capitals: "the head of the X Authority".
  const smallOf = new RegExp(
    `^((?:${SMALL}\\s+){0,2}${SMALL})\\s+(?:of|for)\\s+(?:the\\s+)?(?:${CAP}\\s+|${LINK}\\s+){0,8}${CAP}$`,
    'u',
  ).exec(phrase);
  if (smallOf?.[1]) return SMALL_OFFICE.test(smallOf[1]);
  // Or after the body's capitalised name: "X County Council member", "X Rangers coordinator".
  const bodyThenSmall = new RegExp(`^(?:${CAP}\\s+){1,4}(?:${SMALL}\\s+)?${SMALL}$`, 'u');
  if (bodyThenSmall.test(phrase) && SMALL_OFFICE.test(phrase)) return true;
  const small = new RegExp(`^(?:${SMALL}\\s+){0,3}${SMALL}$`, 'u');
  if (small.test(phrase)) return SMALL_OFFICE.test(phrase) || TITLE_WORD.test(titleCased(phrase));
  // A community's office in its own language after its name: "X capo cumünal".
  const community = new RegExp(`^${CAP}\\s+${SMALL}(?:\\s+${SMALL})?$`, 'u');
  return (
    local &&
    community.test(phrase) &&
    !vocabulary(phrase.split(/\s+/u)[0]!, true) &&
    !/\s(?:the|a|an|of|by|with|and|or|to|in|on|at|from|for|said|says)(?:\s|$)|(?:ed|ing)$/u.test(
      phrase,
    )
  );
}

/** The style words that stand right before a name and are no title: "Dr.", "Cllr", "Mrs". */
function withoutStyles(words: string): string {
  let rest = words.trimEnd();
  for (;;) {
    const last = /(\S+)$/u.exec(rest)?.[1];
    if (!last || !(COURTESY.test(last) || HONORIFIC.test(last) || STYLE.test(last))) return rest;
    rest = rest.slice(0, rest.length - last.length).trimEnd();
  }
}
const STYLE = new RegExp(`^(?:${COURTESY_STYLE}|Eng\\.?|Engr\\.?|Cr|Cllr|Shri|Smt|Father)$`, 'u');

/**
 * One name alone, as some peoples bear (the Kalasha, many Indonesians): a given name the names
 * know, the run's one word, set off by commas, as after a title: "whose Director, A, a teacher …".
 * After the Indonesian "Mr" or "Mrs" in full any name may stand alone: "…, Bapak A, head of X".
 */
function singleName(run: readonly Token[], sentence: string): Token[] | null {
  const styled = run.length === 2 && INDONESIAN_STYLE.test(run[0]!.bare);
  const word = styled ? run[1] : run[0];
  if ((run.length !== 1 && !styled) || !word || nameMark(word)) return null;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word.bare) || !(styled || nameKind(word.bare).given)) return null;
  if (vocabulary(word.bare, true) || isPlaceName(word.bare) || countryCode(word.bare)) return null;
  const setOff =
    /,\s*$/u.test(sentence.slice(0, run[0]!.index)) &&
    /^,/u.test(sentence.slice(word.index + word.bare.length));
  return setOff ? [word] : null;
}

/** The words of a run that are a name: the last ones that are no vocabulary, styles taken off. */
function nameWords(run: readonly Token[], sentence: string): Token[] | null {
  let start = run.length;
  while (start > 0) {
    const t = run[start - 1]!;
    const linked = start >= 2 && start < run.length && PARTICLE.test(run[start - 2]!.text);
    if (
      !linked &&
      !givenSri(
        run.map((w) => w.bare),
        start - 1,
      ) &&
      !nameMark(t) &&
      (vocabulary(t.bare, true) || STYLE.test(t.bare) || COURTESY.test(t.bare))
    )
      break;
    start -= 1;
  }
  let words = run.slice(start);
  while (words.length > 0 && PARTICLE.test(words[0]!.text)) words = words.slice(1);
  // Places that open the run are where the title is held: "Deputy Commissioner X A B".
  while (words.length > 2 && (isPlaceName(words[0]!.bare) || countryCode(words[0]!.bare)))
    words = words.slice(1);
  // After a title's "of", the body's name comes first: one word, or two after "the", or up to
  // the first given name the names know.
  const ofBefore = /\b(?:of|for)\s+(the\s+)?$/u.exec(sentence.slice(0, words[0]?.index ?? 0));
  if (ofBefore && words[0] === run[0]) {
    const body = ofBefore[1] ? 2 : 1;
    const given = words.findIndex((t, i) => i >= body && nameKind(t.bare).given);
    const from = given >= 0 && words.length - given >= 2 ? given : body;
    words = words.slice(from);
  }
  const named = words.filter((t) => !nameMark(t));
  if (named.length < 2 || named.length > 5) return null;
  if (named.some((t) => /^\p{Lu}\.?$/u.test(t.bare) && t === named.at(-1))) return null;
  if (SAINT_WORD.test(named[0]!.bare)) return null;
  const name = words.map((t) => t.bare).join(' ');
  if (isPlaceName(name) || ORG_WORD.test(name) || PLACE_HEAD.test(named.at(-1)!.bare)) return null;
  if (named.some((t) => countryCode(t.bare) !== null && isPlaceName(t.bare))) return null;
  return words;
}

export interface TitledOptions {
  /** The visitor, by any name the release gives: never a counterpart. */
  visitors: readonly (string | null)[];
  /** The visitor's own title and body: who holds an office of it came with him. */
  ownRole: string | null;
}

/** The visitor's body's own words in a title: "Lantern" of "President of the Lantern Trust". */
function ownWords(role: string | null): string[] {
  return (role ?? '')
    .split(/[\s,]+/u)
    .filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w) && !TITLE_WORD.test(w) && !ORG_WORD.test(w))
    .filter((w) => !/^(?:The|Of|For|And|National|International|General|Executive)$/u.test(w));
}

/**
 * The counterparts a sentence of a visit's programme names by a title next to the name, whom no
 * rule of meeting reached: `previous` is the sentence before, which may name the visitors.
 */
export function titledCounterparts(
  sentence: string,
  previous: string,
  options: TitledOptions,
): NameMention[] {
  const visitorWords = options.visitors
    .flatMap((v) => (v ? v.split(/\s+/u) : []))
    .filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w));
  const named = (s: string) =>
    VISITORS_NAMED.test(s) || visitorWords.some((w) => new RegExp(`\\b${w}\\b`, 'u').test(s));
  if (!PROGRAMME_OPENER.test(sentence) && !named(sentence) && !named(previous)) return [];
  if (REMOTE.test(sentence)) return [];
  const own = ownWords(options.ownRole);
  const out: NameMention[] = [];
  for (const run of runs(tokens(sentence))) {
    const words = nameWords(run, sentence) ?? singleName(run, sentence);
    if (!words) continue;
    const first = words[0]!;
    const last = words.at(-1)!;
    const start = first.index;
    const end = last.index + last.bare.length;
    const name = words.map((t) => t.bare).join(' ');
    if (visitorWords.some((w) => name.split(' ').includes(w))) continue;
    const before = sentence.slice(0, start);
    const after = sentence.slice(end);
    if (COMPANIONS_BEFORE.test(before) || COMMEMORATED.test(before)) continue;
    if (COMPANION_AFTER.test(after) || SPEAKER_BEFORE.test(before)) continue;
    // Nor one of a list whose verb is accompanying: "A B, Head of X, and C D accompanied …".
    if (LIST_ACCOMPANYING.test(after)) continue;
    if (options.ownRole?.includes(name)) continue;
    if (HISTORY_BEFORE.test(before) || LIFE_AFTER.test(after) || SAINT_WORD.test(run[0]!.bare))
      continue;
    // Inside quotation marks a name is quoted, not met.
    if ((before.match(/["“”]/gu)?.length ?? 0) % 2 === 1) continue;
    const role = titleOf(before, after);
    if (role === null) continue;
    // One name alone is a person's only after the title set off before it, or after the
    // Indonesian "Mr" or "Mrs" in full.
    if (words.length === 1 && !before.includes(role) && !INDONESIAN_STYLE.test(run[0]!.bare))
      continue;
    // Set off by commas, a first word the names do not know before two more may be a style of
    // the people's own ("the chair, Mwalimu A B"): such a name needs a known given name first.
    const plain = words.filter((t) => !nameMark(t));
    const setOff =
      /,\s*$/u.test(before) &&
      !after.includes(role) &&
      plain.length === words.length &&
      plain.length >= 3;
    if (setOff && !nameKind(first.bare).given) continue;
    if (own.some((w) => role.split(/[\s']+/u).includes(w) || role.includes(`${w}’s`))) continue;
    // Another office of the kind the sentence before says was met is another's: "He called on
    // the Secretary of State for X. The Secretary of Y, A B, spoke later."
    const kind = role.split(/\s+/u)[0] ?? '';
    const metKind = new RegExp(`\\bthe\\s+${kind}\\s+(?:of|for)\\s`, 'u');
    if (/^\p{Lu}\p{Ll}+$/u.test(kind) && metKind.test(previous) && !previous.includes(role))
      continue;
    out.push({ name, role, index: start, end });
  }
  return out;
}

/** The candidates for a title that ends where `before` does, the shortest first. */
function leads(before: string): string[] {
  const out: string[] = [];
  const starts = [...before.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length);
  for (const start of [...starts.reverse(), 0]) {
    const lead = before.slice(start);
    out.push(lead);
    if (/[,;:–—(]/u.test(lead.trimEnd().replace(/,$/u, ''))) break;
  }
  return out;
}

/** The title that places a name as a counterpart's, by one of the three shapes, or null. */
function titleOf(before: string, after: string): string | null {
  const bare = withoutStyles(before);
  // (a) A title straight before the name and a verb after it. A name after "and" and a style,
  // its title set off by commas after it, is of the third shape: ", and Smt. A B C, President of
  // X, will take the guests …".
  if (!/[,;–—]\s*$/u.test(bare) && !(/^,/u.test(after) && /\band$/u.test(bare))) {
    const acting = ACTING_AFTER.exec(after);
    if (!acting || SAYING.test(after)) return null;
    let found: string | null = null;
    for (const lead of leads(bare)) {
      const tight = withoutStyles(lead.replace(OPENER, '')).trim();
      if (/[,;]/u.test(tight)) break;
      // With its body after the name, a title needs no "of" of its own: "Senior Induna A B of X".
      if (tight !== '' && titlePhrase(tight, false, Boolean(acting[1]))) found = tight;
      // A community's office opens the sentence, or its first clause after the place: "In X
      // capo cumünal A B spoke …", "In the community of X, X wihta A B explained …".
      const opening = OPENING_CLAUSE.test(bare.slice(0, bare.length - lead.length));
      const local = withoutStyles(lead.replace(/^(?:In|At)\s+/u, '')).trim();
      if (!found && opening && titlePhrase(local, true)) found = local;
    }
    return found?.replace(/^[Tt]he\s+/u, '') ?? null;
  }
  // (b) A title set off by commas before the name, its clause ended by a comma after it.
  if (/,\s*$/u.test(bare) && /^(?:\s+\([^()]*\))?(?:,|\s+[–—]\s)/u.test(after)) {
    const head = bare.replace(/,\s*$/u, '');
    let found: string | null = null;
    const quoted = [after, after.replace(/^(?:\s+\([^()]*\))?,[^,]*,/u, '')].some((rest) =>
      SAYING.test(rest),
    );
    if (!quoted) {
      for (const lead of leads(head)) {
        const title = lead.replace(OPENER, '').trim();
        if (/[,;]/u.test(title)) break;
        if (titlePhrase(title)) found = title;
      }
      if (found) return found.replace(/^[Tt]he\s+/u, '');
    }
  }
  // (c) A title of a body set off by commas after the name, the name opening its clause.
  const opened = leads(before)[0] ?? '';
  if (withoutStyles(opened.replace(OPENER, '')).trim() === '') {
    const m = new RegExp(
      `^,\\s+(?:the\\s+)?((?:${CAP}\\s+|${SMALL}\\s+){0,4}(?:${CAP}|${SMALL})\\s+(?:of|for|at)\\s+(?:the\\s+)?\\p{Lu}[^,;]*?)(?:,|\\.?$)`,
      'u',
    ).exec(after);
    if (m?.[1] && titlePhrase(m[1])) {
      const rest = after.slice(m[0].length);
      if (!SAYING.test(rest)) return m[1];
    }
  }
  return null;
}
