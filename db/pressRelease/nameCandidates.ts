/**
 * People found by what a name is, not by the words around it: in a sentence that tells of a
 * meeting, a run of one to four capitalised words of any script that holds a common given name,
 * an East Asian family name or a family name's suffix ("-ov", "-yan", "-oğlu", "-ова"…), and no
 * word of the vocabulary (places, countries, bodies, titles, months), is a person. It adds to the
 * rules of people.ts and foreignPeople.ts, which know titles and meeting phrases; this knows
 * names, so it reaches people in lists, before Turkish case endings and in scripts the rules were
 * not written for.
 */
import {
  genitiveNominative,
  genitiveTitleHead,
  isVocabulary as foreignVocabulary,
  trTitleFieldsAfter,
  turkeysEnvoyBefore,
  LOCATIVE,
  PLACE_NOUN_BEFORE,
  bodysNamesake,
  BUILDING_BEFORE_BRACKETS,
  placeAfterIn,
  nominativeName,
  namedBuilding,
  placeByAdjective,
  namesPlace,
  opensBodyName,
  ownSpelling,
  spokenOf,
  telephoneCall,
  TR_HISTORY_AFTER,
  TR_MONUMENT_AFTER,
  trMotionTo,
  trPlaceKindAfter,
  turkishTitle,
  withoutCaseEnding,
  SAINT,
  sentenceCapital,
} from './foreignPeople.js';
import type { ReleaseLanguage } from './draftTitle.js';
import { latinKeys } from './matchPeopleKeys.js';
import { ORG_WORD, TITLE_WORD } from './roles.js';
import { COMMEMORATED, listSpans, titleAndBodyAfter } from './meetingSentences.js';
import { MONTH } from './monthNames.js';
import {
  nameKind,
  russianGenitiveName,
  russianNominatives,
  surnameShape,
} from './names/nameKey.js';
import { HONORIFIC, MARIA_AFTER, MARIA_BEFORE, PARTICLE, PATRONYMIC, SUFFIX } from './nameWords.js';
import {
  endsTitleAfterName,
  endsWithPlace,
  PLACE_NOUN_AFTER,
  isVocabulary as englishVocabulary,
  inTitleList,
  type NameMention,
} from './people.js';

export interface Token {
  text: string;
  /** The word without a Turkish case ending or an English possessive: "Bahromov'la" → "Bahromov". */
  bare: string;
  index: number;
  end: number;
  /** Punctuation ends the run after this word ("Hyun.", "Safadi,"). */
  breaks: boolean;
  /** A Turkish case ending after an apostrophe ends the noun phrase, and so the name. */
  cased: boolean;
}

const MONTH_WORD = new RegExp(`^${MONTH}$`, 'iu');
// A language's name after a name in parentheses: "A B (C D in Frisian)".
const OTHER_LANGUAGE_AFTER = /^\s+in\s+\p{Lu}\p{Ll}+\s*\)/u;
// prettier-ignore
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar|Понедельник|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье)$/iu;
// Words a sentence opens with, which the capital letter does not make a name; Turkish opens one
// with a day too: "Bugün", "Dün", "Yarın".
// prettier-ignore
const FUNCTION_WORD = /^(?:The|A|An|He|She|It|We|They|His|Her|Its|Their|This|That|These|Those|In|On|At|To|Do|As|By|Of|For|From|With|And|But|Also|Both|Then|After|Before|During|Later|Earlier|Sir|Madam|Lady|Lord|В|Во|С|Со|На|По|И|А|Но|До|От|За|Из|К|У|О|Об|При|Для|Как|Также|Кроме|Он|Она|Они|Его|Ее|Её|Их|Это|Эти|Этот|Бу|Bu|Bir|Ve|İle|Da|De|O|Ayrıca|Bugün|Dün|Yarın|Ancak|Daha|Sonra|Öte|Ziyaret|Görüşme|Görüşmede|Görüşmelerde|Toplantıda|Sayın)$/u;
// Places and bodies named after a person ("Sultan Qaboos Grand Mosque", "Heydar Aliyev Center")
// and companies: the run is their name, not a person's.
// prettier-ignore
const PLACE_STEMS = [
  'mosque', 'palace', 'street', 'avenue', 'road', 'square', 'boulevard', 'cathedral', 'church',
  'mausoleum', 'memorial', 'monument', 'garden', 'bridge', 'tower', 'airport', 'stadium', 'hotel',
  'hall', 'house', 'station', 'port', 'plaza', 'prize', 'award', 'medal', 'order', 'group',
  'holding', 'inc', 'ltd', 'llc', 'jsc', 'motors', 'airlines', 'airways', 'energy', 'petroleum',
  'electronics', 'industries', 'steel', 'mining', 'capital', 'partners', 'technologies', 'systems',
  'telecom', 'valley', 'camp', 'district', 'region', 'province', 'oblast', 'cemetery', 'school',
  'cami', 'manastır', 'kilise', 'caddesi', 'cadde', 'sokak', 'sokağ', 'saray', 'meydan', 'vakf',
  'vakıf', 'enstitü',
  'kurum', 'derne', 'şirket', 'banka', 'müze', 'havaliman', 'stadyum', 'üniversite', 'okul',
  'hastane', 'merkez', 'forum', 'kurul', 'ajans', 'rafineri', 'otel', 'köprü', 'bulvar', 'mahalle',
  'danışman', 'başdanışman', 'müşavir', 'temsilci', 'sözcü', 'komutan', 'milletvekili', 'elçi',
  'koordinatör', 'ataşe', 'müsteşar', 'konsolos', 'мечет', 'улиц', 'проспект', 'площад', 'дворец', 'дворц', 'фонд', 'институт', 'банк', 'компани',
  'университет', 'мавзоле', 'аэропорт', 'стадион', 'центр', 'завод', 'музе', 'театр', 'собор',
];
const PLACE_BEFORE_EN = /\b(?:in|near)\s+$/u;
// The kind of place that ends a Turkish place's name, bare or in the possessive: a mountain's, a
// lake's, a bridge's ("Taş Köprü"), an Indonesian Islamic boarding school's ("A B Pesantreni").
const TR_PLACE =
  /^(?:Arena|Stadyumu|Stadı|Camii|Kütüphanesi|Sarayı|Köprüsü|Köprü|Kulesi|Müzesi|Parkı|Meydanı|Caddesi|Bulvarı|Havalimanı|Hastanesi|Türbesi|Manastırı|Kilisesi|Anıtı|Salonu|Oteli|Limanı|İstasyonu|Dağı|Dağları|Gölü|Pesantreni|Medresesi)$/u;

