import { DOTTED_STYLE, MARIA_AFTER, MARIA_BEFORE } from './nameWords.js';
import { isPlaceName } from './gazetteer.js';
import { FIELD_WORD, ORG_WORD, TITLE_WORD } from './roles.js';
import { findDates } from './pressDates.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  uuml: 'ü',
  Uuml: 'Ü',
  ouml: 'ö',
  Ouml: 'Ö',
  auml: 'ä',
  eacute: 'é',
  ccedil: 'ç',
  iacute: 'í',
};

/** The text of an HTML page: block tags become paragraph breaks, other tags disappear. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|section|article|header)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(
      /&([a-z]+);/gi,
      (m, name: string) => ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? m,
    );
}

// The letters of an office or an honour that follow a name, in Britain and the Commonwealth, with
// a comma before them or not: "the Hon. A B MP", "C D OBE, MP, Minister for X", "E F, MHA,".
// Those of the Isle of Man's legislature are among them: a member of the House of Keys (MHK), of
// the Legislative Council (MLC, as in Australia's states), the Speaker of the Keys (SHK); so are
// those of a member of Ireland's Dáil, a Teachta Dála (TD): "the Minister of State, A Nic B TD";
// and a Jamaican's honours and a justice of the peace's: the Order of Jamaica (OJ), the Order of
// Distinction (CD, OD), "JP": "the Rev. Canon A B, CD, JP, the Custos of X".
// They are no part of the name nor of the title after it, and are left out.
const POST_NOMINALS =
  /(?<=\p{Lu}[\p{Ll}'’-]*\p{Ll})(?:,?\s(?:MP|MPP|MHA|MHR|MLA|MNA|MSP|MHK|MLC|SHK|TD|OBE|MBE|CBE|KBE|DBE|CMG|KCMG|GCMG|KC|QC|OJ|CD|OD|JP))+(?=\s*[,;.)]|\s+\p{Ll}|$)/gu;

// The academic degrees written after a name, each after a comma, as Indonesia writes them: "A B,
// S.H., M.H.", "C D, M.Si.", "E F, Ph.D.". Two short words or more, each of a capital and up to
// three small letters with a full stop. They are no part of the name and are left out, with what
// follows them: a comma, a small word, or the capital after a full stop that ends the sentence.
// The letters of a place or of a style after a comma are no degree: "Washington, D.C.", "H.E.".
// So are the Czech and Slovak degrees of a candidate and a doctor of science and of a doctor,
// written as one word, and the doctor's in English: "A B, CSc.", "C D, PhD., Director", "E F, PhD".
const DEGREE =
  '(?:(?!(?:D\\.C|U\\.S|U\\.K|U\\.N|E\\.U|H\\.E)\\.)(?:\\p{Lu}\\p{Ll}{0,3}\\.){2,3}|' +
  '(?:CSc|DrSc|PhD|ArtD|ThD)\\.?)';
const DEGREES = new RegExp(
  `(?<=\\p{Lu}[\\p{Ll}'’-]*\\p{Ll})((?:,\\s${DEGREE})+)` +
    `(?=(\\s*[,;)]|\\s+\\p{Ll}|\\s*$|\\s+["“(]?\\p{Lu}))`,
  'gu',
);

// The styles Polish writes short in small letters before a name, after its holder's office: a
// professor's, a doctor's and a habilitated doctor's, an engineer's, a master's, a physician's, a
// lawyer's, a priest's, a sea captain's ("kpt. ż.w.", of deep-sea navigation), a naval
// commander's and a colonel's: "Rektör Yardımcısı prof. dr hab. inż. A B", "Müdürü kpt. ż.w. C D".
// They are no part of the name nor of the title before it, and are left out.
const LOWER_CASE_STYLES =
  /(?<=\p{Lu}[\p{L}'’-]*\s)(?:(?:(?:prof|hab|inż|mgr|lek|mec|ks|kpt|kmdr|płk|ppłk)\.|dr|mgr|ż\.\s?w\.)\s+)+(?=\p{Lu}\p{Ll})/gu;
// Czech and Slovak write an academic's styles short before a name, one after another, the
// professor's, the associate professor's and the architect's in small letters among those of a
// degree: "prof. Ing. arch. A B", "Ing. arch. G H", "doc. PhDr. C D", "JUDr. E F". They are no
// part of the name, and are left out; "arch." alone ends a sentence: "under the arch. The …".
const CZECH_SLOVAK_STYLES =
  /(?<![\p{L}.])(?:(?:prof|doc|Ing|Mgr|MgA|Bc|BcA|PhDr|JUDr|MUDr|MVDr|RNDr|PaedDr|ThDr|PharmDr)\.\s+)*(?:(?:prof|doc|PhDr|JUDr|MUDr|MVDr|RNDr|PaedDr|ThDr|PharmDr)\.\s+|Ing\.\s+arch\.\s+)(?:(?:Ing|Mgr|MgA|Bc|BcA|arch)\.\s+)*(?=\p{Lu}\p{Ll})/gu;

// A woman's maiden name set off by commas after her name: "A B, née C, Director of X". It is no
// part of the name she goes by nor of her title, and is left out.
const MAIDEN_NAME =
  /(?<=\p{Lu}[\p{L}'’-]*\p{Ll}),\s+n[ée]e\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?=\s*[,;)])/gu;

// Dutch writes its styles short in small letters too, after the office, a comma or any word: a
// lawyer's, a graduate's, an engineer's and a woman's ("Minister of Finance, mr. A B", "the
// director, ir. C D", "drs. E F", "ing. G H", "mw. I J"). They are left out as well.
const DUTCH_LOWER_CASE_STYLES = /(?<![\p{L}.])(?:mr|mw|drs|ir|ing)\.\s+(?=\p{Lu}\p{Ll})/gu;

// A name's or a place's own form in Chinese, Japanese or Korean characters, in brackets after it
// as written in Latin letters: "Lin Mei-hua (林美華)", "the village of X (港口部落)". It is no
// title nor body of the person, and is left out.
const CJK_FORM =
  /(?<=\p{Lu}[\p{L}'’-]*\p{Ll})\s*[(（][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}・·\s]+[)）]/gu;

// A name's own form in a script other than the Cyrillic and the Latin, in brackets after it as
// written in Cyrillic letters: "Ашот Погосян (Աշոտ Պողոսյան)", "Никос Сотиру (Νίκος Σωτήρου)". It
// is the same person, no second one, and is left out.
const CYRILLIC_OTHER_SCRIPT_FORM =
  /(?<=\p{Script=Cyrillic})\s*\((?=[^()]*\p{L})[^()\p{Script=Cyrillic}\p{Script=Latin}\d]+\)/gu;

// A body's own name in Latin letters, of two words or more, in brackets after its name in
// Russian: after the quotes that close that name ("фонда «Северная речь» (Pohjoinen Puhe
// Säätiö)") or after a body's noun in small letters ("Латгальского общества (Latgales
// Biedriba)"). A person's own spelling follows his name, which is capitalised; this is no person
// and no part of the body's name, and is left out.
const CYRILLIC_BODY_LATIN_NAME =
  /(?<=»|(?<![\p{L}-])[а-яё]+)\s*\(\p{Lu}[\p{Script=Latin}'’.-]*(?:\s+[\p{Script=Latin}'’.&-]+){1,6}\)/gu;

// A name's own form in the Cyrillic letters of its language, in brackets after the Russian one: a
// Kyrgyz, Kazakh, Tajik or Belarusian spelling, told by a letter Russian does not have: "Гульзат
// Осмон кызы (Гүлзат Осмон кызы)", "Омурбек Сыдыков (Өмүрбек Сыдыков)". It is the same person, and
// the office after the bracket belongs to the next name.
const CYRILLIC_LOCAL_FORM =
  /(?<=\p{Script=Cyrillic})\s*\((?=[^()]*[ҮүӨөҢңҰұҚқӘәҒғҺһІіЎўҲҳҶҷӢӣӮӯ])(?:\p{Lu}[\p{L}-]*|уулу|кызы|улы|ұлы|қызы|угли|кизи)(?:\s+(?:\p{Lu}[\p{L}-]*|уулу|кызы|улы|ұлы|қызы|угли|кизи)){0,3}\)/gu;

// A name's or a body's own form in another script than the Latin, in brackets after it, its
// language named before it at most: "A B (Борис Грабец)", "C D (in Rusyn: Міхал Дзурянін)", "the
// X Society (Русиньска оброда)". In a release written in Latin letters it is the same person or
// body, no second one nor a part of the title, and is left out.
const OTHER_SCRIPT_FORM =
  /(?<=\p{Script=Latin}[.'’]?)\s*\((?:in\s+\p{Lu}\p{Ll}+:\s*)?(?=[^()]*[^\P{L}\p{Script=Latin}])[^()\p{Script=Latin}\d]+\)/gu;

// A name's own form in the own language in Latin letters, the language named in the brackets:
// "Mayor A B (Dari Fornasin in Ladin)", "X (Udin in Friulian)", "C D (in Irish: Seán Ó Briain)".
// The language may be set off by a comma: "E F (in Aromanian, G H)".
const LANGUAGE_FORM =
  /(?<=\p{Lu}[\p{L}'’-]*)\s*\((?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+in\s+\p{Lu}\p{Ll}+|in\s+\p{Lu}\p{Ll}+[:,]\s*[^()]+)\)/gu;

// A person's other name, in brackets after a name of two words or more and before a title set
// off by a comma or a verb: a name in the own language ("A B (Kaalkáawu), President of X", "Mayor
// of Y C D (E F) welcomed …"), a clan's name. Each of its words opens with one capital, small
// letters after it; a short name ("(SITMo)"), a place ("(Kenya)") and a body's word ("(Foreign
// Office)") are no such name.
const OTHER_NAME_FORM = new RegExp(
  "\\s*\\((\\p{Lu}[\\p{Ll}\\p{M}'’.-]*\\p{Ll}(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’.-]*\\p{Ll}){0,2})\\)" +
    `(?=,\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${TITLE_WORD.source})|` +
    '\\s+(?:(?:also|then)\\s+)?(?:will\\s+\\p{Ll}+|\\p{Ll}+ed)\\s)',
  'gu',
);
// The capitalised words before the bracket, and the small word before them: "of X A B".
const NAME_BEFORE_FORM =
  /(?:(\p{Ll}+)\s+)?((?:\p{Lu}[\p{Ll}\p{M}'’.-]*\p{Ll}\s+)*\p{Lu}[\p{Ll}\p{M}'’.-]*\p{Ll})$/u;

/**
 * Whether the words before an other name in brackets are a person's name: two words at least
 * after any title's word among them ("X Tribal President A B C", not "Senior Chief A (B C)"), no
 * body's or field's word last; after "of", "the" or "for" they may open with a place, three
 * words at least ("Mayor of X A B"), else they end a body's name or a field ("the Bank of the
 * Kyrgyz Republic (A B)", "Vice Minister of Natural Resources (C D)").
 */
