import { initialAndSurname } from '../records/namedRecords.js';
import { cityCountry, countryCode, unaccented } from './gazetteer.js';
import { malayStyle, malayStyleWords, malaySurname } from './malayStyles.js';
import {
  BALINESE_OPENER,
  CAPITAL_PARTICLE,
  COURTESY_STYLE,
  ROYAL_STYLE,
  STYLE_BEFORE_TWO_NAMES,
  STYLE_BEFORE_KHAN,
  STYLE_BEFORE_THREE_NAMES,
  STYLE_BEFORE_REGNAL_NAME,
  AKAN_DAY_NAME,
  VIETNAMESE_MIDDLE,
  balinesePrefix,
  HONORIFIC,
  HONORIFIC_TEXT,
  PARTICLE,
  MARIA_AFTER,
  MARIA_BEFORE,
  PARTICLE_TEXT,
  PATRONYMIC_TEXT,
  SUFFIX,
  SUFFIX_TEXT,
  TIME_ADVERB_TEXT,
  FATHER_LINK,
} from './nameWords.js';
import { nameKind, surnameShape } from './names/nameKey.js';
import { FIELD_WORD, ORG_WORD, TITLE_WORD } from './roles.js';

/** A person named in a phrase, with the words that stand before the name (title, body). */
export interface NameMention {
  name: string;
  role: string;
  index: number;
  end: number;
  /** The body the person belongs to, when the text names it apart from the title. */
  body?: string;
}

// Initials of names written from Cyrillic may take two letters: "Sh. Mirziyoyev", "Kh. Jurayev".
// A given name may be written short with a full stop: "Md. A B" (Mohammad), "Sk. A B" (Sheikh),
// "Mohd. A B", "Abd. A B": it opens the name as an initial does.
const DIGRAPH = '(?:Sh|Ch|Zh|Kh|Ts|Gh|Yu|Ya|Ye|Yo|Md|Mohd|Muhd|Sk|Abd)';
// A surname may be joined to its article with no hyphen: "AlMalik", "ElSayed".
// The Arabic article may be written small and joined to the word after it ("Abu Bakr Omar
// al-Bushra", "Eymen es-Seyyari"): it is part of the name, never where it ends.
const SMALL_ARTICLE = '(?:al|el|ul|ad|ar|as|ash|at|az|ed|er|es|en|et|ez|eş)-';
// "Ma.", the short form of Maria, opens a Filipino name ("Ma. Luisa T. Abad"); after another
// capitalised word it is a surname ending the sentence, unless a small word of the name follows
// it or a middle initial, or a title stands before it (MARIA_BEFORE, MARIA_AFTER).
const SHORT_GIVEN = `(?<![\\p{L}]|\\p{Lu}[\\p{L}'’-]*\\s)Ma|${MARIA_BEFORE}Ma(?=\\.\\s)|Ma(?=\\.${MARIA_AFTER})`;
// "St." inside a name, after another of its words, is Saint: "Allen St. John A", "Ralph St. Clair
// B". Opening the run it is a place's: "St. Petersburg".
const SAINT = "(?<=\\p{Lu}[\\p{L}'’-]*\\s)St";
// A Scottish or Irish surname keeps a capital after its "Mac" or "Mc", alone or after a hyphen:
// "Ewan MacAskill-Reid", "Ailsa McCallum"; so does a Gaelic woman's after its "Nic" (daughter of):
// "Mòrag NicIlleathain"; so does a word after "La", "Le", "De", "Di", "Du" or "Da": a Swazi
// woman's clan name ("Zodwa LaMdluli"), a given name ("DeShawn"), a surname ("DiMaggio"); so
// does a Tolai name after the prefix of a man, "To", or of a woman, "Ia": "ToLiman", "IaPidik".
// Dutch writes the digraph "IJ" in two capitals opening a word: "Femke IJzerman". After "Mac"
// or "Nic" the Gaelic "Ill" or "Ille" (servant of) may keep a capital after it too: "Calum
// MacIllDuibh", "Catrìona NicIlleDhuibh".
const MAC =
  '(?:(?<=\\bM)a?c(?:Ille?(?=\\p{Lu}))?|(?<=\\bN)ic(?:Ille?(?=\\p{Lu}))?|' +
  '(?<=\\bL)[ae]|(?<=\\bD)[aeiu]|(?<=\\bT)o|(?<=\\bI)a|(?<=\\bI)(?=J))\\p{Lu}';
// An apostrophe may stand inside a word of a name before a capital: "Sid'Ahmed", "D'Souza"; or
// open it, as the glottal stop opens Polynesian names: "'Ofa Tupou", "ʻIlaisa Vea". The glottal
// stop is a letter inside a word too, the ʻokina (a modifier letter, no small one) as the
// apostrophes written for it: "Faʻamanu", "Tuʻipulotu", "Fa'amanu".
// The Catalan "ela geminada" writes a middle dot between two l's inside a word: "Marcel·lí",
// "Col·lell".
const GEMINATE = '(?<=l)·(?=l)';
// Ethiopian names write their first part short, a capital and a slash: "G/Medhin" for
// "Gebre-Medhin", "W/Giorgis" for "Wolde-Giorgis".
const SLASHED = '(?<![\\p{L}/])\\p{Lu}/(?=\\p{Lu}\\p{Ll})';
// Bangladesh writes the initials of "Abul" or "Abu", of a second given name and of "Muhammad"
// run together, with no full stops, before the given name and the surname: "ABM A B" (Abul
// Bashar Muhammad), "AKM C D", "ATM E F". They open the name.
const RUN_INITIALS = '(?<![\\p{L}])A[BFHKMNQRSTYZ]M(?=\\s\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll})';
// A word holds up to three parts joined by hyphens: "Jean-Marie", "Hojjat-ol-Eslam". A plural
// that owns what follows is no word of a name: "the Federation of Fruit Growers' Unions". Its
// letters may carry tone marks written as combining marks, as Yoruba writes them: "Ọ̀ṣúnbọ̀".
const WORD = `(?:${BALINESE_OPENER}|${RUN_INITIALS}|(?:\\p{Lu}|${DIGRAPH}|${SHORT_GIVEN}|${SAINT})\\.\\s?|(?:${SLASHED}|Al|El|(?<![\\p{L}-])${SMALL_ARTICLE}|(?<![\\p{L}'’ʻ])['’ʻ](?=\\p{Lu}[\\p{Ll}ʻ]))?\\p{Lu}\\p{M}*(?:\\p{Ll}*['’]\\p{Lu}|${MAC})?(?:[\\p{Ll}\\p{M}'’ʻ]|${GEMINATE})+(?:-(?:Ma?c(?=\\p{Lu})|ʻ(?=\\p{Lu}))?[\\p{L}]\\p{M}*(?:[\\p{Ll}\\p{M}ʻ]|${GEMINATE})+){0,2}(?<!\\p{Ll}s['’]))`;
const INITIAL = new RegExp(`^(?:\\p{Lu}|${DIGRAPH}|Ma)\\.$`, 'u');
// A run of capitalised words (or initials, with no space between them at most: "M.A. B"), with
// the particles inside a name ("Adel bin Ahmed Al-Jubeir", "Hans van der Berg"), a nickname, the patronymic
// word ("Asanbek uulu") and the suffix after it ("Jr."), that ends where a name can end.
// A nickname in quotes stands inside a Filipino name: "Rodolfo "Dodong" Macaraeg Jr."; a nom de
// guerre of up to three words inside a Timorese one: "Aniceto "Lafaek Mutin" Ximenes".
const NICKNAME = '["“][\\p{Lu}][\\p{Ll}]+(?:\\s\\p{Lu}\\p{Ll}+){0,2}["”]\\s+';
// Singapore writes the father's name of a Malay name as initials with no full stops after the
// given names or "Bte": "A B B M S", "C D Bte M S"; two to four letters, one word of the name.
const BARE_INITIALS = "(?:\\s\\p{Lu}(?![\\p{L}\\d'’.-])){1,3}\\s\\p{Lu}(?![\\p{L}\\d'’-])";
// A Surinamese name of Chinese descent joins two short family words with "A": "Lie A Kwie", "Tjon
// A Joe".
const CHINESE_A = '(?<=(?:^|\\s)\\p{Lu}\\p{Ll}{1,3}\\s)A\\s+(?=\\p{Lu}\\p{Ll}{1,3}(?!\\p{L}))';
// A Timorese name may be followed by a nom de guerre in quotes, no word of the name: "Aniceto
// Ximenes "Lafaek Mutin", a veteran of the resistance, …".
const NOM_DE_GUERRE_AFTER =
  '\\s+["“]\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2}["”](?=\\s*(?:[,;.)]|$))';