const NAMED_AFTER = /(?:(?<!\p{L})(?:имени|им\.)|\bnamed (?:after|for)|adını taşıyan)\s*$/u;

// An article joined to a name: "ат-Тайиб", "d'Oliveira", "д'Оливейра".
const ARTICLED =
  /^(?:(?:al|el|ul|ad|ar|as|ash|at|az|ed|er|es|en|et|ez|eş|аль|ал|ас|ат|ад|ар|аш|ан|аз|эль|эд|эр|эс|эш|эн|эт)-|[dд]['’])\p{Lu}/u;
// A monarch's number, after the name or, in Turkish, before it: "Abdullah II", "II. Abdullah".
const REGNAL = /^(?:II|III|IV|VI|VII|VIII)\.?$/;
// Royal styles stand before a monarch's name and are no part of it.
// prettier-ignore
const ROYAL =
  /^(?:kral|kralı|kraliçe|kraliçesi|sultan|sultanı|emir|emiri|prens|prensi|veliaht|şah|şahı|король|короля|королём|королем|королю|королева|королевы|королевой|султан|султана|султаном|эмир|эмира|эмиром|принц|принца|принцем|наследный|наследного|наследным|шах|шаха|шахом)$/u;
const INITIAL = /^(?:\p{Lu}\.)+$/u;

// The words that say a sentence tells of a meeting, and where its people may stand: in English
// after the meeting word; in Russian and Turkish anywhere (Turkish names them before the verb).
// A visit paid to someone («нанесли визит директору …», in the dative) is a meeting with them.
// "Sign" after an article is the noun: "a sign of trust". A customary gift presented to a chief
// is a meeting with him: "present a coutume to the Grand Chief …", "offered a sevusevu to …".
const EN_MEETING =
  /\b(?:met|(?:present(?:s|ed)?|offer(?:s|ed)?) (?:a|the) (?:customary )?(?:coutume|sevusevu)|meets?|meetings?|talks|received|receives|consultations|audience|called on|courtesy call|conversation|discussions?|sat down|dialogue|co-?chair\w*|sign(?:ed|ing)|(?<!\b(?:a|the|no)\s)signs?)\b/iu;
const RU_MEETING =
  /(?:встреч\p{L}*|встрет\p{L}*|обсуди\p{L}*|обсужда\p{L}*|подписа\p{L}*|сопредседательствова\p{L}*|переговор\p{L}*|бесед\p{L}*|консультаци\p{L}*|аудиенци\p{L}*(?=\s+у\s)|принят\p{L}*|принял[аи]?|прим[еу]т|провел\p{L}*|провёл\p{L}*|совместно(?=\s+со?\s)|нан(?:ес|ёс|ос|ест)\p{L}*\s+визит\p{L}*)(?!\p{L})/iu;
// A meal with the hosts is a meeting with them: "A ile B'nin katılacağı bir çalışma yemeği"; so is
// an exchange of views ("fikir alışverişinde bulundu", "istişarelerde bulundu"); so is hosting
// the guests ("A heyeti ağırladı"), and a talk ("A ile sohbet etti"), and a meeting held with
// one ("A ve dernek üyeleriyle bir toplantı yapıldı").
const TR_MEETING =
  /(?:görüş\p{L}*|bir araya|kabul (?:et|ed)\p{L}*|karşıla\p{L}*|ağırla\p{L}*|ziyaret (?:et|ed)\p{L}*|buluş\p{L}*|sohbet (?:et|ed)\p{L}*|eş başkanlı\p{L}*|imzala\p{L}*|bekleniyor|planlanıyor|yer alıyor|temas\p{L}*|fikir alışveriş\p{L}*|istişare\p{L}*|toplantı\s+(?:yapıl|düzenlen)\p{L}*|(?:sunum|brifing|bilgi)\s+(?:ver|yap|sun)\p{L}*|katılacağı\s+(?:bir\s+)?(?:çalışma\s+)?(?:yemeğ|yemek|kahvaltı))/u;
const TR_TELEPHONE = /(?<![\p{L}])telefon/u;
// Türkiye's side named before one who stood for it, his title between: "Türkiye adına Bakan
// Yardımcısı ".
const FOR_TURKEY_BEFORE = /(?<![\p{L}])(?:Türkiye|T\.C\.)\s+adına\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u;
// A Turkish clause ends with its verb, in small letters: "… yapacak", "… açtı"; a list's part
// ends with a name.
const CLOSED_BY_VERB = /\s\p{Ll}+\s*$/u;
// Those who come with the visitor or only attend are not met.
const NOT_MET =
  /(?:accompanied by|was joined by|\battended\b|took part|participated|(?:was|were) present|участие|присутствова|в составе|сопровожд|eşlik|hazır bulun|katıldı|heyette)/iu;
// Attending, as against coming with the visitor: a meeting told after it in the same sentence
// still names people met ("forumuna katıldı ve A ile görüştü", "attended X, where he met A").
const ATTENDED =
  /(?:\battended\b|took part|participated|участие|присутствова\p{L}*|hazır bulun\p{L}*|katıldı)/giu;
const COMPANIONS = /(?:accompanied by|was joined by|в составе|сопровожд|eşlik|heyette)/iu;
// A Russian release names the people met after "с", a passive ("был принят Президентом …") or
// "принял", "примет"; a name in the genitive before them ("переговоры Министра … Сергея Лаврова
// с …") is the visitor's.
const RU_MET_FROM = /(?:^|\s)(?:со?|принят\p{L}*|принял[аи]?|прим[еу]т|(?<=аудиенци\p{L}*\s)у)\s/u;
// Whoever grants an audience is named after «у», in the genitive: "аудиенции у короля A II".
const RU_AUDIENCE_BEFORE = /аудиенци\p{L}*\s+у\s+(?:\p{Ll}+\s+)*(?:\p{Lu}\p{L}*\s+){0,3}$/u;
// A Turkish subject is set off by a comma, before a date, a place or the rest of the clause
// ("Başkanı Abdullah Eren, Somali'de …"): the visitor, not someone met.
const TR_SUBJECT = /^,\s+(?:\d|\p{Ll}|\p{Lu}\p{Ll}*['’]\p{Ll})/u;
// Where the people of a Russian list end: the clause after them, or what was discussed.
const RU_LIST_END =
  /,\s*(?:с\s+)?(?:котор\p{L}*|где|в ходе|на котор\p{L}*)|\s(?:обсуди|обсужд|рассмотр|передал|вручил|отмети|подчеркну|в связи с)/u;
// Someone named for a message, a greeting or a memory is not met, nor someone quoted: "conveyed
// the greetings of President …", "recalling the words of A B", "от имени …", "selamlarını".
const NOT_MET_BEFORE =
  /(?:greetings|message|letter|invitation|regards|wishes|behalf|memory|legacy|late|name|words|quoting|citing)\s+(?:from\s+|of\s+)?(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+)*$|(?:от имени|послани\p{L}*|приветстви\p{L}*|памят\p{L}*)\s+(?:[\p{L}-]+\s+){0,6}$/u;
// What follows a Turkish name met: a case ending, "ile", "ve", a comma of a list, "tarafından";
// a genitive ending ("Erdoğan'ın selamlarını") or "başkanlığındaki" names someone else's role.
const TR_GENITIVE = /['’](?:n?[ıiuü]n)$/u;
// The genitive of one who will join a meal is its subject's, not someone else's role: "B'nin
// katılacağı bir çalışma yemeği".
const TR_JOINS_AFTER = /^\s+katılacağı\s/u;
const TR_LEADS = /^\s+(?:başkanlığ|liderliğ|önderliğ)/u;
// A place named after a person with its noun in small letters: "the Mirzo Ulugbek district".
const SMALL_PLACE_AFTER = /^\s+(\p{Ll}+)/u;
// Words joined by "ve" after a name may make it a body's name: "Recep Tayyip Erdoğan Eğitim ve
// Araştırma Hastanesi".
const AND = /^\s+(?:ve|and|и|&)\s+$/u;

export function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(/\S+/gu)) {
    let text = m[0];
    let index = m.index;
    const opened = /^[("«“'‘]/u.exec(text);
    if (opened) {
      text = text.slice(opened[0].length);
      index += opened[0].length;
      if (out.length > 0) out[out.length - 1]!.breaks = true;
    }
    let breaks = false;
    // An initial or an honorific keeps its full stop; a word's full stop ends the sentence.
    const closing = /[.,;:!?)»”"’–—]+$/u.exec(text);
    // "Ma." (Maria) before a small word of the name or an initial, or after a title, is inside
    // it: "Enrique Ma. delos Reyes", "Antonio Ma. S. A", "Governor Ma. Luisa A".
    const maria =
      text === 'Ma.' &&
      (new RegExp(`^${MARIA_AFTER}`, 'u').test(sentence.slice(m.index + 3)) ||
        new RegExp(`${MARIA_BEFORE}$`, 'u').test(sentence.slice(0, m.index)));
    const kept = INITIAL.test(text) || HONORIFIC.test(text) || SUFFIX.test(text) || maria;
    if (closing && !kept && !/^(?:II|III|IV|VI|VII|VIII)\.$/.test(text)) {
      const suffix = /^(?:Jr|Sr)\./.test(text.slice(0, closing.index + 1));
      text = text.slice(0, closing.index + (suffix ? 1 : 0));
      breaks = true;
    }
    // Initials written against the surname: "М.Рыженков" is "М." and "Рыженков".
    const glued = /^((?:\p{Lu}\.){1,3})(\p{Lu}\p{Ll}.*)$/u.exec(text);
    if (glued?.[1] && glued[2]) {
      out.push({
        text: glued[1],
        bare: glued[1],
        index,
        end: index + glued[1].length,
        breaks: false,
        cased: false,
      });
      index += glued[1].length;
      text = glued[2];
    }
    if (text === '') {
      if (out.length > 0) out[out.length - 1]!.breaks = true;
      continue;
    }
    // An honorific of two words is one word: "H. E.", "His Excellency".
    const prev = out.at(-1);
    const pair = prev && !prev.breaks ? sentence.slice(prev.index, index + text.length) : '';
    if (prev && HONORIFIC.test(pair)) {
      out[out.length - 1] = { ...prev, text: pair, bare: pair, end: prev.index + pair.length };
      if (breaks) out[out.length - 1]!.breaks = true;
      continue;
    }
    // A patronymic word keeps its apostrophes: "o'g'li" has no case ending; nor has one inside a
    // name ("M'barek").
    const bare = PATRONYMIC.test(text) ? text : withoutCaseEnding(text);
    const cased = bare !== text && /\p{L}['’]\p{Ll}+$/u.test(text);
    out.push({ text, bare, index, end: index + text.length, breaks: breaks || cased, cased });
  }
  return out;
}

function isCapital(word: string): boolean {
  return /^\p{Lu}/u.test(word) || ARTICLED.test(word);
}

function isPlace(word: string): boolean {
  const lower = word.toLocaleLowerCase('tr');
  return PLACE_STEMS.some((s) => lower.startsWith(s));
}

/** Whether a word is the kind of a place or a body, whole: "Mosque", "Palaces", "Systems". */
function englishPlaceKind(word: string): boolean {
  const lower = word.toLowerCase();
  return PLACE_STEMS.some((s) => lower === s || lower === `${s}s` || lower === `${s}es`);
}

/**
 * Whether a word names something other than a person: place, country, body, title, month. With
 * `english`, by the words of English releases alone, not the Russian and Turkish ones.
 */
export function vocabulary(word: string, english = false): boolean {
  if (HONORIFIC.test(word) || FUNCTION_WORD.test(word.replace(/\.$/, ''))) return true;
  if (MONTH_WORD.test(word) || WEEKDAY.test(word)) return true;
  // In English a place's kind is a word of its own: "Caminada" is no "cami" (a mosque).
  if (english ? englishPlaceKind(word) : isPlace(word)) return true;
  if (ROYAL.test(word.toLocaleLowerCase('tr'))) return true;
  if (ARTICLED.test(word)) return false;
  // A family name written in capitals, as Japan and Korea write them in English ("YAMADA Keiko"),
  // is no acronym.
  if (/^[A-Z]{3,}$/.test(word) && nameKind(word).family) return false;
  if (english && /^\p{Lu}{2,}$/u.test(word)) return true;
  return englishVocabulary(word) || (!english && foreignVocabulary(word));
}

function isAnchor(word: string): boolean {
  const kind = nameKind(word);
  return kind.given || kind.family || surnameShape(word);
}

/** The first letters of a word's Latin skeletons, in each nominative it may have. */
/**
 * A word's keys in every script: their first four letters, or whole with `whole`. Every ending
 * after an apostrophe is left out, so that "Ng'eno'o" and "Ng'eno" are one surname.
 */
function wordKeys(word: string, whole = false): string[] {
  return russianNominatives(word.replace(/(?:['’]\p{Ll}*)+$/u, ''))
    .flatMap((w) => latinKeys(w))
    .map((k) => (whole ? k.replace(/\s/g, '') : k.replace(/\s/g, '').slice(0, 4)))
    .filter((k) => k.length >= 2);
}

function surnameKeys(name: string, whole = false): string[] {
  return wordKeys(surnameWord(name), whole);
}

function surnameWord(name: string): string {
  const words = name
    .trim()
    .split(/[\s.]+/)
    .filter(
      (w) => w.length > 1 && !SUFFIX.test(w) && !PATRONYMIC.test(w) && !/^(?:Jr|Sr)$/.test(w),
    );
  return words.at(-1) ?? '';
}

// The suffix of a Slavic surname written in Cyrillic, in any of its cases: "-ич" ("Петрович",
// "Петровичем") or "-ов" ("Петрова", "Петровой"). Two surnames of one stem and of different
// suffixes are two families': "Анна Петрова" is not "Зоран Петрович".
const SLAVIC_ICH = /[оеё]вич(?:а|у|ем|ом|е)?$/u;
const SLAVIC_OV = /[оеё]в(?:а|ы|у|ой|ою|ым|ом|е)?$/u;
function slavicSuffix(word: string): string | null {
  return SLAVIC_ICH.test(word) ? 'ич' : SLAVIC_OV.test(word) ? 'ов' : null;
}

/** Runs of capitalised words, with the particles between them. */
export function runs(words: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    // A particle cannot end a run: "… Abdullah bin" leaves "bin" out; a patronymic word after
    // two names ends it: "Temirbek Asanbek uulu".
    const patronymic = (): boolean =>
      PATRONYMIC.test(run.at(-1)!.text) && core(run.slice(0, -1)).length >= 2;
    while (run.length > 0 && PARTICLE.test(run.at(-1)!.text) && !patronymic()) run.pop();
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (const t of words) {
    const joins = isCapital(t.text) || (run.length > 0 && (nameMark(t) || INITIAL.test(t.text)));
    if (!joins) close();
    else run.push(t);
    if (t.breaks) close();
  }
  close();
  return out;
}

/** A word inside a name that is none of its names: a particle, a suffix, a monarch's number. */
export function nameMark(t: Token): boolean {
  return PARTICLE.test(t.text) || SUFFIX.test(t.text) || REGNAL.test(t.text);
}

function core(words: readonly Token[]): Token[] {
  return words.filter((t) => !nameMark(t));
}

/**
 * A monarch named by one given name and a number: "Abdullah II", "II. Abdullah", "Абдаллой II".
 * After a royal style ("King", "Kral", "Королём") the one name need be in no list.
 */
function regnal(words: readonly Token[], styled = false): boolean {
  const named = core(words);
  return (
    named.length === 1 &&
    words.some((t) => REGNAL.test(t.text)) &&
    (styled || nameKind(named[0]!.bare).given)
  );
}

function royalStyle(word: Token | undefined): boolean {
  return (
    word !== undefined &&
    (ROYAL.test(word.bare.toLocaleLowerCase('tr')) || /^(?:King|Queen)$/.test(word.bare))
  );
}

// The head of a Turkish title, in its possessive, and the honorifics that stand right before a
// name: "Rektörü", "Genel Sekreteri", "Bakanı", "Prof. Dr.".
const TR_TITLE_HEAD =
  /^(?:bakan|başbakan|başkan|cumhurbaşkan|sekreter|rektör|müdür|büyükelçi|vali|voyvoda|direktör|yardımcı|vekil|komiser|temsilci)\p{L}*[ıiuü]$/u;

function titleHead(word: Token | undefined): boolean {
  return (
    word !== undefined &&
    (HONORIFIC.test(word.text) || TR_TITLE_HEAD.test(word.bare.toLocaleLowerCase('tr')))
  );
}

/**
 * The person a run of capitalised words ends with, or null: its words and where they start.
 * `byPosition`: words in no list count as a name when a title's head stands right before them.
 */
function nameInRun(
  run: readonly Token[],
  language: ReleaseLanguage,
  byPosition = false,
): Token[] | null {
  // A place or body after the name ("Qaboos Grand Mosque", "Aliyev Center") makes it no person.
  let start = run.length;
  while (start > 0) {
    const t = run[start - 1]!;
    // "Sheikh" between a given name and the rest is part of a Somali name: "Hasan Şeyh Mahmud".
    const sheikh =
      /^(?:Sheikh|Şeyh|Шейх)$/u.test(t.bare) &&
      start < run.length &&
      start >= 2 &&
      nameKind(run[start - 2]!.bare).given;
    // A word after a particle is part of the name, a courtesy word too: "Rosli bin Haji Kamal".
    const linked = start >= 2 && start < run.length && PARTICLE.test(run[start - 2]!.text);
    // An honorific is never inside a name, though "H.E." is written like initials.
    const inside =
      sheikh || linked || (!HONORIFIC.test(t.text) && (nameMark(t) || INITIAL.test(t.text)));
    if (!inside && vocabulary(t.bare)) break;
    start -= 1;
  }
  let words = run.slice(start);
  while (words.length > 0 && PARTICLE.test(words[0]!.text)) words = words.slice(1);
  // A Turkish title's head takes the possessive ("Ataşesi", "Başdanışmanı"): a first word in it
  // that is no name is the end of a title the vocabulary does not know.
  while (
    language === 'tr' &&
    core(words).length > 2 &&
    /(?:s[ıiuü]|[^aeıioöuü][ıiuü])$/u.test(words[0]!.bare) &&
    !isAnchor(words[0]!.bare)
  )
    words = words.slice(1);
  // More than four words with no vocabulary among them: the name starts at its first known name.
  if (core(words).length > 4) {
    const from = words.findIndex(
      (t, i) =>
        (nameKind(t.bare).given || nameKind(t.bare).family) && core(words.slice(i)).length <= 4,
    );
    if (from < 0) return null;
    words = words.slice(from);
  }
  const named = core(words);
  if (regnal(words, royalStyle(run[start - 1]))) return words;
  if (named.length < 2 || named.every((t) => INITIAL.test(t.text))) return null;
  if (INITIAL.test(named.at(-1)!.text)) return null;
  if (byPosition)
    return titleHead(run[run.indexOf(words[0]!) - 1]) && named.length <= 3 ? words : null;
  if (!named.some((t) => !INITIAL.test(t.text) && isAnchor(t.bare))) return null;
  return words;
}

/** What stands before a name in its clause: its title, and the body or country of it. */
function roleBefore(sentence: string, from: number, at: number, language: ReleaseLanguage): string {
  const before = sentence.slice(from, at).replace(/[\s,–—-]+$/u, '');
  // A Turkish title may join its parts with commas and "ve" ("Yatırım, Sanayi ve Ticaret
  // Bakanı"): its capitalised words up to the name are the title.
  if (language === 'tr')
    return turkishTitle(
      before
        .split(/[;:]|\sile\s/u)
        .pop()!
        .trim(),
    );
  // The last place where the clause opens, but not an "and" inside what a title is of: "the
  // Minister of Energy and Infrastructure of X, A B".
  const cut = [
    ...before.matchAll(
      /[;:]|,\s+(?:and|а также|и)\s|\s(?:and|with|by|и|с|со|а также)\s|,\s(?=\p{Ll})/gu,
    ),
  ]
    .filter(
      (m) =>
        (m[0] !== ' and ' ||
          !inTitleField(before.slice(0, m.index), before.slice(m.index + m[0].length))) &&
        (m[0] !== ' и ' ||
          !RU_FIELD_BEFORE_AND.test(before.slice(0, m.index)) ||
          !RU_FIELD_AFTER_AND.test(before.slice(m.index + m[0].length))),
    )
    .at(-1);
  return (cut ? before.slice(cut.index + cut[0].length) : before).trim();
}

// A Russian title's field joins its parts by "и", each in the genitive, small words with no
// noun in the instrumental of an office among them: "министром сельского хозяйства и
// продовольственной политики A B", "министром финансов и экономики C D"; not a second person's
// office: "министром культуры и директором музея".
const RU_FIELD_BEFORE_AND = /\s\p{Ll}+(?<!ом|ем|ём|ой|ей|ью|ым|им|ами|ями)$/u;
const RU_FIELD_AFTER_AND = /^(?:\p{Ll}+(?:ой|ого|его|ых|их)\s+)*\p{Ll}+(?:[иыая]|ов|ев)(?=\s)/u;

// A title's field up to an "and", capitalised words after "of" or "for": "Minister of Energy".
const FIELD_BEFORE_AND = /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+)*\p{Lu}[\p{L}-]*$/u;

/**
 * Whether an " and " joins two parts of what a title is of: capitalised words after "of" or
 * "for" before it, and after it a capitalised word that opens no title and is no honorific
 * ("… of Energy and Infrastructure of X, A B"; not "… of Energy and Deputy Minister C D").
 */
function inTitleField(before: string, after: string): boolean {
  const word = /^\p{Lu}[\p{L}-]*/u.exec(after)?.[0];
  return (
    word !== undefined &&
    FIELD_BEFORE_AND.test(before) &&
    !TITLE_WORD.test(word) &&
    !HONORIFIC.test(word) &&
    !/^(?:H|E|Mr|Mrs|Ms|Dr|Prof|Hon|Eng)$/u.test(word)
  );
}

export interface CandidateOptions {
  language: ReleaseLanguage;
  /** The visitor, by any name the release gives: never a counterpart. */
  visitors: readonly (string | null)[];
  /** People the rules already found in this sentence or before it. */
  found: readonly string[];
  /** An item of a list that a meeting sentence opens ("He held meetings in Astana:"). */
  listItem?: boolean;
}

/** Whether a paragraph opens a list of people met: it tells of a meeting and ends with a colon. */
export function opensMeetingList(paragraph: string): boolean {
  return (
    /:$/.test(paragraph) && [EN_MEETING, RU_MEETING, TR_MEETING].some((re) => re.test(paragraph))
  );
}

/** Whether a sentence tells of a meeting in words this finder knows, and where its people may be. */
function meetingRegions(
  sentence: string,
  language: ReleaseLanguage,
): Array<[number, number]> | null {
  if (COMPANIONS.test(sentence)) return null;
  if (NOT_MET.test(sentence)) {
    // The people met stand after the last word of attending, and only if a meeting is told there.
    const attended = [...sentence.matchAll(ATTENDED)].at(-1);
    if (!attended) return null;
    const from = attended.index + attended[0].length;
    const rest = meetingRegions(sentence.slice(from), language);
    return rest?.map(([start, end]) => [from + start, from + end]) ?? null;
  }
  if (language === 'en') {
    const m = EN_MEETING.exec(sentence);
    if (!m) return null;
    const start = m.index + m[0].length;
    return listSpans(sentence.slice(start)).map(([from, to]) => [start + from, start + to]);
  }
  // A call by telephone is no meeting ("A ile telefonda görüştü", "провёл телефонный разговор с
  // A"): the rules read whoever else such a sentence names met.
  // A last clause after a semicolon that tells of no meeting is a statement of its own ("… ziyaret
  // etti; kuşatmada orduya A B komuta etmişti"): no one it names was met. So is a clause closed by
  // its verb before the semicolon, when only the last tells a meeting: "… konuşmalarını A B ile C
  // D yapacak; kongreye binlerce kişinin katılması bekleniyor".
  if (language === 'tr') {
    if (!TR_MEETING.test(sentence) || TR_TELEPHONE.test(sentence)) return null;
    const semicolon = sentence.lastIndexOf(';');
    const own = semicolon >= 0 && !TR_MEETING.test(sentence.slice(semicolon));
    const before = sentence.slice(0, Math.max(semicolon, 0));
    if (semicolon >= 0 && !own && !TR_MEETING.test(before) && CLOSED_BY_VERB.test(before))
      return [[semicolon + 1, sentence.length]];
    return [[0, own ? semicolon : sentence.length]];
  }
  const m = [...sentence.matchAll(new RegExp(RU_MEETING.source, 'giu'))].find(
    (w) => !telephoneCall(sentence, w.index, w[0]),
  );
  if (!m) return null;
  const after = RU_MET_FROM.exec(sentence.slice(m.index));
  if (!after) return null;
  const start = m.index + after.index + after[0].length;
  const end = RU_LIST_END.exec(sentence.slice(start));
  return [[start, end ? start + end.index : sentence.length]];
}

// A title's last word and "of", with the capitalised words of a body's name and its own "of"
// between it and the end: "Chairman of the ", "Chairman of the Mejlis of the ".
const OF_BODY_BEFORE =
  /(\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+)+of\s+(?:the\s+)?)*$/u;
const QUALIFIED_NOUN_AFTER = new RegExp(
  '^\\s+(?:languages?|dialects?|script|alphabet|journalists|teachers|students|pupils|children|' +
    'women|men|youth|elders|leaders|activists|farmers|herders|artists|writers|poets|scholars|' +
    'historians|musicians|weavers|craftsmen|craftswomen|entrepreneurs|families|communities|' +
    'diaspora|refugees|veterans|clergy|imams|volunteers)(?![\\p{L}])',
  'u',
);

/** The people a meeting sentence names that the rules did not find, by what their names are. */
// The kind of ship before its name, with the navy's prefix or a quotation mark between.
const SHIP_BEFORE_ANY =
  /(?:\b(?:frigate|corvette|destroyer|submarine|ship|vessel|cruiser)|(?<!\p{L})(?:фрегат|корвет|эсминц|подводн\p{L}*\s+лодк|корабл|судн)\p{L}*)\s+(?:\p{Lu}{2,4}\s+)?[«"“]?$/u;
// The kind of ship after its name, in Turkish: "KRI A B fırkateynini", "… gemisini".
const SHIP_AFTER_TR = /^(?:['’]\p{L}+)?\s+(?:fırkateyn|gemi|korvet|denizaltı|muhrip|hücumbot)/u;

/**
 * The title set off by a comma after a name with none before it, at the end of an English
 * sentence or clause, as a match whose first group is the title: "… was signed with A B, Chair
 * of the Board of X.".
 */
function titleAfter(rest: string): RegExpExecArray | null {
  const m = /^,\s+((?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)[^,;]*?)\.?(?=[,;]|$)/u.exec(
    rest,
  );
  return m && TITLE_WORD.test(m[2] ?? '') ? m : null;
}

/**
 * A body's short name in the genitive before a Russian name of two words ("заместителем
 * руководителя Росавиации Ниной Ткач"): a first word in "-а", "-я", "-и", "-ы" that is no given
 * name, before one that is, belongs to the title.
 */
function bodyInGenitiveFirst(read: readonly Token[]): boolean {
  const [first, second] = read;
  return (
    read.length === 3 &&
    first !== undefined &&
    second !== undefined &&
    /^\p{Lu}\p{Ll}{3,}[аяиы]$/u.test(first.bare) &&
    !nameKind(first.bare).given &&
    nameKind(second.bare).given
  );
}

export function nameCandidates(sentence: string, options: CandidateOptions): NameMention[] {
  const regions: Array<[number, number]> | null = options.listItem
    ? NOT_MET.test(sentence)
      ? null
      : [[0, sentence.length]]
    : meetingRegions(sentence, options.language);
  if (regions === null) return [];
  const skipped = [...options.visitors, ...options.found].filter((n): n is string => Boolean(n));
  // Each surname's keys, with the suffixes of the surnames that have them.
  const skip = new Map<string, Array<string | null>>();
  for (const n of skipped) {
    const word = surnameWord(n);
    for (const key of wordKeys(word)) skip.set(key, [...(skip.get(key) ?? []), slavicSuffix(word)]);
  }
  const skipSurname = (word: string): boolean => {
    const own = slavicSuffix(word);
    return wordKeys(word).some((key) =>
      (skip.get(key) ?? []).some((suffix) => own === null || suffix === null || suffix === own),
    );
  };
  const skipWhole = new Set(skipped.flatMap((n) => surnameKeys(n, true)));
  const out: NameMention[] = [];
  let from = regions[0]![0];
  const sentenceTokens = tokens(sentence);
  const all = regions.flatMap(([start, end]) =>
    runs(sentenceTokens.filter((t) => t.index >= start && t.end <= end)),
  );
  for (const [i, run] of all.entries()) {
    // A Turkish name in no list is one by its place: after a title's head, and ended by a case
    // ending or "ile" ("Rektörü Prof. Dr. A B C'yle", "Genel Sekreteri A B ile").
    const positioned = (): Token[] | null => {
      if (options.language !== 'tr') return null;
      const found = nameInRun(run, options.language, true);
      const end = found?.at(-1);
      return end && (end.cased || /^\s+ile\s/u.test(sentence.slice(end.end))) ? found : null;
    };
    const read = nameInRun(run, options.language) ?? positioned();
    if (!read) continue;
    // The one word after "города", "city of" is the place's name: "… города Хошимин Нгуен Ван Дыок".
    const words =
      (read.length > 2 && PLACE_NOUN_BEFORE.test(sentence.slice(0, read[0]!.index))) ||
      (options.language === 'ru' && bodyInGenitiveFirst(read)) ||
      (read.length > 2 && placeAfterIn(sentence.slice(0, read[0]!.index), read[0]!.bare))
        ? read.slice(1)
        : read;
    const first = words[0]!;
    const last = words.at(-1)!;
    if (NAMED_AFTER.test(sentence.slice(0, first.index))) continue;
    // One a tomb, a statue or a shrine honours is no one met, whatever meeting the sentence tells
    // of: "Before the meeting she laid a wreath at the mausoleum of A B C".
    if (options.language === 'en' && COMMEMORATED.test(sentence.slice(0, first.index))) continue;
    // A building named by its noun and a name in the genitive names no one: "от Центра A B".
    const run0 = words.map((t) => t.bare).join(' ');
    if (options.language === 'ru' && namedBuilding(run0, sentence.slice(0, first.index))) continue;
    // So does one a memorial, a street or a mosque is named after: "к мемориалу A B".
    if (options.language === 'ru' && namesPlace(sentence.slice(0, first.index), run0)) continue;
    // A saint's name in a body's name names no one: "Университета Святых Кирилла и Мефодия".
    if (options.language === 'ru' && words.length <= 2 && SAINT.test(first.bare)) continue;
    // A place named by its adjective in the genitive names no one: "святынях Восточного Ключа".
    if (options.language === 'ru' && placeByAdjective(run0)) continue;
    if (options.language === 'ru' && opensBodyName(last.bare, sentence.slice(last.end))) continue;
    const following = all[i + 1];
    if (
      options.language === 'ru' &&
      following &&
      bodysNamesake(
        words.map((t) => t.bare),
        sentence.slice(last.end, following[0]!.index),
        following.map((t) => t.bare),
      )
    )
      continue;
    // A name wholly in quotation marks is a place's, a ship's or a work's: "пункт пропуска «A B»".
    if (
      /[«"“„]$/u.test(sentence.slice(0, run[0]!.index)) &&
      /^[»"”]/u.test(sentence.slice(run.at(-1)!.index + run.at(-1)!.text.length))
    )
      continue;
    // A name in parentheses before a language's name is how that language writes the name before
    // it, no other person: "A B (C D in Frisian)", "(E in Welsh)".
    if (
      /\(\s*$/.test(sentence.slice(0, first.index)) &&
      OTHER_LANGUAGE_AFTER.test(sentence.slice(last.end))
    )
      continue;
    // A place named after a person: "the Prince A Business Park".
    if (
      options.language === 'en' &&
      (endsWithPlace(run.map((t) => t.text)) || PLACE_NOUN_AFTER.test(sentence.slice(last.end)))
    )
      continue;
    // So in Turkish, the place's kind last: "A B Arena", "A Bey Kütüphanesi'ni".
    if (options.language === 'tr' && TR_PLACE.test(run.at(-1)!.text.replace(/['’].*$/u, '')))
      continue;
    if (options.language === 'tr' && TR_MONUMENT_AFTER.test(sentence.slice(last.end))) continue;
    if (options.language === 'tr' && TR_HISTORY_AFTER.test(sentence.slice(last.end))) continue;
    if (options.language === 'tr' && trPlaceKindAfter(sentence, last.end)) continue;
    if (options.language === 'tr' && trMotionTo(sentence, last.end)) continue;
    // A ship is named after a person: "the frigate KRI A B", "фрегат «A B»", "KRI A B fırkateyni".
    if (
      SHIP_BEFORE_ANY.test(sentence.slice(0, first.index)) ||
      SHIP_AFTER_TR.test(sentence.slice(last.end))
    )
      continue;
    // Capitalised words straight after "in" or "near" are a place the gazetteer does not know
    // ("members of the community in Hai Phong", "a park near Bac Giang"), not a person.
    if (options.language === 'en' && PLACE_BEFORE_EN.test(sentence.slice(0, run[0]!.index)))
      continue;
    // Capitalised words between the parts of a title ("Secretary for Water, Coastal Resilience
    // and Fisheries, …") are one of its parts.
    if (
      options.language === 'en' &&
      inTitleList(sentence.slice(0, run[0]!.index), sentence.slice(run.at(-1)!.end))
    )
      continue;
    // So are capitalised words that end the title after a name: "A B, Managing Director of C D".
    if (
      options.language === 'en' &&
      endsTitleAfterName(sentence.slice(0, run[0]!.index), sentence.slice(run.at(-1)!.end))
    )
      continue;
    // Capitalised words that are the whole run straight after a title and "of" are the name of
    // the body or place it heads, in any language: "the Chair of Norska Skogsfolkets Riksförbund
    // – Metsäläiset, A B"; so after the body's own "of": "the Deputy Chairman of the Mejlis of
    // the Crimean Tatar People, A B".
    if (
      options.language === 'en' &&
      first === run[0] &&
      last === run.at(-1) &&
      TITLE_WORD.test(OF_BODY_BEFORE.exec(sentence.slice(0, first.index))?.[1] ?? '')
    )
      continue;
    // Capitalised words before a language or a group of people qualify it, naming no one: "the
    // Crimean Tatar language", "young Crimean Tatar journalists and teachers".
    if (options.language === 'en' && QUALIFIED_NOUN_AFTER.test(sentence.slice(last.end))) continue;
    const next = all[i + 1];
    const rest = sentence.slice(last.end);
    if (next && AND.test(sentence.slice(last.end, next[0]!.index)) && isPlace(next.at(-1)!.bare))
      continue;
    if (options.language === 'tr' && TR_SUBJECT.test(rest)) continue;
    // Capitalised words before a list of single words that commas and "ve" join, ended by a
    // title's head, are the title's first field: "Eyaleti Aile, Çocuk ve Entegrasyon Bakanı A".
    if (options.language === 'tr' && trTitleFieldsAfter(rest, words.map((t) => t.text).join(' ')))
      continue;
    // Capitalised words before a short name in brackets are a body's: "Kuzey Kereste Ofisi (KKO)".
    if (options.language !== 'en' && /^\s*\(\p{Lu}{2,}[\p{Lu}\d-]*\)/u.test(rest)) continue;
    // A run wholly in brackets after a place's or a building's name with its case ending is that
    // name in its own language: "Edebiyat Tapınağı'nı (Văn Miếu) gezdi".
    if (
      options.language === 'tr' &&
      BUILDING_BEFORE_BRACKETS.test(sentence.slice(0, run[0]!.index)) &&
      /^\s*\)/u.test(rest)
    )
      continue;
    // A name in brackets right after a name, spelt in the own language, is the same person's.
    if (
      (options.language === 'ru' || options.language === 'tr') &&
      ownSpelling(
        run.map((t) => t.text).join(' '),
        sentence.slice(0, run[0]!.index),
        sentence.slice(run.at(-1)!.end),
      )
    )
      continue;
    // In English a name wholly in brackets right after a name is the same person's, in the own
    // language's spelling or by a kunya: "Sheikh A B (Abu C)", "Professor A B C (D E F)".
    const previous = all[i - 1];
    if (
      options.language === 'en' &&
      previous &&
      /^\s*\(\s*$/u.test(sentence.slice(previous.at(-1)!.end, run[0]!.index)) &&
      /^\s*\)/u.test(rest) &&
      nameInRun(previous, options.language)?.at(-1) === previous.at(-1)
    )
      continue;
    // A run in the locative or the ablative is where, not whom: "Jogorku Keneş'teki görüşme".
    if (options.language === 'tr' && LOCATIVE.test(last.text)) continue;
    if (
      options.language === 'tr' &&
      ((TR_GENITIVE.test(last.text) && !TR_JOINS_AFTER.test(rest)) || TR_LEADS.test(rest))
    )
      continue;
    if (NOT_MET_BEFORE.test(sentence.slice(from, first.index))) continue;
    // Turkey's own envoy came with the Turkish visitor: "Türkiye'nin X Başkonsolosu A tarafından
    // karşılanan heyet".
    if (options.language === 'tr' && turkeysEnvoyBefore(sentence.slice(0, first.index))) continue;
    // So did one who stood for Türkiye where each side had its own: "Türkiye adına Bakan
    // Yardımcısı A, Gürcistan adına ise B".
    if (options.language === 'tr' && FOR_TURKEY_BEFORE.test(sentence.slice(0, first.index)))
      continue;
    if (
      options.language === 'ru' &&
      spokenOf(
        sentence.slice(0, first.index),
        words.map((t) => t.bare),
      )
    )
      continue;
    const small = last.cased ? null : SMALL_PLACE_AFTER.exec(rest);
    if (small?.[1] && isPlace(small[1])) continue;
    const named = core(words);
    // Someone the rules already read, or the visitor, by the surname or any word of the name
    // ("Genel Başkan Yılmaz"; a rule's "Abdel Malik bin Abdalla" of "… Abdalla al-Hinai").
    // The surname may differ in its ending (a case, a spelling); any other word of the name
    // must be that surname whole: "Asadjon Hocayev" is not "Şerzod Asadov".
    if (
      named.some((t, k) =>
        k === named.length - 1
          ? skipSurname(t.bare)
          : wordKeys(t.bare, true).some((key) => skipWhole.has(key)),
      )
    )
      continue;
    // So is one whose words open a name read in full by the rules: "Luiz Fernando" of "Luiz
    // Fernando do Nascimento", the rest joined by a particle the name finder does not know.
    const opening = named.map((t) => t.bare).join(' ');
    if (skipped.some((n) => n.startsWith(`${opening} `))) continue;
    // A number that ends the sentence keeps no full stop: "… Abdullah II." is "Abdullah II".
    const parts = words.map((t, k) =>
      k === words.length - 1 && REGNAL.test(t.bare) ? t.bare.replace(/\.$/, '') : t.bare,
    );
    if (options.language === 'ru' && russianGenitiveName(parts)) continue;
    // A monarch's one name in the instrumental: "Абдаллой II" → "Абдалла II".
    const royal =
      options.language === 'ru' && regnal(words, royalStyle(run[run.indexOf(first) - 1]));
    const audience =
      options.language === 'ru' && RU_AUDIENCE_BEFORE.test(sentence.slice(0, first.index));
    const name =
      options.language !== 'ru'
        ? parts.join(' ')
        : audience
          ? genitiveNominative(parts.join(' '))
          : royal
            ? nominativeName(
                parts.map((w) => w.replace(/([^аеёиоуыэюя])ой$/u, '$1а').replace(/ей$/u, 'я')),
              )
            : nominativeName(parts);
    // In a list the title may follow the name: "Aizhan Bekova, Deputy Minister of Energy".
    const before = roleBefore(sentence, from, first.index, options.language);
    // A Russian office that opens the sentence may have its capital from the sentence alone.
    const opens = options.language === 'ru' && before !== '' && sentence.startsWith(before);
    const role = audience
      ? genitiveTitleHead(before.replace(/^.*\sу\s+/su, ''))
      : opens
        ? sentenceCapital(before, 0)
        : before;
    const after =
      options.listItem && role === ''
        ? /^\s*[,–—]\s*([^,;]+)/u.exec(rest)
        : options.language === 'en' &&
            (!/\p{Lu}/u.test(role) || (!TITLE_WORD.test(role) && !ORG_WORD.test(role)))
          ? titleAfter(rest)
          : null;
    // A title and its body may stand in parentheses after the name, whatever stands before it:
    // "with Professor A B (Vice-Chancellor, University of X)".
    const bracketed = options.language === 'en' ? titleAndBodyAfter(rest) : null;
    out.push({
      name,
      role: bracketed?.role ?? after?.[1]?.trim() ?? role,
      ...(bracketed ? { body: bracketed.body } : {}),
      index: first.index,
      end: last.index + last.bare.length,
    });
    from = last.end;
  }
  return out;
}