function nameBeforeForm(before: string): boolean {
  const m = NAME_BEFORE_FORM.exec(before);
  if (!m) return false;
  const words = (m[2] ?? '').split(/\s+/u);
  const titled = words.findLastIndex((w) => TITLE_WORD.test(w));
  const name = words.slice(titled + 1);
  const last = name.at(-1) ?? '';
  if (name.length < 2 || ORG_WORD.test(last) || FIELD_WORD.test(last)) return false;
  return titled >= 0 || !/^(?:of|the|for)$/u.test(m[1] ?? '') || name.length >= 3;
}

// A body's name in its own language, of two words or more, in brackets after the body's name in
// English that ends the title of someone named before it: "A B, President of the Lemko
// Association (Stowarzyszenie Łemków)". It is no person and no part of the body's name, and is
// left out; a short name in one word stays ("the X Agency (XA)"), and so does the name of the
// body's head after a title that names no one yet ("the Chair of the X Committee (A B)").
const BODY_OWN_NAME = /\s*\((\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,6})\)/gu;
const NAMED_HEAD_OF_BODY = new RegExp(
  "\\p{Lu}[\\p{L}'’-]*,\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+)*\\p{Lu}[\\p{L}-]*\\s+of\\s+" +
    "(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and|on|in)\\s+(?:the\\s+)?)?)*" +
    `(?:\\p{Lu}[\\p{L}'’-]*\\s+)?(?:${ORG_WORD.source})$`,
  'u',
);