// A French name may end with its family name elided after "d'" (of), no space between: "Jeanne
// d'Arc", "Valéry Giscard d'Estaing"; never the "d'" of a title or a country ("Chargé d'Affaires",
// "Côte d'Ivoire").
const ELIDED_LAST = "\\s+d['’](?!Affaires|Ivoire)(?=\\p{Lu}\\p{Ll})";
const RUN = new RegExp(
  `${WORD}(?:(?:\\s+|(?<=\\b\\p{Lu}\\.)(?=\\p{Lu}\\.))(?:${PARTICLE_TEXT}\\s+|(?<=\\p{Ll}\\s)${NICKNAME}|${CHINESE_A})?(?!(?:Jr|Sr)\\.)${WORD})*(?:${ELIDED_LAST}${WORD})?(?:${BARE_INITIALS})?(?:\\s+${PATRONYMIC_TEXT})?${SUFFIX_TEXT}?(?=\\s*(?:[,;.)]|$)|\\s[a-z]|\\s\\(|${NOM_DE_GUERRE_AFTER})`,
  'gu',
);

// The kind of ship before its name, with the navy's prefix at most between.
const SHIP_BEFORE =
  /\b(?:frigate|corvette|destroyer|submarine|ship|vessel|cruiser|carrier|boat)\s+(?:\p{Lu}{2,4}\s+)?$/u;

const TITLE_LIST_BEFORE =
  /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*,\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,\s+)*$/u;
// A title of something set off by a comma before a name: "… and the Director General of Customs, ".
const TITLE_OF_BEFORE = /(?:^|,\s+|\band\s+|\bwith\s+)(?:the\s+)?([^,]*\bof\b[^,]*),\s*$/u;
// The same before one name alone, its field after "for" too: "the Coordinating Minister for
// Economic Affairs, ". What follows the name sets it off as a person's: "…, Sutardjo, with whom",
// "…, Harsono, to discuss roads", "…, Sugiono.".
const SINGLE_TITLE_BEFORE =
  /(?:^|,\s+|\band\s+|\bwith\s+)(?:the\s+)?([^,]*\b(?:of|for)\b[^,]*),\s*$/u;
const SINGLE_AFTER_TITLE =
  /^\s*(?:,\s+(?:with whom|who|whom|on|about|regarding|and (?:the|with)\b|to\s+\p{Ll}+)\b|\.?\s*$)/u;
// A head's office in small letters after one name alone, set off by a comma, after the "and" of a
// list: "met A B, chair of the X Association, and Mulyadi, director of the Y Centre".
const SMALL_OFFICE_AFTER_SINGLE =
  /^\s*,\s+(?:the\s+)?(?:(?:deputy|vice|executive|managing|general)\s+)?(?:chair|chairman|chairwoman|chairperson|president|director|head|secretary|founder|coordinator|manager|leader|principal|rector|dean)\s+of\s+(?:the\s+)?\p{Lu}/u;
// Such a title whose fields are listed with commas, the last after "and" naming the place it is of:
// "the Superintendent of Archaeology, Fine Arts and Landscape of X, ".
const TITLE_LIST_OF_BEFORE =
  /(?:^|,\s+|\band\s+|\bwith\s+)(?:the\s+)?(\p{Lu}[^,]*?)\s+(?:of|for)\s+[^,]*(?:,\s+\p{Lu}[^,]*)*,?\s+and\s+\p{Lu}[^,]*\bof\s+[^,]*,\s*$/u;
// The fields of a title joined by "and" after some of its capitalised words: " and Social Dialogue".
const TITLE_FIELDS_AFTER = /^(?:\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)+/u;
// A title's head and "of" or "for" before the capitalised words of its field: "Minister of ".
const TITLE_OF_FIELD = new RegExp(`${TITLE_WORD.source}\\s+(?:of|for)\\s+(?:the\\s+)?$`, 'u');
// A title set off by a comma after a name, up to its "of": "A B, Managing Director of ".
const TITLE_AFTER_NAME =
  /\p{Lu}[\p{L}'’-]*,\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+)+)(?:of|for)\s+(?:the\s+)?$/u;
// The last part may name the place the whole title is of: "… Fine Arts and Landscape of X, A B".
const TITLE_LIST_AFTER =
  /^\s+and\s+\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*)*,/u;
// The last part of such a list, after its "and", set off by a comma before the name: "… of Foreign
// Affairs, Regional Integration and Nationals Abroad, A B".
const TITLE_LIST_LAST =
  /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*,\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,\s+)*(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*\s+and\s+$/u;

// What follows that last part: the comma before the name, or first the country or body the whole
// title is of ("… Forest and Climate Change of the Republic of X, A B").
const TITLE_LIST_LAST_AFTER = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[^,;.]*)?,\s+\p{Lu}/u;

/**
 * Whether capitalised words end the title set off by a comma after a name, as its body, before
 * the clause ends: "A B, Managing Director of Boskalis Ocean Dredging.".
 */
export function endsTitleAfterName(before: string, after: string): boolean {
  return TITLE_WORD.test(TITLE_AFTER_NAME.exec(before)?.[1] ?? '') && /^\s*(?:[,.;]|$)/.test(after);
}

/**
 * Whether capitalised words stand inside a list of a title's parts, after "of" or "for" and before
 * "and" and the last part, or are that last part: "Minister for Environment, Climate Change and
 * Forestry, …".
 */
export function inTitleList(before: string, after: string): boolean {
  return (
    (TITLE_LIST_BEFORE.test(before) && TITLE_LIST_AFTER.test(after)) ||
    (TITLE_LIST_LAST.test(before) && TITLE_LIST_LAST_AFTER.test(after))
  );
}

// The courtesy styles of nameWords, the royal words among them, and the Malay ones
// (malayStyles.ts), "Tan Sri" and "Dato' Seri Utama" among them: never part of a name.
export const COURTESY = new RegExp(
  `^(?:${malayStyleWords(['Tan', 'Sri', 'Utama'])}|${COURTESY_STYLE}|${ROYAL_STYLE})$`,
  'u',
);

// A style that a name may hold after its first word: "Ibrahim Sheikh Ahmed Nur", "A Alhaji B"; the
// Thai "Khun" is a word of a Shan name there: "Sai Khun A".
const INNER_STYLE = /^(?:Sheikh|Shaikh|Sheekh|Alhaji|Alhaja|Khun)$/;

// The Indonesian "Mr" and "Mrs" in full stand before a single name too: "Bapak A", "Ibu B".
export const INDONESIAN_STYLE = /^(?:Bapak|Ibu)$/u;

// The Fijian style of a chief's daughter, "Adi", is an Indonesian given name as well ("Adi
// Wijaya"): a style only before two names or more ("Adi A B").
const CHIEFLY_BEFORE = /^Adi$/;

// The courtesy styles of two words (nameWords), as a name's first two words: "Tuai Rumah A anak B".
const TWO_WORD_STYLE = new RegExp(
  `^(?:${COURTESY_STYLE.split('|')
    .filter((w) => w.includes(' '))
    .join('|')})$`,
  'u',
);

// The Arabic and Malay particles that join a name to the father's: "A bin B", "C binti D".
const ARABIC_PATRONYMIC = new RegExp(`^(?:${FATHER_LINK})$`, 'u');
// Styles that may be names too, styles only when they open a name of two words or more.
const STYLE_BEFORE_NAME = new RegExp(`^(?:${STYLE_BEFORE_TWO_NAMES})$`, 'u');
// The Sundanese styles "Kang" and "Teh", the Polish "Pan" and the Swahili "Bi" are Korean and
// Chinese surnames as well: before a syllable of those languages they open a name ("Kang Min
// Jun", "Teh Hong Piow", "Pan Wei Ming").
const SURNAME_STYLE = /^(?:Kang|Teh|Pan|Bi)$/u;
const CJK_SYLLABLE = /^[^aeiouy]*[aeiouy]+(?:n|ng)?$/iu;
// The Zapotec style "Ta" is a Vietnamese surname as well: before a word of one syllable it opens
// a Vietnamese name ("Ta Quang A", "Ta Thi B").
const VIETNAMESE_SURNAME_STYLE = /^Ta$/u;
const ONE_SYLLABLE = /^[^aeiouy]*[aeiouy]+[^aeiouy]*$/iu;
// Styles that may be given names too, styles only when they open a name of three words or more.
const STYLE_BEFORE_LONG_NAME = new RegExp(`^(?:${STYLE_BEFORE_THREE_NAMES})$`, 'u');
// Styles of a chief that may be given names too, styles only before a name ending in its number.
const STYLE_BEFORE_REGNAL = new RegExp(`^(?:${STYLE_BEFORE_REGNAL_NAME})$`, 'u');

// A Dagomba or Mamprusi chief's title is his skin's name joined to "Naa" (or "Na"), "chief", by a
// hyphen: "Yaa-Naa", "Tolon-Naa", "Kumbun-Na". Before a name of two words or more it is no part of
// it: "the Chief of X, Tolon-Naa A B C".
const CHIEF_OF_SKIN = /^\p{Lu}\p{Ll}{2,}-Naa?$/u;

// The Malay and Chamorro style "Tun" stands before two names or more: "Tun A B C". After a Burmese
// style, or before a Burmese word, it is a word of a Burmese name: "U Tun Aung Kyaw", "Tun Tun Oo".
const TUN_STYLE = /^Tun$/;
// prettier-ignore
const BURMESE_WORDS = [
  'Tun', 'Aung', 'Kyaw', 'Thein', 'Htun', 'Zaw', 'Tin', 'Myint', 'Win', 'Naing', 'Oo', 'Maung',
  'Hla', 'Soe', 'Thant', 'Khin', 'Nyunt', 'Lwin', 'Min', 'Myo', 'Htay', 'Shwe', 'Sein', 'Than',
  'Hlaing', 'Wai', 'Lin', 'Htet', 'Thura', 'Nyein', 'Moe', 'Thet', 'Kyi', 'Yee', 'Nyo',
];
const BURMESE_WORD = new RegExp(`^(?:${BURMESE_WORDS.join('|')})$`, 'u');

// The Malay styles of courtesy (malayStyles.ts), and those English releases add: "Tan Sri",
// "Datuk Sri", "Dato' Seri Utama", and the royal "Tengku".
const MALAY_STYLE = malayStyle(['Sri', 'Tan', 'Utama', 'Tengku']);

// The Sikh style of a man or a woman, "Sardar" or "Sardarni", written short "S." too, stands
// before a name that holds "Singh" or "Kaur": "S. A Singh B", "Sardarni C Kaur D". Before other
// names "Sardar" may be a given name ("Sardar Ali Khan") and "S." an initial ("S. Jaishankar").
const SIKH_STYLE = /^(?:Sardar|Sardarni|Sardarini|S\.)$/u;
const SIKH_NAME = /^(?:Singh|Kaur)$/u;

/** Whether a name opens with the Sikh style, which is no part of it. */
function sikhStyled(words: readonly string[]): boolean {
  return (
    words.length >= 3 &&
    SIKH_STYLE.test(words[0] ?? '') &&
    words.slice(2).some((w) => SIKH_NAME.test(w))
  );
}

// A rank of the clergy before a name is a title, and the clergyman may be named by one name after
// it: "Metropolitan A of X", "Archbishop B", "Patriarch C".
const CLERGY_RANK = /^(?:Metropolitan|Archbishop|Patriarch|Archimandrite|Catholicos|Cardinal)$/;
// The see named after the clergyman's name; one of two places joined by "and", or of a list of
// places ending with "and", is one see, when the clause ends after it or goes on in small
// letters: "Metropolitan A of X and Y hosted …", "Metropolitan B of X, Y and Z, who …".
const SEE_AFTER =
  /^\s+of\s+(\p{Lu}[\p{L}'’-]*(?:(?:,\s+\p{Lu}[\p{L}'’-]*)*\s+and\s+\p{Lu}[\p{L}'’-]*(?=\s*(?:[,;.]|$)|\s+\p{Ll}))?)/u;

// A military rank before a name is a title: "Brigadier A B", "Field Marshal C D"; so is one of two
// words joined by a hyphen, as French-speaking Africa writes "Colonel-Major A B" and Britain
// "Major-General C D".
const HYPHENED_RANK =
  'Colonel-Major|Major-General|Lieutenant-General|Lieutenant-Colonel|Brigadier-General';
const RANK_WHOLE =
  'Brigadier|Colonel|Lieutenant|Major|Marshal|Field|Admiral|Commodore|' + HYPHENED_RANK;
const MILITARY_RANK = new RegExp(`^(?:${RANK_WHOLE})$`);
// The words of a rank, whole or short, and the mark of one retired: "Rear Admiral", "Lt. Gen.
// (Rtd)", "Maj. Gen. (Retd.)"; Thailand writes a police rank after "Pol.": "Pol. Lt. Gen.".
const RANK_WORD = new RegExp(
  `^(?:${RANK_WHOLE}|General|Rear|Vice|Air|Pol|Lt|Gen|Maj|Col|Brig|Capt|Cdr|Cmdr|Adm|Cdre)\\.?$`,
);
const RANK_BEFORE =
  '(?:(?:Pol|Lt|Gen|Maj|Col|Brig|Capt|Cdr|Cmdr|Adm|Cdre)\\.\\s+)*(?:\\((?:Rtd|Retd|Ret|Retired)\\.?\\)\\s*)?';

// The words of a body's name after "of", up to a Gaelic article inside it: "of Comhairle nan ".
const GAELIC_ARTICLE_IN_BODY =
  /\b(?:of|for|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)+na[nm]?\s+$/u;

/** An adverb of time that opens a sentence: "Afterwards A B, Mayor of X, …". */
const TIME_ADVERB = new RegExp(`^${TIME_ADVERB_TEXT}$`);

// Besides titles, bodies and places, the words of a document's name ("Master Plan for Roads",
// "Framework Agreement") are vocabulary: capitalised words ending in one name no one. So are the
// groups of countries a body is named for: "Organisation of Eastern Caribbean States". So are the
// words that end the name of a body of members which no ORG_WORD names ("East African Community",
// "Private Sector Alliance", "Farmers Coalition", "Water Partnership"), and a sector's. So are the
// Latin words of a title: "President Pro Tempore", "Chargé d'Affaires ad Interim". So are the
// places of Bhutan below a district ("Chiwog") and its fortress ("Dzong"). So are the words of a
// Sufi shrine's keeper's office, one title of two words: "Sajjada Nashin". So is a Polish region's
// noun: "Marshal of the X Voivodeship A B". So is an office's field of initiatives, set off after
// its title: "Vice-Provost, Indigenous Initiatives". So are the plurals of a trade that end the
// name of a body of its members: "the Federation of Women Rice Growers", "of Fish Traders". So are
// the oceans' and seas' names that name a region with a point of the compass: "North Atlantic
// stocks", "the South Pacific", "Baltic fisheries".
export function isVocabulary(word: string): boolean {
  // The possessive of a singular ("Minister's") and of a plural ("Ministers' Meeting"); a title
  // in the plural names an office, never a person ("the Finance Ministers' Meeting").
  const bare = word.replace(/[’']s$|(?<=s)[’']$/, '');
  // A weekday opening a sentence ("On Wednesday she …"), a harbour's office ("Harbour Master")
  // and a common market ("the X Single Market") name no one.
  return (
    HONORIFIC.test(bare) ||
    (/\p{Ll}s$/u.test(bare) && TITLE_WORD.test(bare.slice(0, -1))) ||
    COURTESY.test(bare) ||
    MILITARY_RANK.test(bare) ||
    CLERGY_RANK.test(bare) ||
    TITLE_WORD.test(bare) ||
    ORG_WORD.test(bare) ||
    FIELD_WORD.test(bare) ||
    countryCode(bare) !== null ||
    cityCountry(bare) !== null ||
    TIME_ADVERB.test(bare) ||
    /^(?:The|Of|And|CICA|Board|Studies|Interaction|Confidence|Building|Measures|Asia|Eurasia|Viet|Nam|Sri|Lanka|Arab|Emirates|Korea|Region|Province|Oblast|Voivodeship|Voivodship|City|District|Barangay|Chiwog|Dzong|Sajjada|Nashin|Affairs|Federation|Republic|State|Great|Grand|Supreme|National|Asian|Foreign|Supervisory|Senior|Special|Cooperation|Economic|International|Trustees|Plan|Strategy|Agreement|Roadmap|Framework|Treaty|Convention|Declaration|Memorandum|Agenda|Countries|Nations|States|Territories|Economies|Peoples|Parliamentary|Inter-Parliamentary|Interparliamentary|Friendship|Working|Community|Communities|Alliance|Coalition|Partnership|Consortium|Initiative|Initiatives|Sector|Pro|Tempore|Interim|Growers|Producers|Traders|Farmers|Workers|Exporters|Importers|Manufacturers|Processors|Weavers|Herders|Fishermen|Artisans|Vendors|Employers|Breeders|Harbour|Harbor|Single|Market|Atlantic|Pacific|Arctic|Antarctic|Baltic|Mediterranean|Caribbean|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
      bare,
    )
  );
}

/** Whether a word is vocabulary only as a country's or a city's name: "Santiago", "Jordan". */
function placeOnly(word: string): boolean {
  const other =
    HONORIFIC.test(word) ||
    COURTESY.test(word) ||
    MILITARY_RANK.test(word) ||
    TITLE_WORD.test(word) ||
    ORG_WORD.test(word) ||
    FIELD_WORD.test(word);
  return !other && (countryCode(word) !== null || cityCountry(word) !== null);
}

// prettier-ignore
const PLACE =
  /^(?:Mosque|Palace|Street|Avenue|Square|Boulevard|Cathedral|Church|Mausoleum|Memorial|Monument|Gardens?|Bridge|Tower|Airport|Stadium|Hotel|Hall|Station|Plaza|Hospital|Clinic|Museum|Library|County|Province|District|Municipality|Prefecture|Governorate|Site)$/;

/**
 * A place's noun in small letters straight after a name: the name is the place's, after the
 * person it honours: "the university's A B amphitheatre", "the A B lecture hall", "the A B
 * shipyard", "the A B house museum".
 */
export const PLACE_NOUN_AFTER = new RegExp(
  '^\\s+(?:amphitheatre|amphitheater|auditorium|lecture\\s+hall|hall|stadium|library|mosque|' +
    'shipyard|dockyard|(?:house\\s+)?museum|memorial|mausoleum|monument|bridge|school|hospital|' +
    'theatre|theater|airport|dam|factory|mill)(?![\\p{L}])',
  'u',
);

// A point of the compass, and the nouns of a coast's places that are surnames too ("Bay", "Shore"):
// after a point of the compass they name a place, "the East Bay", "the North Shore".
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western)$/;
const COAST_PLACE = /^(?:Bay|Coast|Shore|Harbour|Harbor|Gulf|Cape|Lagoon|Beach)$/;