// A Turkic name's other form, in brackets after the name as a Turkish release writes it: with its
// language or spelling named first ("A B (Tatarca: C D ulı E)", "F G (Azerbaycan yazımıyla H oğlu
// İ)", "J K (Tuvaca adıyla L)", "M N (resmî kayıtlarda O P)"), or with the father's name joined by
// "oğlu", "qızı", "ulı" ("Q R (S T qızı U)"). It is the same person, no second one, and is left
// out.
const PATRONYMIC_PARTICLE = '(?:oğlu|oglu|ogly|qızı|kızı|gızı|qizi|ulı|uly|uulu|qyzy|kyzy)';
const FORM_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]*\\p{Ll}";
const FORM_NAME = `${FORM_WORD}(?:\\s+(?:${PATRONYMIC_PARTICLE}\\s+)?${FORM_WORD}){0,3}`;
const TURKIC_OTHER_FORM = new RegExp(
  "(?<=\\p{Lu}[\\p{L}'’-]*\\p{Ll})\\s*\\((?:" +
    `(?:\\p{Lu}\\p{Ll}+[cç][ae](?:\\s+(?:adıyla|yazımıyla))?|(?:\\p{Lu}\\p{Ll}+\\s+)?(?:yazımıyla|adıyla)|` +
    `resm[iî]\\s+kayıtlarda):?\\s+${FORM_NAME}|` +
    `${FORM_WORD}(?:\\s+${FORM_WORD})?\\s+${PATRONYMIC_PARTICLE}\\s+${FORM_WORD})\\)`,
  'gu',
);