/**
 * Whether capitalised words end with a place's noun, in the possessive too ("… Children Hospital's
 * unit"), a county's or a province's too ("the Prefect of X-Y Z County"). "Park", a surname as
 * well, names a place after two words or more, the last no name: "Prince A Business Park", not
 * "Helen Park" nor "Anna Maria Park". A coast's noun names a place after a point of the compass:
 * "East Bay", not "Michael Bay".
 */
export function endsWithPlace(words: readonly string[]): boolean {
  const last = (words.at(-1) ?? '').replace(/[’']s$/, '');
  const before = words.at(-2) ?? '';
  return (
    PLACE.test(last) ||
    (COAST_PLACE.test(last) && COMPASS.test(before)) ||
    // A national society of the Red Cross or the Red Crescent is a body: "the Fijian Red Cross".
    (/^(?:Cross|Crescent)$/.test(last) && before === 'Red') ||
    (last === 'Park' &&
      words.length >= 3 &&
      !nameKind(before).given &&
      !nameKind(before).family &&
      !surnameShape(before))
  );
}

// A word joined to its article: "Al-Sabah", "El-Tayeb".
const ARTICLED =
  /^(?:[Aa]l|[Ee]l|[Uu]l|[Aa]d|[Aa]r|[Aa]s|[Aa]sh|[Aa]t|[Aa]z|[Ee]d|[Ee]r|[Ee]s)-\p{Lu}/u;

/**
 * The last `count` words of a name that are not initials, with the initials among them and
 * those straight before them: "A. L. M. B C" keeps "A. L. M." before "B C".
 */
function lastWords(words: readonly string[], count: number): string[] {
  let at = words.length;
  let seen = 0;
  while (at > 0 && seen < count) {
    at -= 1;
    if (!INITIAL.test(words[at] ?? '')) seen += 1;
  }
  while (at > 0 && INITIAL.test(words[at - 1] ?? '')) at -= 1;
  return words.slice(at);
}

/**
 * The words of a name as the run ends with them, the spaces between initials as written: "W.A.D.R.
 * A" rather than "W. A. D. R. A". The words joined by spaces when the run does not end with them.
 */
function asWritten(run: string, words: readonly string[]): string {
  const pattern = words
    .map((w, i) => {
      const word = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return i === 0 ? word : `${/\.$/.test(words[i - 1] ?? '') ? '\\s*' : '\\s+'}${word}`;
    })
    .join('');
  return new RegExp(`(?<![\\p{L}.])${pattern}$`, 'u').exec(run)?.[0] ?? words.join(' ');
}

function tokens(run: string): string[] {
  const out = (run.match(/\p{Lu}\.|[^\s]+/gu) ?? []).map((t) => t.replace(/,$/, ''));
  // Two initials written together after two words of a name or more are its surname, as Nepal
  // writes "K.C." (Khatri Chhetri): "Ram Bahadur K.C.".
  const [third, fourth] = [out.at(-3) ?? '', out.at(-4) ?? ''];
  if (
    /(?<![\p{L}.])(?<!\p{Lu}\.\s)\p{Lu}\.\p{Lu}\.$/u.test(run) &&
    /^\p{Lu}\p{Ll}+$/u.test(third) &&
    /^\p{Lu}\p{Ll}+$/u.test(fourth)
  )
    out.splice(-2, 2, `${out.at(-2) ?? ''}${out.at(-1) ?? ''}`);
  // Initials with no full stops that end the name are one word of it: "A B B M S".
  const bare = /(?:\s\p{Lu}){2,4}$/u.exec(run.replace(/\.$/, ''));
  if (bare) out.splice(-bare[0].trim().split(/\s/).length, Infinity, bare[0].trim());
  // A Surinamese family name joined by "A" is one word of the name: "Lie A Kwie".
  for (let i = out.length - 2; i >= 1; i -= 1)
    if (
      out[i] === 'A' &&
      /^\p{Lu}\p{Ll}{1,3}$/u.test(out[i - 1] ?? '') &&
      /^\p{Lu}\p{Ll}{1,3}$/u.test(out[i + 1] ?? '')
    )
      out.splice(i - 1, 3, `${out[i - 1] ?? ''} A ${out[i + 1] ?? ''}`);
  // A particle of two words whose first is none alone is one word of the name: "in 't", "op de".
  for (let i = out.length - 2; i >= 0; i -= 1)
    if (!PARTICLE.test(out[i] ?? '') && PARTICLE.test(`${out[i] ?? ''} ${out[i + 1] ?? ''}`))
      out.splice(i, 2, `${out[i] ?? ''} ${out[i + 1] ?? ''}`);
  return out;
}

// Where the role of the name that follows begins: after "and" and a verb of meeting, with a comma
// before it or not ("and to meet Princess A, Chair of X", "…, and meet A B, Executive President of
// X"), after ", and", "as well as (by, with)" or "and by" ("received by A B and by the Mayor, C
// D"), or "and the" before a title; or "and" straight before the name, the other side named by an
// honorific and a surname or by a title before it: "Ms A and B C D, Director of X, signed …", "the
// Vice-President and E F, Director of Y, …".
const AND_ROLE =
  /,?\s+and\s+(?:(?:will|shall|is|are)\s+)?(?:also\s+)?(?:to\s+)?(?:also\s+)?(?:meet|met|meets)(?:\s+with)?\s+|,\s+and\s+(?:with\s+)?|,?\s+as well as\s+(?:by\s+|with\s+)?|,?\s+and\s+(?:also\s+)?by\s+|\s+and\s+the\s+(?=(?:(?:First|Deputy|Vice|Acting|Executive)\s+)*(?:Minister|Director|Chairman|Chairperson|Chair|President|Governor|Secretary|Head|Mayor|Speaker|Ambassador|Commissioner)\b)|(?<=(?:\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}[\p{L}'’-]+|\b[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:Director|President|Vice-President|Chair|Governor|Secretary-General|Head|Minister)))\s+and\s+$/u;

// A body named straight after a name, before a parenthesis: " of the Grand Council of the X (".
const BODY_OF_NAME_BEFORE =
  /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*\s*\(\s*$/u;
// A title's body before a parenthesis: "the Chairman of the Synod of the X Church (".
const TITLE_BODY_BEFORE = new RegExp(
  `\\b(?:${TITLE_WORD.source})\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*` +
    `(?:\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*)*\\s*\\(\\s*$`,
  'u',
);
// A meeting word straight before a name: "met A B", "called on A B", "talks with A B", "was
// welcomed by A B".
const MET_BEFORE =
  /\b(?:met|meet|meets|called on|call on|calls on|with|received by|welcomed by)\s+$/u;

// Capitalised words after "and" up to the next word in small letters or a comma.
const AND_BODY = /^\s+and\s+((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)/u;

/** Whether a run ends with a Vietnamese name of four words: family name, middle name, two more. */
function vietnamese(words: readonly string[]): boolean {
  const [family, middle, ...rest] = words.slice(-4);
  return (
    rest.length === 2 &&
    nameKind(family ?? '').family &&
    VIETNAMESE_MIDDLE.test(unaccented(middle ?? '')) &&
    rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))
  );
}

/**
 * The words that count towards a name's length: not its particles (a capitalised one inside the
 * name either: "A B Arap C", "D Bin E F"), its suffix, "Ma." nor "St."; nor the Arabic "Abdel"
 * (servant of) written apart from the name it joins, one name with it: "A Abdel Rahman B C".
 */
const SERVANT_OF = /^(?:Abdel|Abdul|Abd|Abdoul|Abdal)$/u;

function core(words: readonly string[]): string[] {
  return words.filter(
    (w, i) =>
      !PARTICLE.test(w) &&
      !(i > 0 && i < words.length - 1 && CAPITAL_PARTICLE.test(w)) &&
      !(i < words.length - 2 && SERVANT_OF.test(w)) &&
      !SUFFIX.test(w) &&
      w !== 'Ma.' &&
      w !== 'St.',
  );
}

// A given name written short that opens a name: "Md." (Mohammad), "Mohd.", "Muhd.", "Abd.".
const SHORT_GIVEN_NAME = /^(?:Md|Mohd|Muhd|Abd)\.$/u;

/**
 * A name's length, a run of initials counted as one word, as Sri Lanka and South India write
 * them before one or two names: "A. L. M. B C", "K. M. S. B. D"; a given name written short that
 * opens it is not counted: "Md. A B C" has the length of "A B C"; nor are the Balinese mark and
 * caste title that open a name: "I Gusti Ngurah A B" has the length of "A B".
 */
function nameSize(words: readonly string[]): number {
  const counted =
    SHORT_GIVEN_NAME.test(words[0] ?? '') && words.length > 2
      ? words.slice(1)
      : words.slice(balinesePrefix(words));
  return core(counted).filter((w, i, all) => !INITIAL.test(w) || !INITIAL.test(all[i + 1] ?? ''))
    .length;
}

/**
 * Whether the word at `i` follows a particle, Malay styles at most between: "bin Haji A", "binti
 * Pengiran Haji B". Inside a name after "bin" or "binti" they are the father's styles, part of it.
 */
// "Sri" is a style only after another Malay style ("Tan Sri A B", "Datuk Sri C D") and a word of a
// country's name before "Lanka"; opening a name of two words more, after an Indonesian style or
// none, it is a Javanese given name: "Ibu Sri A B", "met Sri C D, Minister of X".
export function givenSri(words: readonly string[], i: number): boolean {
  return (
    words[i] === 'Sri' &&
    words.length - i >= 3 &&
    !MALAY_STYLE.test(words[i - 1] ?? '') &&
    words.slice(i + 1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isVocabulary(w))
  );
}

function afterParticle(words: readonly string[], i: number): boolean {
  let at = i - 1;
  while (at > 0 && MALAY_STYLE.test(words[at] ?? '')) at -= 1;
  return at >= 0 && PARTICLE.test(words[at] ?? '');
}

/**
 * The names in a phrase: a run of capitalised words ending where a name ends, whose last two
 * or three words are not title, body or country words. What stands before a name is its role.
 * `known`: the archive's names, read as they stand; `named`: the names the release gives in full,
 * which a surname alone after a title may name again.
 */
export function findNames(
  phrase: string,
  known: readonly string[] = [],
  named: readonly string[] = [],
): NameMention[] {
  const out: NameMention[] = [];
  let last = 0;
  let lastBare = false;
  const knownHits = known
    .map((name) => ({ name, index: phrase.indexOf(name) }))
    .filter((k) => k.index >= 0);
  // Honorifics are masked, not removed, so that indices still point into the phrase.
  const masked = phrase.replace(HONORIFIC_TEXT, (h) => h.replace(/\S/g, 'x'));
  for (const m of masked.matchAll(RUN)) {
    const words = tokens(m[0]);
    // Words between single quotes are a quotation, not a name: "the 'Blue Pacific' strategy".
    if (
      /^['’ʻ]/u.test(m[0]) &&
      (/['’]$/u.test(m[0]) || /^[,.;!?]?['’]/u.test(masked.slice(m.index + m[0].length)))
    )
      continue;
    // A place named after a person is no person: "Sultan Qaboos Grand Mosque", "Alam Palace".
    if (endsWithPlace(words) || PLACE_NOUN_AFTER.test(masked.slice(m.index + m[0].length)))
      continue;
    // Words in brackets inside a body's name, its name going on after them, are no person: "the
    // Chair of the X (Torres Strait Islanders) Corporation, A B".
    if (
      /\p{Lu}[\p{L}'’-]*\s*\(\s*$/u.test(masked.slice(0, m.index)) &&
      /^\s*\)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*,/u.test(
        masked.slice(m.index + m[0].length),
      )
    )
      continue;
    let cut = words.length;
    // A word after a particle is part of the name: "Mohamad bin Haji Hasan", "A bin Pengiran
    // Haji B"; so is "Sheikh" after a name's word, as Somali names hold it: "Ibrahim Sheikh Ahmed
    // Nur"; and "Alhaji", as West African names hold it: "Abu Alhaji Bangura".
    while (
      cut > 0 &&
      (!isVocabulary(words[cut - 1] ?? '') ||
        malaySurname(words, cut - 1) ||
        givenSri(words, cut - 1) ||
        afterParticle(words, cut - 1) ||
        (INNER_STYLE.test(words[cut - 1] ?? '') &&
          cut >= 2 &&
          /^\p{Lu}\p{Ll}+$/u.test(words[cut - 2] ?? '') &&
          !isVocabulary(words[cut - 2] ?? '')))
    )
      cut -= 1;
    // A country's or a city's name between other words of a name set off by commas or
    // parentheses is a middle name: "the Minister of X, Carmen Santiago Pizarro, on …"; after two
    // names or more it may be the last: "the Minister of X, João Carlos de Souza Lima, and …";
    // so may it after a meeting word's "by" or "with": "received by A B Santiago, president of Y",
    // the name's nickname in brackets after it at most ("A B Santiago (known as C), …").
    // A style may stand before the name: "the Secretary of X, Ing. A Santiago B, …".
    const others = words.slice(0, cut - 1);
    const setOff =
      /[,(]\s*(?:x+\s+)*$/.test(masked.slice(0, m.index)) &&
      /^\s*(?:[,)]|$)/.test(masked.slice(m.index + m[0].length));
    const afterMeeting =
      cut === words.length &&
      /\b(?:by|with)\s+$/.test(masked.slice(0, m.index)) &&
      /^\s*(?:,|\([^()]*\)\s*,)/.test(masked.slice(m.index + m[0].length));
    if (
      cut > 1 &&
      (cut < words.length || core(others).length >= 2) &&
      placeOnly(words[cut - 1] ?? '') &&
      others.every((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) && !isVocabulary(w)) || PARTICLE.test(w)) &&
      (setOff || afterMeeting)
    )
      cut = 0;
    // So is one that opens a name of two more words straight after a meeting word or a list's
    // comma or "and", with its title set off by a comma after it: "met with Montserrat A B,
    // Minister of X, and Santiago C i D, Director of Y".
    const rest = words.slice(1);
    if (
      cut === 1 &&
      placeOnly(words[0] ?? '') &&
      (/(?:^|,|\band)\s*$/.test(masked.slice(0, m.index)) ||
        MET_BEFORE.test(masked.slice(0, m.index))) &&
      core(rest).length >= 2 &&
      rest.every((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) && !isVocabulary(w)) || PARTICLE.test(w)) &&
      TITLE_WORD.test(
        /^\s*,\s+(?:the\s+)?([^,;.()]+)/u.exec(masked.slice(m.index + m[0].length))?.[1] ?? '',
      )
    )
      cut = 0;
    // After a style of courtesy, a city's or a country's name that opens a name of one more
    // word at least is a given name: "Dr Lima A", "Ms Sofia B C".
    // (The style is masked before the run: "Ms Sofia B" is read as "xx Sofia B".)
    if (
      cut === 1 &&
      words.length >= 2 &&
      placeOnly(words[0] ?? '') &&
      /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') &&
      /(?:^|\s)x+\.?\s+$/u.test(masked.slice(0, m.index))
    )
      cut = 0;
    // After a Malay style, "Amir" is a given name, not the Gulf's style: "Dato' Seri Amir A B".
    if (/^(?:Amir|Emir)$/.test(words[cut - 1] ?? '') && MALAY_STYLE.test(words[cut - 2] ?? ''))
      cut -= 1;
    // After a Malay style, Sarawak's "Amar" and "Patinggi" are words of it, before a name of two
    // words at least: "Datuk Amar A anak B", "Datuk Patinggi C D".
    if (
      cut > 0 &&
      MALAY_STYLE.test(words[cut - 1] ?? '') &&
      /^(?:Amar|Patinggi)$/u.test(words[cut] ?? '') &&
      words.length - cut >= 3
    )
      cut += 1;
    let nameWords = words.slice(cut);
    // A particle or suffix cannot open a name: "… Affairs bin …" keeps the words after it.
    // After a style, a capitalised article opens the name: "Crown Prince Al Hussein bin Abdullah II".
    const styled = COURTESY.test(words[cut - 1] ?? '') && /^(?:Al|El)$/.test(nameWords[0] ?? '');
    while (!styled && nameWords.length > 0 && PARTICLE.test(nameWords[0] ?? '')) nameWords.shift();
    if (nameWords.length >= 3 && CHIEFLY_BEFORE.test(nameWords[0] ?? '')) nameWords.shift();
    if (core(nameWords).length >= 4 && TWO_WORD_STYLE.test(nameWords.slice(0, 2).join(' ')))
      nameWords.splice(0, 2);
    // Initials written without full stops ("A B R") are no names a style stands before.
    if (
      core(nameWords).filter((w) => !/^\p{Lu}(?:\s\p{Lu})*$/u.test(w)).length >= 3 &&
      ((STYLE_BEFORE_NAME.test(nameWords[0] ?? '') &&
        // Before a particle it is the given name the particle follows: "Khalifa bin A B".
        !PARTICLE.test(nameWords[1] ?? '') &&
        !(SURNAME_STYLE.test(nameWords[0] ?? '') && CJK_SYLLABLE.test(nameWords[1] ?? '')) &&
        !(
          VIETNAMESE_SURNAME_STYLE.test(nameWords[0] ?? '') &&
          ONE_SYLLABLE.test(unaccented(nameWords[1] ?? ''))
        )) ||
        (nameWords[0] === STYLE_BEFORE_KHAN && nameWords.slice(2).includes('Khan')))
    )
      nameWords.shift();
    // Such a style opens the run as a title does: a name of four words may follow it.
    const longStyled =
      core(nameWords).length >= 4 && STYLE_BEFORE_LONG_NAME.test(nameWords[0] ?? '');
    if (longStyled) nameWords.shift();
    if (
      nameWords.length >= 3 &&
      STYLE_BEFORE_REGNAL.test(nameWords[0] ?? '') &&
      (SUFFIX.test(nameWords.at(-1) ?? '') || AKAN_DAY_NAME.test(nameWords[1] ?? ''))
    )
      nameWords.shift();
    if (
      core(nameWords).length >= 3 &&
      TUN_STYLE.test(nameWords[0] ?? '') &&
      !COURTESY.test(words[cut - 1] ?? '') &&
      !BURMESE_WORD.test(nameWords[1] ?? '')
    )
      nameWords.shift();
    if (sikhStyled(nameWords)) nameWords.shift();
    if (core(nameWords).length >= 3 && CHIEF_OF_SKIN.test(nameWords[0] ?? '')) nameWords.shift();
    // Three capitalised words after "of" or "and" end a body's name more often than they are a
    // name: "University of World Economy and Diplomacy Sherzod Nurmatov".
    const before = masked.slice(0, m.index);
    // A ship is named after a person: "the frigate KRI A B C", "aboard the patrol vessel A".
    if (SHIP_BEFORE.test(before)) continue;
    // After a name that stood bare, with no title in its run, "and" joins another bare name of a
    // list: "delegations of China and Pakistan, Liao Min and Ahad Khan Cheema". After a titled
    // name the words after "and" may be a title ("Ismoilov and Ombudsperson Feruza Eshmatova").
    const listed = lastBare && /^\s*,?\s*and\s+$/.test(masked.slice(last, m.index));
    // After a list's comma, semicolon or closing parenthesis, "and" joins a name set off like the
    // others, with its title or body after it: "…, and Kojo Nana Darko, Director General of …",
    // "…; and Ana Sofía Ruiz, chair of …", "… (Bank of X) and Ho Van Long (Y)".
    const joinsItem =
      /[,;)]\s*and\s+$/.test(before) && /^\s*[,(]/.test(masked.slice(m.index + m[0].length));
    const connected = !listed && !joinsItem && /\b(?:of|and|for|on|the)\s+$/.test(before);
    // Capitalised words straight after "of" with no title among them continue a body's name.
    if (cut === 0 && words.length === 2 && /\b(?:of|for|on)\s+(?:the\s+)?$/.test(before)) continue;
    // So do they after the Gaelic article inside a body's name, "na", "nan" or "nam" (of the):
    // "the Leader of Comhairle nan Eilean Siar", "the Chair of Bòrd na Gàidhlig".
    if (cut === 0 && GAELIC_ARTICLE_IN_BODY.test(before)) continue;
    // So do the words after a body's noun that opens the run, as a body named in its own
    // language goes on: "the Institut Català de Finances", "of the Banco Central de Reservas".
    if (
      cut === 1 &&
      ORG_WORD.test(words[0] ?? '') &&
      !TITLE_WORD.test(words[0] ?? '') &&
      /\b(?:of|for|the)\s+$/.test(before)
    )
      continue;
    // So do any such words that end a title set off by a comma before a name: "the Director of
    // the Division of Marine Law Enforcement, A B C"; or that stand inside it, the title's fields
    // joined by "and" after them: "the Minister of Human and Minority Rights and Social Dialogue, A B".
    // A style may open the name: "the Superintendent of X, Arch. A B". What the body is may stand
    // between, in small letters: "the Principal of Tarvo Mòr Bomsa, the Gaelic college, A B".
    // A title after that comma makes the words joined by "and" a name: "… and C D, Chair of Y".
    const fields = TITLE_FIELDS_AFTER.exec(masked.slice(m.index + m[0].length))?.[0] ?? '';
    const afterFields = masked.slice(m.index + m[0].length + fields.length);
    if (
      cut === 0 &&
      connected &&
      /^\s*(?:,\s+(?:the|an?)\s+(?:\p{Lu}\p{L}*\s+)?\p{Ll}[^,;()]*)?,\s+(?:x+\s+)*\p{Lu}/u.test(
        afterFields,
      ) &&
      !(
        fields !== '' && TITLE_WORD.test(/^\s*,\s+(\p{Lu}[\p{L}-]*)/u.exec(afterFields)?.[1] ?? '')
      ) &&
      [TITLE_OF_BEFORE, TITLE_LIST_OF_BEFORE].some((re) =>
        TITLE_WORD.test(re.exec(`${before}${m[0]}${fields}, `)?.[1] ?? ''),
      )
    )
      continue;
    // Capitalised words in parentheses straight after a name are that person's body: "A B
    // (Hokkaido Trust Group)"; after "in", they are the name in the person's other language:
    // "A B (in Kashubian A C)".
    if (out.length > 0 && /^\s*\(\s*(?:in\s+)?$/.test(masked.slice(last, m.index))) continue;
    // So are they after the body named after a name, as the body's other name: "A B of the Grand
    // Council of the X (Y Z)".
    if (out.length > 0 && BODY_OF_NAME_BEFORE.test(masked.slice(last, m.index))) continue;
    // Capitalised words in parentheses straight after a title are its field: "the Deputy Governor
    // (Financial Stability), A B", "Director (Operations)".
    if (
      TITLE_WORD.test(/(\S+)\s*\(\s*$/u.exec(before)?.[1] ?? '') &&
      /^\s*\)/.test(masked.slice(m.index + m[0].length))
    )
      continue;
    // So are they after a title's body, its name in its own language, when the name of its head
    // follows set off by a comma: "the Chairman of the Synod of the X Church (Gereja X), Rev. A B".
    if (
      TITLE_BODY_BEFORE.test(before) &&
      /^\s*\)\s*,\s+(?:x+\s+)*\p{Lu}/u.test(masked.slice(m.index + m[0].length))
    )
      continue;
    // Capitalised words after "of" that "and" joins to words ending as a body are that body's
    // name: "the Chief Executive of the Kenya Seed Promotion and Marketing Agency".
    if (
      /\b(?:of|for)\s+(?:the\s+)?$/.test(before) &&
      ORG_WORD.test(AND_BODY.exec(masked.slice(m.index + m[0].length))?.[1] ?? '')
    )
      continue;
    // Capitalised words that end the title set off after a name are its body: "A B, Managing
    // Director of Boskalis Ocean Dredging.".
    if (cut === 0 && endsTitleAfterName(before, masked.slice(m.index + m[0].length))) continue;
    // Capitalised words with no title among them, straight after "the", are a title the
    // vocabulary does not know ("the Grand Imam of Al-Azhar, Sheikh …"): no name.
    if (cut === 0 && /\bthe\s+$/i.test(before)) continue;
    // Capitalised words inside a list of a title's parts, after "of" and before "and" and the
    // last part ("Minister of Trade, Industry, Business Development and Tourism, …"), with no
    // name they know among them, are one of those parts.
    if (
      cut === 0 &&
      inTitleList(before, masked.slice(m.index + m[0].length)) &&
      !nameWords.some((w) => nameKind(w).given || surnameShape(w))
    )
      continue;
    const size = nameSize(nameWords);
    // Particles join names of more parts: "Mohammed bin Abdulrahman bin Jassim Al Thani",
    // "Sabah Khalid Al-Hamad Al-Sabah".
    // A name set off by commas after its title may have four parts: "the Minister of Finance,
    // Sheku Ahmed Fantamadi Bangura,"; so may one after a comma that ends the sentence ("… on the
    // Prime Minister, Ana Rita Sitoe Matola.").
    // A name set off by parentheses may too, alone in them ("the Vice Chair of the Board (Pham
    // Thi Lan Anh)") or before its body in them ("…, Dang Thi Bich Ngoc (Institute of X) and …").
    // Or one that opens with a given name before its body in parentheses, after a meeting word or
    // in a list: "met Elena Beatriz Quiroga Mamani (Office of X)"; or any name that opens the list
    // of people met, or follows the "and" after a body in parentheses, before its own body in
    // parentheses: "attended by Julio Andrés Xol Caal (Chamber of X), … and …".
    const after = masked.slice(m.index + m[0].length);
    const opensItem = /^\s*$/.test(before) || /\)\s*,?\s*and\s+$/.test(before);
    // A military rank may stand between the comma and the name, written short and marked retired
    // at most: "the Secretary, Lt. Gen. (Rtd) A B C D E,", "The Commander, Rear Admiral A B C D E,".
    const ranked = cut > 0 && words.slice(0, cut).every((w) => RANK_WORD.test(w));
    const apposed =
      (cut === 0 || ranked) &&
      (new RegExp(`[,(]\\s*(?:x+\\s+)*${RANK_BEFORE}$`, 'u').test(before) ||
        (/^\s*\(/.test(after) && (opensItem || nameKind(nameWords[0] ?? '').given))) &&
      /^\s*(?:[,.)(]|$)/.test(after);
    // Or one after an honorific or a meeting word, or opening the phrase (the list of those met
    // after its meeting word), its title set off by a comma after it, as South Asian names of four
    // or five words stand: "called on Shri A B C D, Secretary, Ministry of X", "met Mr. A B C D E,
    // Secretary of Y"; or opening a clause after a semicolon: "…; A B C D, President of X, …";
    // or the last of a list, joined by "and": "…; and A B C D, Director General of Y".
    // The title may open in small letters after a meeting word or opening the list: "met A B C D,
    // director of X".
    const titleAfter = /^\s*,\s+(?:the\s+)?([^,;.()]+)/u.exec(after)?.[1] ?? '';
    const metThenTitled =
      cut === 0 &&
      (/(?:^|\s)x+\s+$|^\s*$|;\s*$/u.test(before) || MET_BEFORE.test(before) || joinsItem) &&
      (TITLE_WORD.test(titleAfter) ||
        ((MET_BEFORE.test(before) || /^\s*$/u.test(before)) &&
          TITLE_WORD.test(
            titleAfter.replace(/^\p{Ll}/u, (c) => c.toUpperCase()).split(/\s/u)[0] ?? '',
          )));
    // Up to five when set off by commas: "the Vice Minister of Trade, Dyah Roro Esti Widya Putri,".
    // Four straight after a title or a style, the run ending with the name: "Prime Minister A B
    // C D on …", "His Majesty The King A B C D at …".
    // So after a title's field with no comma: "Minister of Foreign Affairs A B C D and …".
    const titled =
      longStyled ||
      (cut > 0 &&
        (TITLE_WORD.test(words[cut - 1] ?? '') ||
          COURTESY.test(words[cut - 1] ?? '') ||
          TITLE_OF_FIELD.test(before)));
    // So after a meeting word, a name of two given names and two surnames, as Spanish names are
    // written: "met Ana Teresa A B, who …"; the second given name may be one the reader does not
    // know when a comma sets the name off, after a meeting word or opening the list of those met:
    // "welcomed by Carmen X A B, traditional authority".
    const twoGivenTwoFamily =
      cut === 0 &&
      nameWords.length === 4 &&
      nameKind(nameWords[0] ?? '').given &&
      ((MET_BEFORE.test(before) && nameKind(nameWords[1] ?? '').given) ||
        ((MET_BEFORE.test(before) || /^\s*$/u.test(before)) && /^\s*,/u.test(after))) &&
      nameWords.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isVocabulary(w));
    const longest =
      nameWords.length > size || nameWords.some((w) => ARTICLED.test(w)) || apposed || metThenTitled
        ? 5
        : titled || twoGivenTwoFamily
          ? 4
          : 3;
    // Three names after "and" with their title set off by a comma after them are a person's, not
    // the end of a body's name: "Ms A and B C D, Director-General of X, signed …".
    // So are three after "and" with a title in lower case after "a" or "an" set off after them:
    // "… and A B C, a member of the X Council".
    const lowerTitle = /^\s*,\s+an?\s+(\p{Ll})(\p{Ll}+)\b/u.exec(after);
    const andThenTitled =
      cut === 0 &&
      /\band\s+$/.test(before) &&
      (TITLE_WORD.test(titleAfter) ||
        (lowerTitle !== null &&
          TITLE_WORD.test(`${(lowerTitle[1] ?? '').toUpperCase()}${lowerTitle[2] ?? ''}`)));
    // A father's name joined by "bin", "binti", "bint" or "ibn" makes the words a person's name,
    // never a body's: "… and A bin B Al C".
    const fathered = nameWords.slice(1, -1).some((w) => ARABIC_PATRONYMIC.test(w));
    if (size > longest || (size === 3 && cut === 0 && connected && !andThenTitled && !fathered)) {
      // A common given name opens a name of three words after the place that ends a title:
      // "Mayor of the City of X Mary A B" names Mary A B; its surname may be a double one.
      const given = nameWords.length - 3;
      nameWords =
        given > 0 &&
        !vietnamese(nameWords) &&
        nameWords.slice(given).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) &&
        nameKind(nameWords[given] ?? '').given &&
        !nameKind(nameWords[given - 1] ?? '').given
          ? nameWords.slice(given)
          : lastWords(nameWords, vietnamese(nameWords) ? 4 : 2);
    }
    const initials = nameWords.filter((w) => INITIAL.test(w)).length;
    // A monarch is named by one name and a number after the style: "King Letsie III".
    // Or by one name alone, set off by a comma or ending the sentence: "His Majesty Sultan A, …".
    // So is a noble by one name after "Lord": "the Speaker of the Assembly, Lord A, …".
    const royal = /^(?:King|Queen|Sultan|Emir|Amir|Lord)$/.test(words[cut - 1] ?? '');
    const regnal =
      royal &&
      initials === 0 &&
      ((nameWords.length === 2 && SUFFIX.test(nameWords[1] ?? '')) ||
        (nameWords.length === 1 &&
          // A Tongan noble's name may hold the ʻokina: "Lord Haʻa".
          (words[cut - 1] === 'Lord'
            ? /^\p{Lu}(?:\p{Ll}|ʻ(?=\p{Ll})){2,}$/u
            : /^\p{Lu}\p{Ll}{2,}$/u
          ).test(nameWords[0] ?? '') &&
          /^\s*(?:,|\.?\s*$)/.test(masked.slice(m.index + m[0].length))));
    // A clergyman is named by one name after his rank, set off by a comma, ending the sentence or
    // before his see: "His Eminence Metropolitan A of X, …", "Patriarch B.".
    const clerical =
      CLERGY_RANK.test(words[cut - 1] ?? '') &&
      nameWords.length === 1 &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(nameWords[0] ?? '') &&
      /^\s*(?:,|\.?\s*$|of\s+\p{Lu})/u.test(masked.slice(m.index + m[0].length));
    // A surname alone after a title names again someone the release or the archive knows in
    // full: "talks with Foreign Minister Temirbek" after "… Affairs, Ruslan Temirbek".
    const again =
      core(nameWords).length === 1 && cut > 0 && TITLE_WORD.test(words[cut - 1] ?? '')
        ? [...known, ...named].find(
            (k) => k.split(/\s+/).length >= 2 && k.endsWith(` ${nameWords[0] ?? ''}`),
          )
        : undefined;
    if (again) {
      const end = m.index + m[0].length;
      out.push({
        name: again,
        role: words.slice(0, cut).join(' '),
        index: end - (nameWords[0] ?? '').length,
        end,
      });
      last = end;
      lastBare = false;
      continue;
    }
    // One name alone, as many Indonesians bear, set off by commas after a title of something:
    // "the Director General of Customs, Sutardjo, with whom …", "… of Villages, Harsono, on roads",
    // "… of Villages, Harsono, and the Minister of …", "… of the Republic of X, Sugiono.", "the
    // Coordinating Minister for Trade, Wirananto, to discuss …"; or before a head's office in
    // small letters, after a list's "and": "…, and Mulyadi, director of the Y Centre". Not
    // after the title set off after a name, where it is the town of that title's body: "A B,
    // Director of the X College, Lowtown, presented …".
    const single =
      cut === 0 &&
      !(out.length > 0 && /^\s*,\s+(?!and\b)[^,;()]+,\s*$/u.test(masked.slice(last, m.index))) &&
      nameWords.length === 1 &&
      /^\p{Lu}\p{Ll}{3,}$/u.test(nameWords[0] ?? '') &&
      ((SINGLE_TITLE_BEFORE.test(before) &&
        TITLE_WORD.test(SINGLE_TITLE_BEFORE.exec(before)?.[1] ?? '') &&
        SINGLE_AFTER_TITLE.test(masked.slice(m.index + m[0].length))) ||
        (/,\s+and\s+$/u.test(before) &&
          SMALL_OFFICE_AFTER_SINGLE.test(masked.slice(m.index + m[0].length))));
    // So is one after the Indonesian "Mr" or "Mrs" in full, set off by a comma or ending the
    // sentence: "Ibu Wahyuni, Regent of X", "Bapak Sutopo, head of the Y Group".
    const styledSingle =
      INDONESIAN_STYLE.test(words[cut - 1] ?? '') &&
      nameWords.length === 1 &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(nameWords[0] ?? '') &&
      /^\s*(?:,|\.?\s*$)/.test(masked.slice(m.index + m[0].length));
    if (
      (core(nameWords).length < 2 && !regnal && !single && !clerical && !styledSingle) ||
      initials === core(nameWords).length
    )
      continue;
    if (INITIAL.test(nameWords[nameWords.length - 1] ?? '')) continue;
    // A peer named by one name is "Lord A": the style is the name's first word.
    if (regnal && words[cut - 1] === 'Lord' && nameWords.length === 1)
      nameWords = ['Lord', ...nameWords];
    // Initials keep the text's spelling, written together or spaced ("W.A.D.R. A", "Ram Bahadur
    // K.C."); only an initial written against the surname is spaced from it: "N.A.Silva".
    const written = asWritten(m[0], nameWords);
    let name = written.replace(/\s+/gu, ' ').replace(/\.(?=\p{Lu}\p{Ll})/gu, '. ');
    const hit = knownHits.find((k) => k.index >= m.index && k.index < m.index + m[0].length);
    if (hit) name = hit.name;
    const end = m.index + m[0].length;
    const start = end - written.length;
    const nameStart = hit
      ? hit.index
      : // Searched back from where the name starts, not from its end: "Sabah … Al-Sabah".
        Math.max(m.index, phrase.lastIndexOf(nameWords[0] ?? '', start + nameWords.length));
    // A clergyman's title is his rank and the see named after him: "Metropolitan of X".
    const see = clerical ? SEE_AFTER.exec(masked.slice(end))?.[1] : undefined;
    const rank = clerical ? `${words[cut - 1] ?? ''}${see ? ` of ${see}` : ''}` : null;
    out.push({
      name,
      // What follows "and" belongs to this name; what precedes it describes the previous one.
      // What the previous name has in parentheses after it is no part of this one's role; nor is
      // a title met with no name before "and the" and this one's title ("the Minister of Trade
      // and the Deputy Minister of Health, A B"). The comma of a list before a title that stands
      // straight before this name is no part of it ("Prime Minister A B, Minister for X C D and …").
      role:
        rank ??
        (
          phrase
            .slice(last, nameStart)
            .replace(/^\s*\([^()]*\)/, '')
            .split(AND_ROLE)
            .pop() ?? ''
        )
          // A semicolon ends the item of a list before it: "…, Hon. A B; the Principal Secretary,
          // C D".
          .replace(/^.*;\s*(?:and\s+)?/su, '')
          .replace(/^\s*,\s*(?=\p{Lu}[^,]*$)(?![^,]*\band\s*$)/u, '')
          .trim(),
      index: Math.min(start, nameStart),
      end,
    });
    last = end;
    lastBare = cut === 0;
  }
  return out;
}

/** A key under which "Alexander Lukin", "A. Lukin" and "A.Lukin" are one person. */
export const personKey = initialAndSurname;

// A capitalised word standing alone, no capitalised word before it and punctuation or a word in
// small letters after it: "to Varda, the …", "Varda, in the hills …", "Varda grows …".
const ALONE_WORD = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{2,})(?=\s*[,;:.)]|\s+\p{Ll})/gu;