// A body's own name in English or French, in brackets after its name in Turkish: "X Dernekleri
// Konseyi (Council of X Associations) Başkanı A B". It is no person and is left out.
const TURKISH_BODY_OWN_NAME = new RegExp(
  '(?<=\\s(?:Konseyi|Derneği|Dernekleri|Federasyonu|Birliği|Vakfı|Cemiyeti|Kulübü|' +
    'Meclisi|Kurulu|Komitesi|Odası|Sendikası|Topluluğu|Örgütü|Merkezi|Enstitüsü|Akademisi))' +
    "\\s*\\((?:\\p{Lu}[\\p{L}'’-]*|of|for|the|and|de|du|des|la|le|et)" +
    "(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|for|the|and|de|du|des|la|le|et|d['’]\\p{Lu}[\\p{L}-]*))+\\)",
  'gu',
);

// A body's name in its own language, its Turkish name in brackets after it and its head's title
// after that: "Velmori Kertész-Egyesület (Velmor Bahçıvanlar Derneği) Başkanı A B". The own name
// is no person; the Turkish name stands for the body, as when the two are written the other way
// round.
const OWN_NAME_BEFORE_TURKISH_BODY = new RegExp(
  "(?<=^|[\\s,;:]\\p{Ll}[\\p{L}'’]*\\s|[,;:]\\s)(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}\\p{Lu}[\\p{L}'’.-]*" +
    "\\s*\\(((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,5}(?:Derneği|Dernekleri|Vakfı|Birliği|Cemiyeti|Kulübü|" +
    'Topluluğu|Federasyonu|Kurumu|Merkezi|Enstitüsü|Akademisi|Müzesi|Kütüphanesi))\\)' +
    '(?=\\s+(?:Başkanı|Başkan\\s+Yardımcısı|Genel\\s+Sekreteri|Müdürü|Direktörü|Sekreteri)(?!\\p{L}))',
  'gu',
);