/**
 * The capitalised words an English release writes alone, as it writes a district or a town it
 * goes to: "Varda, in the hills of the north, …", "crossed to Varda, the …".
 */
export function englishPlaceWords(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences)
    for (const m of s.matchAll(ALONE_WORD))
      if (m[1] && !isVocabulary(m[1]) && !/\p{Lu}[\p{L}'’-]*\s+$/u.test(s.slice(0, m.index)))
        out.add(m[1]);
  return out;
}

/**
 * A district or town the release writes alone elsewhere ends the title before a name of three
 * words when no comma parts them, after "of" or straight after the title: "Deputy Commissioner
 * of Varda Tirsha Kalvan Morope" names Tirsha Kalvan Morope, the given name no place of the
 * release.
 */
export function placeBeforeEnglishName(
  person: NameMention,
  places: ReadonlySet<string>,
): NameMention {
  const words = person.name.split(' ');
  const ended =
    /\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*?(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)$/u.exec(
      person.role.trimEnd(),
    );
  // A title may name its district after it with no "of", as Pakistan writes a district's head:
  // "Deputy Commissioner Varda Tirsha Kalvan Morope" names Tirsha Kalvan Morope.
  const [first = '', ...own] = words;
  if (
    !ended &&
    own.length >= 2 &&
    places.has(first) &&
    !places.has(own[0] ?? '') &&
    // A comma after the title sets the whole name off: "the Mayor, Jón Arni Helgason" and later
    // "Jón told her …" names Jón Arni Helgason, his given name said alone.
    !/,\s*$/u.test(person.role) &&
    TITLE_WORD.test(/(\S+)\s*$/u.exec(person.role)?.[1] ?? '') &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))
  )
    return {
      ...person,
      name: own.join(' '),
      role: `${person.role.trimEnd()} ${first}`,
      index: person.index + first.length + 1,
    };
  if (!ended || words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))
    return person;
  const [, place = '', given = ''] = ended;
  if (!places.has(place) || places.has(given) || isVocabulary(given)) return person;
  return {
    ...person,
    name: `${given} ${person.name}`,
    role: person.role.trimEnd().slice(0, -given.length).trimEnd(),
    index: person.index - given.length - 1,
  };
}