// A title in the host's own language, in brackets after the same title in Turkish and before the
// name: "Belediye Meclisi Üyesi (conseiller municipal) A B", "Rektör Yardımcısı (Pro
// Vice-Chancellor) Prof. C D"; a remit in Turkish stays ("Yardımcısı (Gençlikten Sorumlu)"). The
// office's own name of one word, capitalised and spelt as Turkish spells it, is such a title too:
// "Valisi (Kaymakam) E F". It is no part of the title nor a body, and is left out.
const TURKISH_TITLE_OWN_FORM = new RegExp(
  '(?<=\\s(?:Başkanı|Üyesi|Yardımcısı|Rektörü|Müdürü|Sekreteri|Direktörü|Valisi|Temsilcisi))' +
    "\\s*\\((?:(?=[^()]*\\p{Ll})(?![^()]*[çğışöüİ])[\\p{Script=Latin}\\s'’.-]+|\\p{Lu}\\p{Ll}+)\\)" +
    '(?=\\s+\\p{Lu})',
  'gu',
);

// A title in the host's own language, in brackets after the same title in English, naming the
// same place, before the holder's name: "the Emir of X (Sarkin X), A B C", "the Governor of Y
// (Gubernur Y), D E". It is no person and no part of the title, and is left out.
const TITLE_OWN_FORM_OF_PLACE =
  /(?<=\bof\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*\p{Ll}))\s*\((?:\p{Lu}[\p{L}'’-]*\s+){1,3}\1\)(?=,\s+\p{Lu})/gu;

/** The own forms of names and bodies in brackets after them left out, in a text of Latin letters. */
function withoutOwnForms(text: string): string {
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (latin * 2 < letters) return text;
  return text
    .replace(OTHER_SCRIPT_FORM, '')
    .replace(LANGUAGE_FORM, '')
    .replace(TURKIC_OTHER_FORM, '')
    .replace(TURKISH_BODY_OWN_NAME, '')
    .replace(OWN_NAME_BEFORE_TURKISH_BODY, '$1')
    .replace(TURKISH_TITLE_OWN_FORM, '')
    .replace(TITLE_OWN_FORM_OF_PLACE, '')
    .replace(OTHER_NAME_FORM, (form: string, inner: string, at: number, whole: string) =>
      isPlaceName(inner) ||
      ORG_WORD.test(inner) ||
      !nameBeforeForm(whole.slice(Math.max(0, at - 120), at))
        ? form
        : '',
    )
    .replace(BODY_OWN_NAME, (form: string, _: string, at: number, whole: string) =>
      NAMED_HEAD_OF_BODY.test(whole.slice(Math.max(0, at - 160), at)) ? '' : form,
    );
}

/**
 * The degrees after a name left out. Before a capital their last full stop ends the sentence when
 * they are two or more ("A B, S.H., M.H. The …") or one with small letters ("C D, M.Si. The
 * …"); one of capitals alone may be a name's initials ("…, M.K. Sharma").
 */
function withoutDegrees(text: string): string {
  return text.replace(DEGREES, (chain: string, _: string, after: string) => {
    if (!/^\s+["“(]?\p{Lu}/u.test(after)) return /^\s*$/.test(after) ? '.' : '';
    const degrees = chain.split(/,\s/).filter((d) => d !== '');
    return degrees.length >= 2 || /\p{Ll}/u.test(degrees[0] ?? '') ? '.' : chain;
  });
}

/**
 * The text with the letters after a name left out ("A B MP" → "A B", "C D, M.Si." → "C D"),
 * before its capitals are read.
 */
export function withoutPostNominals(text: string): string {
  return withoutDegrees(text.replace(POST_NOMINALS, ''));
}

// A programme day's heading on its own line, a date and the place after a dash ("08.12.2026 Salı
// – Zomba", "Monday 7 December – Blantyre"), over the line of what was done there that day.
const PROGRAMME_DAY_LINE =
  /^([^\S\n]*(?=[^\n]{0,48}$)[^\n\d]{0,20}\d[\d./]*[^\n.:;!?]*?\s[–—-]\s+\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,2})[^\S\n]*(?=\n[^\S\n]*\p{Lu})/gmu;

// A programme written one item a line, each opening with its clock time ("09:30 Meeting with A B",
// "14.00 Visit to X"): each line is an item of its own and ends where the line does, a full stop
// or none; so does the line above the first item. Joined, the next item's words would read as the
// last name's title ("…, A B 11:00 Round table with …").
const CLOCK_LINE_START = '[^\\S\\n]*\\d{1,2}[:.]\\d{2}(?![.\\d])';
const BEFORE_CLOCK_LINE = new RegExp(`(?<=[^\\s.!?;:,])[^\\S\\n]*(?=\\n${CLOCK_LINE_START})`, 'gu');
const CLOCK_LINE_UNENDED = new RegExp(
  `^(${CLOCK_LINE_START}[^\\n]*?[^\\s.!?;:,])[^\\S\\n]*(?=\\n)`,
  'gmu',
);

/** The text with each line of a programme by the clock ended as a sentence. */
function withClockLinesEnded(text: string): string {
  return text.replace(CLOCK_LINE_UNENDED, '$1.').replace(BEFORE_CLOCK_LINE, '.');
}

/**
 * Paragraphs of the text, spaces tidied, the letters after a name and the small styles before it
 * left out, each kept once
 * (releases often repeat their lead).
 */
// A Muslim cleric's or a pilgrim's style written small between a given name and a surname, in
// any case: "Равиль хазрат Мухаметшин", "Айратом хазратом Сабитовым", "Ильяс хаджи Алиев". It is
// no part of the name, and is left out.
const RU_STYLE_INSIDE_NAME =
  /(?<=\p{Lu}\p{Ll}+\s)(?:хазрат(?:а|у|ом|е)?|хаджи|эфенди|афанди)\s+(?=\p{Lu}\p{Ll})/gu;

// A Buddhist head lama's rank, joined by a hyphen and with its style «Пандито» at most, after the
// name of the body he heads and before his own name, in any case: "главой сангхи России Пандито
// Хамбо-ламой A B". It is his style, no part of the name, and is left out; a rank that opens the
// title stays ("В среду Камбы-лама Республики A B принял …").
const RU_LAMA_STYLE_BEFORE_NAME =
  /(?<=\p{Lu}\p{Ll}+\s)(?:(?:Пандито|Бандидо)\s+)?\p{Lu}\p{Ll}+-лам(?:а|ы|е|у|ой)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/gu;

/** Whether a line is a full date alone, its year's word after it at most: "05.12.2026". */
function dateAlone(line: string): boolean {
  const bare = line.trim().replace(/\s*(?:г\.|года)$/u, '');
  const dates = findDates(bare);
  return (
    dates.length === 1 &&
    dates[0]?.text.trim() === bare &&
    dates[0].start.year !== null &&
    dates[0].start.day !== null &&
    !dates[0].end
  );
}

/**
 * The text with the day of issue alone on the last of the office's opening lines set apart as a
 * paragraph of its own, as a blank line before it would: "Harbour Union\nRegional Office\n
 * 05.12.2026". Joined to the office's name, it would read as the date of a heading. Under a
 * town it stays, the two lines the release's dateline.
 */
function withIssueDayApart(text: string): string {
  const first = /^\s*([^\n]+\n)+?(?=[^\S\n]*\n|$)/u.exec(text)?.[0] ?? '';
  const lines = first.trimEnd().split('\n');
  if (lines.length < 2 || !dateAlone(lines.at(-1) ?? '')) return text;
  // A town on the line before makes the two lines a dateline: "Phnom Penh\n8 July 2026".
  const above = (lines.at(-2) ?? '').trim();
  if (isPlaceName(above) || isPlaceName(above.split(',')[0] ?? '')) return text;
  const at = first.trimEnd().lastIndexOf('\n');
  return `${text.slice(0, at)}\n\n${text.slice(at + 1)}`;
}

export function paragraphs(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const own = withoutOwnForms(withIssueDayApart(text.normalize('NFC')));
  for (const raw of own.split(/\n\s*\n|\r\n\s*\r\n/)) {
    const para = withoutDegrees(
      withClockLinesEnded(raw)
        // The heading's place is where the day's line is, no part of a title opening it.
        .replace(PROGRAMME_DAY_LINE, '$1:')
        .replace(/\s+/g, ' ')
        .replace(POST_NOMINALS, '')
        .replace(CJK_FORM, '')
        .replace(CYRILLIC_OTHER_SCRIPT_FORM, '')
        .replace(CYRILLIC_LOCAL_FORM, '')
        .replace(CYRILLIC_BODY_LATIN_NAME, '')
        .replace(LOWER_CASE_STYLES, '')
        .replace(DUTCH_LOWER_CASE_STYLES, '')
        .replace(CZECH_SLOVAK_STYLES, '')
        .replace(MAIDEN_NAME, '')
        .replace(RU_STYLE_INSIDE_NAME, '')
        .replace(RU_LAMA_STYLE_BEFORE_NAME, ''),
    ).trim();
    if (para === '' || seen.has(para)) continue;
    seen.add(para);
    out.push(para);
  }
  return out;
}

// A full stop after these does not end a sentence: the short honorifics of nameWords ("Dr.",
// "Ir. A B", "Adv. C D", "Fr. E F", "Op. Dr. G H"), initials in any script, the two-letter
// initials of names written from Cyrillic ("Sh. Mirziyoyev", "Kh. Akhmedov"), the short forms of
// given names ("Md. A B", "Sk. A B"), the short forms of ranks ("Capt. A B", "Maj. Gen. C D", the
// Thai police's "Pol. Lt. Gen. E F") and a
// monarch's number that Turkish writes before the name ("Ürdün Kralı II. Abdullah"). "Jr." and
// "Sr." end a name, so a capital after them opens a sentence ("… A B Jr. The President …");
// where no capitalised word stands before it, "Sr." is a religious sister's style ("met Sr. A
// B"). "Ma.", the short form of Maria, opens a name where no capitalised word stands before it.
// A month written short keeps its day: "Nov. 30". The Batak "br." ("boru", a clan's daughter)
// stands inside a woman's name: "A br. B".
// prettier-ignore
const ABBREVIATIONS = new RegExp(
  `(?:(?<![\\p{L}.])(?:${DOTTED_STYLE}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|No|H\\.E|U\\.S|U\\.N|Amb|Gen|Capt|Col|Pol|Lt|Maj|Brig|Cdr|Cmdr|Adm|Cdre|Md|Mohd|Muhd|Sk|Abd|Sh|Ch|Zh|Kh|Ts|Gh|Dzh|Yu|Ya|Ye|Yo|г|гг|им|ул|Dz|Ş|Ç)|(?<![\\p{L}])\\p{Lu}|(?<![\\p{L}.]|\\p{Lu}[\\p{L}'’-]*\\s)(?:Ma|Sr)|(?<=\\p{Lu}[\\p{L}'’-]*\\s)br|(?<=(?:Kral|Kraliçe|Sultan|Emir|Prens|Şah|Papa)\\p{Ll}*\\s)(?:II|III|IV|VI|VII|VIII))\\.$`,
  'u',
);

/**
 * "Ma." (Maria) after another capitalised word, inside a Filipino name: after a title, or before a
 * middle initial ("Governor Ma. Luisa A", "Antonio Ma. S. A Jr."). Else it is a surname's end.
 */
function mariaInside(current: string, next: () => string): boolean {
  if (!/(?<![\p{L}])Ma\.$/u.test(current)) return false;
  return (
    new RegExp(`${MARIA_BEFORE}Ma\\.$`, 'u').test(current) ||
    new RegExp(`^${MARIA_AFTER}`, 'u').test(` ${next()}`)
  );
}

/** Sentences of a paragraph; a full stop after an initial or an honorific does not split. */
export function sentences(paragraph: string): string[] {
  const out: string[] = [];
  let current = '';
  // A sentence opens with a capital of any script: Cyrillic and Turkish ones too; a quotation
  // mark or an apostrophe may stand before it, as before a Sesotho name: "'Ma-".
  const pieces = paragraph.split(/(?<=[.!?])\s+(?=["“‘«('’]?[\p{Lu}0-9])/u);
  for (const [i, piece] of pieces.entries()) {
    current = current === '' ? piece : `${current} ${piece}`;
    if (
      !ABBREVIATIONS.test(current) &&
      !mariaInside(current, () => pieces.slice(i + 1, i + 3).join(' '))
    ) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

/**
 * A heading: a short line without a closing full stop, and without a sentence ended inside it
 * (a paragraph cut off mid-sentence is text, not a heading).
 */
/**
 * A closing stamp that ends in a Russian date, whose year's "г." is no full stop: «Пресс-служба
 * ведомства 11 сентября 2026 г.». The words before the date hold no verb («Визит состоится …»).
 */
function russianStamp(paragraph: string): boolean {
  const date = /\s*\d{1,2}\s+\p{Ll}+\s+\d{4}\s*г\.$/u.exec(paragraph);
  if (!date) return false;
  return paragraph
    .slice(0, date.index)
    .split(/\s+/)
    .every((w) => !/^\p{Ll}+(?:[еиуюаяё]т|л|ла|ли|ло|ся|сь)$/u.test(w));
}

export function isHeading(paragraph: string): boolean {
  return (
    paragraph.length < 200 &&
    (!/[.!?:;]["”]?$/.test(paragraph) || russianStamp(paragraph)) &&
    !/\p{Ll}[.!?]\s+\p{Lu}/u.test(paragraph) &&
    listItems(paragraph) === null
  );
}

// A line opening one side's list of those taking part: "Ruritanian side:", "The host delegation:".
export const SIDE_OPENING =
  /^(?:(?:On|From|For)\s+the\s+|The\s+)?(?:\p{L}[\p{L}'’-]*\s+){1,4}(?:side|delegation|party):$/u;
// The same in Russian, the side named by its adjective: «С болгарской стороны:», «С российской
// стороны:».
export const RU_SIDE_OPENING = /^Со?\s+\p{Ll}+(?:ой|ей)\s+стороны:$/u;
// A line of such a list: a name, a dash and the title ("A B – Minister of Trade").
const SIDE_LINE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,5})\s+[–—-]\s+(\p{Lu}.*)$/u;
// A Russian line gives the title in small letters, the name often with its surname in capitals,
// and closes on a semicolon or a full stop: «ИВАНОВА Анна Петровна — директор музея;».
const RU_SIDE_LINE =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+[–—-]\s+(\p{Ll}.*?)[;.]?$/u;
// A word of a name written in capitals, which the reader takes as a name is written: «ИВАНОВА».
const CAPITAL_NAME_WORD = /(?<![\p{L}])(\p{Lu})(\p{Lu}+)(?![\p{L}])/gu;

/**
 * A side's participants written one a line with no bullet, "A B – Minister of X" after the line
 * "Ruritanian side:", as a bulleted list whose items read "A B, Minister of X", in a paragraph of
 * its own after that line.
 */
export function withSideLists(text: string): string {
  return text
    .split(/(\n\s*\n)/)
    .map((block) => {
      const lines = block.trim().split(/\s*\n\s*/);
      const [opening, ...rest] = lines;
      const russian = opening !== undefined && RU_SIDE_OPENING.test(opening);
      if (!opening || !(russian || SIDE_OPENING.test(opening)) || rest.length < 1) return block;
      if (!russian && rest.length < 2) return block;
      const items = rest.map((line) => (russian ? RU_SIDE_LINE : SIDE_LINE).exec(line));
      if (items.some((m) => !m)) return block;
      const name = (words = '') =>
        russian
          ? words.replace(CAPITAL_NAME_WORD, (_, first: string, others: string) =>
              first.concat(others.toLocaleLowerCase('ru')),
            )
          : words;
      return `${opening}\n\n${items.map((m) => `• ${name(m?.[1])}, ${m?.[2]}`).join('\n')}`;
    })
    .join('');
}

/** The items of a bulleted or numbered list paragraph, or null when it is not a list. */
export function listItems(paragraph: string): string[] | null {
  if (!/^(?:[-•*–]|\d+[.)])\s/.test(paragraph)) return null;
  return paragraph
    .split(/(?:^|\s)(?:[-•*–]|\d+[.)])\s+/)
    .map((item) => item.replace(/[;,.]\s*$/, '').trim())
    .filter((item) => item !== '');
}
