import {
  foreignNames,
  genitiveBody,
  TR_ATTENDED,
  TR_OWN_SIDE,
  turkishTitle,
} from './foreignPeople.js';
import { cityCountry, countryCode } from './gazetteer.js';
import { MEETING_TRIGGER } from './meetingSentences.js';
import { HONORIFIC, HONOURABLE_BEFORE } from './nameWords.js';
import { COURTESY, findNames, isVocabulary, personKey, type NameMention } from './people.js';
import { TITLE_WORD } from './roles.js';

/** Someone a meeting sentence names only by title, whose name the next sentence may give. */
export interface UnnamedTitle {
  /** The title's head word, which stands before the name when it comes: "Governor", "Bakan". */
  head: string;
  /** The title as the meeting sentence gives it: "the Governor of the Far North Region". */
  role: string;
  /** The body whose leadership was met, when the sentence names it: "Национальный комитет …". */
  body?: string;
  /** A Turkish body called at, whose head the next sentence names by its noun: "Oda Başkanı". */
  calledAt?: boolean;
  /** A body only visited, whose head is met if the next sentence says he tells or shows. */
  visited?: boolean;
}

// A Turkish body called at with no one named, in the accusative: "… Ticaret ve Sanayi Odası'nı
// ziyaret etti", its short name in brackets after it ("… Kalkınma Kurulu'nu (RDB) ziyaret etti");
// or gone to, in the dative: "… Devlet Üniversitesi'ne de gidilecek", or its building or seat
// ("… Birliği (BDUB) binasına geçti", "… Odası genel merkezine gitti", "… Hastanesi'ne geçti"), or
// where the programme ended, in the locative: "Program, … Üniversitesi'nde sona erdi". Its head
// may be named next by the body's noun, in the genitive too, and an office: "Oda Başkanı A B, …",
// "Kurulun İcra Kurulu Başkanı A B, …", "Hastanenin Başhekimi Dr. A B, …", or by the body's whole
// name: "… Odası Başkanı A B".
const TR_BODY_CALLED_AT =
  /(?:^|\s)((?:\p{Lu}[\p{L}-]*\s+(?:ve\s+)?){1,5}(Odası|Ajansı|Enstitüsü|Üniversitesi|Bankası|Birliği|Merkezi|Kurumu|Kurulu|Otoritesi|Komisyonu|Akademisi|Fakültesi|Vakfı|Konseyi|Komitesi|Federasyonu|Derneği|Kütüphanesi|Arşivi|Müzesi|Fonu|Borsası|Hastanesi))(?:['’]n?[ıiuü](?:\s+\([^()]*\))?\s+(?:d[ae]\s+)?ziyaret\s+(?:etti|ed\p{L}+)|['’]n?[dt][ae]\s+sona\s+erdi|(?:['’][ny]?[ae]|(?:\s+\([^()]*\))?\s+(?:genel\s+)?(?:binasına|merkezine|yerleşkesine))(?:\s+\([^()]*\))?\s+(?:d[ae]\s+)?(?:git|gid|geç|uğra)\p{L}*)/u;
// A firm of one word called at, after a word in small letters: "… heyet Takasbank'ı ziyaret
// edecek". Its head is named next by its name and an office: "Takasbank Genel Müdürü A B".
const TR_FIRM_CALLED_AT =
  /(?:^|\p{Ll},?\s)(\p{Lu}\p{Ll}{2,})['’]n?[ıiuü]\s+(?:d[ae]\s+)?ziyaret\s+(?:etti|ed\p{L}+)/u;
// The offices that head a body, after its noun: "Başkanı", "Genel Müdürü", "Başkan Yardımcısı",
// "İcra Kurulu Başkanı".
const TR_BODY_OFFICE =
  '(?:Genel\\s+|Yönetim\\s+Kurulu\\s+|İcra\\s+Kurulu\\s+)?(?:Başkanı|Müdürü|Rektörü|Dekanı|Direktörü|Sekreteri|Başhekimi|(?:Başkan|Müdür|Rektör|Dekan)\\s+Yardımcısı)';
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// Turkish titles that receive someone with no name after them: "A'yı Bakan makamında kabul etti".
const TR_TITLE =
  /(?:^|\s)(Bakan|Başkan|Başbakan|Cumhurbaşkanı|Vali|Büyükelçi|Rektör|Müdür|Genel Sekreter|Kral|Emir)\s+(?:(?:makamında|sarayında|ofisinde|de|da)\s+)?(?:kabul (?:etti|ed\p{L}+)|ağırladı)/u;

// A Turkish title in its possessive met with no name after it: "Gana Merkez Bankası Başkanı ile
// görüştü", "… Hukuk Fakültesi Dekanı ile bir araya gelecek", "… Başkan Yardımcısı tarafından
// kabul edildi", or called on in the accusative: "Gana Tarım Bakanı'nı da makamında ziyaret etti". The capitalised words before "ile", "tarafından" or
// the accusative are the title, its head the last of them.
const TR_TITLE_MET =
  /((?:\p{Lu}[\p{L}-]*\s+)*?(Bakanı|Başkanı|Başbakanı|Cumhurbaşkanı|Valisi|Büyükelçisi|Rektörü|Dekanı|Müdürü|Sekreteri|Direktörü|Yardımcısı|Komiseri|Temsilcisi|Hükümdarı|Prensi|Komutanı|Müsteşarı))(?:\s+(?:ile\s+(?:[^\s,.;:]+\s+){0,3}?(?:görüş\p{L}*|bir araya)|tarafından\s+kabul\s+edil)|['’]n[ıiuü]\s+(?:d[ae]\s+)?(?:makamında\s+)?ziyaret\s+(?:etti|ed\p{L}+))/u;

// A Turkish office in small letters after the body that holds it, in the genitive, met with no
// name: "Pekin Üniversitesi Kütüphanesi'nin müdürüyle görüştü", "… Ajansı'nın genel müdürü ile bir
// araya geldi". The office is the body's, the head its last word.
const TR_OFFICE_OF_MET =
  /((?:\p{Lu}[\p{L}-]*\s+){0,5}\p{Lu}[\p{L}-]*)['’]n?[ıiuü]n\s+((?:genel\s+)?(?:müdür|başkan|rektör|dekan|direktör|sekreter)(?:ü|ı|i))(?:yle|\s+ile)\s+(?:[^\s,.;:]+\s+){0,3}?(?:görüş\p{L}*|bir araya)/u;

// A Russian title that ends the sentence after a passive or after "его принял", with no name:
// "… был принят Министром юстиции Хорватии.", "… где её принял Мэр города Сплит.".
const RU_TITLE_MET =
  /(?:^|\s)(?:(?:был[аи]?\s+)?принят[аы]?|(?:его|её|ее|их)\s+принял[аи]?)\s+((\p{Lu}[\p{L}-]*)(?:\s+[\p{L}-]+)*)\s*\.?$/u;

// The heads of a Russian title in small letters, in the instrumental: "министром", "комиссаром",
// "главнокомандующим" (an adjective made a noun), with "вице-" before it: "вице-канцлером".
const RU_TITLE_HEAD = String.raw`(?:вице-)?(?:заместител|министр|председател|президент|премьер|глав|директор|руководител|посл|губернатор|мэр|ректор|секретар|комиссар|начальник|командующ|главнокомандующ|управляющ|уполномоченн|канцлер|спикер)\p{L}*`;
// A Russian title in small letters that ends the sentence after "встретился с" or "встреча с",
// with no name: "… встретился с заместителем министра энергетики по водным ресурсам.",
// "Затем состоялась встреча с министром энергетики, транспорта и связи Республики Перу.", "…
// встреча с государственным секретарём Совета безопасности.". The body's own name in quotes may
// end it ("с президентом Фонда «Заречье»"), a possessive may stand before it ("встретилась с его
// председателем"), and it may be the last of those met, after "и с" ("… с министром A B и с
// президентом палаты."). A word in brackets may stand in the body's name: "… с руководителем
// Ассоциации крестьянских (фермерских) хозяйств.".
const RU_TITLE_WITH = new RegExp(
  String.raw`(?:^|\s)(?:встрет(?:ил(?:ся|ась|ись)|ится|ятся)|встреч[аиу]|переговоры|беседу|беседа|и)\s+со?\s+(?:(?:его|её|ее|их)\s+)?((?:\p{Ll}+(?:ым|им)\s+)*(${RU_TITLE_HEAD})(?:,?\s+(?:[\p{L}«»"„“”-]+|\([\p{L}\s-]+\)))*)\s*\.?$`,
  'u',
);
// The same title after a passive in any tense: "… будет принята президентом Тегеранского
// университета.", "… была принята главой администрации.".
const RU_TITLE_BY = new RegExp(
  String.raw`(?:^|\s)(?:(?:был[аи]?|будут?)\s+)?принят[аы]?\s+((?:\p{Ll}+(?:ым|им)\s+)*(${RU_TITLE_HEAD})(?:,?\s+(?:[\p{L}«»"„“”-]+|\([\p{L}\s-]+\)))*)\s*\.?$`,
  'u',
);
const RU_MEETING_BEFORE =
  /(?:встрет(?:ил(?:ся|ась|ись)|ится|ятся)|встреч[аиу]|переговоры|беседу|беседа)\s+со?\s/u;

// A body's leadership met with no one named, at the sentence's end: "… посетила Национальный
// комитет … и встретилась с его руководством.", "встреча с руководством агентства.". The next
// sentence may name its head by a title of its own: "Председатель комитета A B рассказал …".
const RU_LEADERSHIP_WITH =
  /(?:^|\s)(?:встрет(?:ил(?:ся|ась|ись)|ится|ятся)|встреч[аиу]|переговоры|беседу|беседа)\s+со?\s+(?:(?:его|её|ее|их)\s+)?руководством((?:\s+[\p{L}«»"„“”-]+){0,10})\s*\.?$/u;
// The body visited whose leadership, "его руководством", was met: "посетила Национальный
// комитет по стандартам и встретилась с его руководством".
const RU_LEADERSHIP_OF =
  /(?:^|\s)посети(?:л[аи]?|т|ят)\s+(\p{Lu}[^.;«»]*?)\s+и\s+(?:\p{Ll}+\s+)?(?:встретил(?:ся|ась|ись)|провел\p{L}*|провёл\p{L}*)[^.;]*?\s+(?:его|её|ее|их)\s+руководством/u;

// A body the visitors went to, which ends the sentence with no one named: "Затем гости посетили
// Удмуртский государственный университет.", "… посетила Федеральный центр нормирования,
// стандартизации и оценки соответствия в строительстве.". Its noun is an institution's, not a
// place's: a republic's or a city's head is named by rules of his own.
const RU_BODY_VISITED =
  /(?:^|\s)посети(?:л[аи]?|т|ят)\s+((?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{L}-]+(?:ый|ий|ой|ую|юю)\s+){0,3}(?:университет|институт|центр|музей|театр|библиотеку|академию|колледж|школу|лицей|гимназию|завод|фабрику|комбинат|парк|филармонию|консерваторию|больницу|госпиталь|клинику|лабораторию|технопарк|архив|галерею|заповедник|дворец|училище|техникум|агентство|фонд|комитет|предприятие|компанию)(?![\p{L}])[^.;«»]*?)\s*\.?$/u;
// What a clause set off after a body's name tells of it, a participle's or one on «который», is
// no part of the name: "театр имени A B, названный в честь композитора", "музей, основанный
// поэтом C D", "центр, который открылся в прошлом году".
const RU_TOLD_OF_BODY =
  /,\s+(?:котор\p{Ll}+|\p{Ll}+(?:нн|вш|щ)(?:ый|ий|ая|яя|ое|ее|ую|юю))(?![\p{L}])[^]*$/u;
// What the head of a body visited does for the guests, after his name: "рассказала о …",
// "провела для гостей экскурсию", "представил проект", "познакомил с …".
const RU_HEAD_ACTS =
  /^\s*(?:\p{Ll}+\s+)?(?:рассказал|представил|познакомил|ознакомил|провёл|провел|показал|продемонстрировал|встретил|приветствовал|презентовал|проинформировал)(?!\p{L}*ся)\p{L}*/u;

/**
 * A body's name in the accusative back to the nominative: a masculine or neuter one keeps its
 * form ("Национальный комитет"); a feminine one's adjectives in "-ую" and its noun in "-у"/"-ю"
 * take "-ая" and "-а"/"-я" ("Национальную академию наук" → "Национальная академия наук").
 */
function accusativeBody(body: string): string {
  const words = body.split(' ');
  let i = 0;
  while (/^\p{L}+(?:ую|юю)$/u.test(words[i] ?? '')) {
    words[i] = (words[i] ?? '').replace(/ую$/u, 'ая').replace(/юю$/u, 'яя');
    i += 1;
  }
  const noun = words[i] ?? '';
  if (i > 0 || /^\p{Lu}\p{Ll}+[ую]$/u.test(noun))
    words[i] = noun.replace(/ию$/u, 'ия').replace(/у$/u, 'а').replace(/ю$/u, 'я');
  return words.join(' ');
}

/** The head that stands for any title of a body's leadership, named by the next sentence. */
const LEADERSHIP = 'руководство';
// The titles that head a body, in the nominative, as the next sentence gives them; a deputy's
// with whose deputy he is ("первый заместитель директора").
const RU_LEADER_TITLE = String.raw`(?:[Пп]ерв(?:ый|ая)\s+)?(?:[Зз]аместитель(?:\s+(?:председателя|(?:генерального\s+)?директора|руководителя|главы|президента|ректора|начальника|управляющего))?|[Пп]редседатель|(?:[Гг]енеральный\s+)?[Дд]иректор|[Рр]уководитель|[Гг]лава|(?:[Вв]ице-)?(?:[Пп]резидент|[Рр]ектор|[Кк]анцлер)|[Пп]роректор|[Нн]ачальник|[Уу]правляющий|(?:[Гг]енеральный\s+|[Оо]тветственный\s+)?[Сс]екретарь)`;

// The host's title with no name among those who attended (TR_ATTENDED): "Görüşmeye Şili Su Ajansı
// Direktörü de katıldı"; the visitor's own side is named as TR_OWN_SIDE says.
const TR_TITLE_ONLY =
  /^(?:\p{Lu}[\p{L}-]*\s+)*(Bakanı|Başkanı|Valisi|Rektörü|Dekanı|Müdürü|Sekreteri|Direktörü|Yardımcısı|Temsilcisi)$/u;

// One capitalised word set off by a comma, with no case ending: a name of one word.
const TR_ONE_NAME = /^(\p{Lu}[a-zçğıöşü]{4,}),\s/u;

// An English title that opens a sentence as the host of a meal or a reception for the visitor:
// "The Governor of the Northern Province will host a dinner in her honour.".
const HOST_TITLE =
  /^(?:The\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)?)\s+(?:will\s+(?:also\s+)?|also\s+)?(?:host(?:s|ed)?|g[ai]ve|gives|offer(?:s|ed)?)\s+an?\s+(?:\p{Ll}+\s+)?(?:dinner|lunch|luncheon|reception|banquet|breakfast)\b/u;

/**
 * A Russian title in the instrumental given back its nominative: its head noun and the adjectives
 * before it, the words after as they stand ("министром энергетики Республики Чили" → "министр
 * энергетики Республики Чили", "первым заместителем министра" → "первый заместитель министра").
 */
function instrumentalTitle(role: string): string {
  const words = role.split(' ');
  let i = 0;
  // An adjective made a noun is the head when no noun in the instrumental follows it:
  // "главнокомандующим ВВС" → "главнокомандующий ВВС", "управляющим директором" is no such.
  const nounHead = (at: number) =>
    /^\p{L}+(?:ющ|ящ|ущ|ащ|енн)(?:им|ым)$/u.test(words[at] ?? '') &&
    !/^\p{Ll}+(?:ом|ем|ём|ой|ей|ью|ым|им)$/u.test(words[at + 1] ?? '');
  while (i < words.length && /^\p{L}+(?:ым|им)$/u.test(words[i] ?? '')) {
    const made = nounHead(i);
    if (!made && i === words.length - 1) break;
    words[i] = (words[i] ?? '').replace(/ым$/u, 'ый').replace(/им$/u, 'ий');
    if (made) return words.join(' ');
    i += 1;
  }
  const head = words[i] ?? '';
  if (/[^аеёиоуыэюя]ом$/u.test(head)) words[i] = head.slice(0, -2);
  else if (/[^аеёиоуыэюяжчшщц]ем$/u.test(head)) words[i] = `${head.slice(0, -2)}ь`;
  else if (/[^аеёиоуыэюя]ой$/u.test(head)) words[i] = `${head.slice(0, -2)}а`;
  else if (/[^аеёиоуыэюя]ём$/u.test(head)) words[i] = `${head.slice(0, -2)}ь`;
  else return role;
  return words.join(' ');
}

/**
 * The Russian title met with no name that ends a sentence: after the meeting word, or after "и с"
 * as the last of those met in a sentence of meeting, or after a passive.
 */
function russianTitleWith(sentence: string): RegExpExecArray | null {
  const first = RU_TITLE_WITH.exec(sentence);
  if (first && !/^\s?и\s/u.test(first[0])) {
    // Those named before "и с" ("с министром A B и с президентом палаты.") leave the last title
    // unnamed.
    const and = /\sи\s+со?\s(?!.*\sи\s+со?\s)/u.exec(sentence);
    const last =
      and && and.index > first.index ? RU_TITLE_WITH.exec(sentence.slice(and.index)) : null;
    return last && foreignNames(first[1] ?? '').length > 0 ? last : first;
  }
  if (first && RU_MEETING_BEFORE.test(sentence.slice(0, first.index))) return first;
  return first ? null : RU_TITLE_BY.exec(sentence);
}

/**
 * The title of someone a sentence says was met without naming him: "paid a courtesy call on the
 * Prime Minister of Japan", "was welcomed in Maroua by the Governor of the Region, who …",
 * "A'yı Bakan makamında kabul etti". Null when the sentence names whoever it met, or no one.
 */
export function unnamedTitleMet(sentence: string): UnnamedTitle | null {
  const tr = TR_TITLE.exec(sentence);
  if (tr?.[1]) return { head: tr[1], role: tr[1] };
  const office = TR_OFFICE_OF_MET.exec(sentence);
  if (office?.[1] && office[2]) {
    const words = office[2]
      .split(/\s+/)
      .map((w) => w.charAt(0).toLocaleUpperCase('tr') + w.slice(1));
    return { head: words.at(-1) ?? '', role: `${office[1]} ${words.join(' ')}` };
  }
  const titled = TR_TITLE_MET.exec(sentence);
  // The title's parts joined by commas and "ve" are read back from its head: "Kosova Eğitim,
  // Bilim ve Teknoloji Bakanı".
  if (titled?.[1] && titled[2])
    return {
      head: titled[2],
      role: turkishTitle(sentence.slice(0, titled.index + titled[1].length)) || titled[1],
    };
  const ru = RU_TITLE_MET.exec(sentence);
  if (ru?.[1] && ru[2]) return foreignNames(ru[1]).length > 0 ? null : { head: ru[2], role: ru[1] };
  const leadership = RU_LEADERSHIP_WITH.exec(sentence);
  // The body is the one visited before, whose leadership was met ("посетила комитет … и
  // встретилась с его руководством"), or the one named after its leadership in the genitive:
  // "встреча с руководством Пешаварского университета".
  const visited = leadership && RU_LEADERSHIP_OF.exec(sentence)?.[1];
  const ofWords = leadership?.[1]?.trim() ?? '';
  const named = /^\p{Lu}/u.test(ofWords) ? genitiveBody(ofWords) : ofWords;
  const body =
    visited && foreignNames(visited).length === 0
      ? accusativeBody(visited)
      : named !== ofWords && foreignNames(ofWords).length === 0
        ? named
        : null;
  if (leadership && foreignNames(leadership[1] ?? '').length === 0)
    return { head: LEADERSHIP, role: '', ...(body ? { body } : {}) };
  const gone = RU_BODY_VISITED.exec(sentence)?.[1]?.replace(RU_TOLD_OF_BODY, '');
  if (gone && foreignNames(gone).length === 0)
    return { head: LEADERSHIP, role: '', body: accusativeBody(gone), visited: true };
  const withTitle = russianTitleWith(sentence);
  if (withTitle?.[1] && withTitle[2])
    return foreignNames(withTitle[1]).length > 0
      ? null
      : // The head as the next sentence gives it, in the nominative: "Заместитель министра A B …".
        { head: instrumentalTitle(withTitle[2]), role: instrumentalTitle(withTitle[1]) };
  const attended = TR_ATTENDED.exec(sentence)?.[1] ?? '';
  const attendedTitle = TR_TITLE_ONLY.exec(attended);
  if (attendedTitle?.[1])
    return TR_OWN_SIDE.test(attended) ? null : { head: attendedTitle[1], role: attended };
  const called = TR_BODY_CALLED_AT.exec(sentence);
  if (called?.[1] && called[2] && foreignNames(called[1]).length === 0) {
    const noun = called[2].replace(/s?[ıiuü]$/u, '');
    const whole = escapeRe(called[1].trim()).replace(/\s+/gu, '\\s+');
    return {
      head: `(?:${noun}(?:n?[ıiuü]n)?|${whole})\\s+${TR_BODY_OFFICE}`,
      role: '',
      calledAt: true,
    };
  }
  const firm = TR_FIRM_CALLED_AT.exec(sentence)?.[1];
  if (
    firm &&
    !isVocabulary(firm) &&
    cityCountry(firm) === null &&
    countryCode(firm) === null &&
    foreignNames(firm).length === 0
  )
    return { head: `${firm}\\s+${TR_BODY_OFFICE}`, role: '', calledAt: true };
  const host = HOST_TITLE.exec(sentence);
  if (host?.[1]) {
    const head = host[1]
      .split(/\s+/)
      .filter((w) => TITLE_WORD.test(w))
      .at(-1);
    if (head && findNames(host[1]).length === 0)
      return { head: head.replace(/^.*-/, ''), role: host[1] };
  }
  const trigger = MEETING_TRIGGER.exec(sentence);
  if (!trigger) return null;
  return titleOpening(sentence.slice(trigger.index + trigger[0].length));
}

/** An English title with no name that opens the words after a meeting word or a list's "and". */
function titleOpening(after: string): UnnamedTitle | null {
  // The title's capitalised words, two titles joined by "and" among them ("Deputy Prime Minister
  // and Minister of X"), then what it is of or for, up to a comma or the sentence's end; or a
  // list of what it is of, whose parts commas and a last "and" join ("of Water, Sanitation and
  // Hygiene"); a body's possessive before it at most ("the Institute's President").
  const title =
    /^(?:the\s+)?(?:((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)['’]s\s+)?((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*(?:\s+and\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)?)((?:\s+(?:of|for)\s+[^,;.]*(?:(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*,?\s+and\s+\p{Lu}[^,;.]*)?)?)(?=[,;.]|$)/u.exec(
      after,
    );
  if (!title?.[2]) return null;
  // The head is the last title word with the words after it that name the office: "Executive
  // Officer" of "Chief Executive Officer", which the next sentence writes whole before the name.
  const words = title[2].split(/\s+/);
  const last = words.findLastIndex((w) => TITLE_WORD.test(w));
  if (last < 0 || findNames(title[0]).length > 0) return null;
  // A body's possessive may stand before the title, the body named before it: "hosted by the
  // Institute's President", "met the University's Rector". The title is the office alone.
  if (title[1] && (isVocabulary(title[1]) === false || TITLE_WORD.test(title[1]))) return null;
  const head = words.slice(last).join(' ');
  return { head: head.replace(/^[^\s]*-/, ''), role: `${title[2]}${title[3] ?? ''}`.trim() };
}

const MEETING_TRIGGERS = new RegExp(MEETING_TRIGGER.source, 'giu');

/**
 * The title met with no name in the last clause of an English sentence that met someone before
 * it: "… to meet A B, Chairman of X, and will then call on the Director General of Y.". Null when
 * that clause names anyone, or the sentence has one meeting word only.
 */
export function unnamedTitleLast(sentence: string): UnnamedTitle | null {
  const triggers = [...sentence.matchAll(MEETING_TRIGGERS)];
  const last = triggers.at(-1);
  if (!last) return null;
  if (triggers.length < 2) {
    // Or the last of a list of those met, a title with no name after its "and": "He met A B,
    // Director of X, and the Chairperson of the Board of Y." The next sentence may name him.
    const after = sentence.slice(last.index + last[0].length);
    const and = /,?\s+and\s+(?=the\s+\p{Lu})(?!.*\sand\s+the\s)/su.exec(after);
    if (!and) return null;
    const clause = after.slice(and.index + and[0].length);
    return findNames(clause).length > 0 ? null : titleOpening(clause);
  }
  const clause = sentence.slice(last.index);
  if (findNames(clause).length > 0) return null;
  return unnamedTitleMet(clause);
}

// An honourable's style that opens the words before a name: "the Honourable", "the Rt Hon".
const HONOURABLE_LEAD = new RegExp(`^\\s*${HONOURABLE_BEFORE}(?=\\s)`, 'u');

// Greetings, a message or a letter passed on to the title after them.
const GREETED_BEFORE =
  /\b(?:greetings|regards|wishes|message|letter|invitation)\s+(?:\S+\s+){0,3}?to\s+(?:the\s+)?$/iu;
// A Turkish name in the dative, to whom something is given: "A B'ye", "A B'a".
const DATIVE = /^\p{Lu}[^'’]*['’]y?[ae](?!\p{L})/u;

/**
 * The person a sentence names straight after the head of a title met unnamed just before:
 * "During the meeting, Prime Minister A B noted …", "Governor A B told …", "Görüşmede Bakan A B, …".
 * Never the visitor, who may bear the same title.
 */
export function namedAfterTitle(
  sentence: string,
  title: UnnamedTitle,
  visitors: readonly (string | null)[],
): NameMention | null {
  // The name may be set off by commas after the head: "The Minister, A B, presented …".
  // A Turkish head in its possessive ("Bakanı", "Müdürü") stands bare before the name: "Bakan A B".
  const bare = /^\p{Lu}\p{Ll}+[ıiuü]$/u.test(title.head)
    ? `|${title.head.replace(/s?[ıüiu]$/u, '')}`
    : '';
  // A Russian head in the nominative may open the sentence, and keep a shorter part of what it is
  // of: "Заместитель министра A B рассказал …" after "с заместителем министра торговли КНР".
  const russian = /^[а-яё]+(?:-[а-яё]+)?$/u.test(title.head);
  // A body's leadership met is named by any title that heads it, which is the title met.
  const leaders = title.head === LEADERSHIP;
  const head = leaders
    ? `${RU_LEADER_TITLE}(?:\\s+\\p{Ll}+){0,3}`
    : russian
      ? `[${title.head.charAt(0).toLocaleUpperCase('ru')}${title.head.charAt(0)}]${title.head.slice(1)}(?:\\s+\\p{Ll}+){0,3}`
      : `${title.head}${bare}`;
  const heads = new RegExp(`(?<![\\p{L}])(?:${head}),?\\s+`, 'gu');
  const own = new Set(visitors.filter((v): v is string => Boolean(v)).map(personKey));
  for (const m of sentence.matchAll(heads)) {
    const from = m.index + m[0].length;
    // Whom greetings are passed to is not the one met: "conveyed greetings to President A B",
    // "Cumhurbaşkanı A B'ye selamlarını iletti".
    if (GREETED_BEFORE.test(sentence.slice(0, m.index))) continue;
    // A Turkish head with its deputy's word after it is the deputy's office, someone else's:
    // "Müdür Yardımcısı A B", "Başkan Vekili A B" after "… Müdürü ile görüştü".
    if (bare && /^(?:Yardımcı|Vekil|Muavin)\p{Ll}*\s/u.test(sentence.slice(from))) continue;
    // One name alone, as many Indonesians bear, set off by a comma after a Turkish bare head:
    // "Başkan Wiranatakusuma, …".
    const one = bare ? TR_ONE_NAME.exec(sentence.slice(from))?.[1] : undefined;
    if (
      one &&
      !isVocabulary(one) &&
      cityCountry(one) === null &&
      countryCode(one) === null &&
      !own.has(personKey(one))
    )
      return { name: one, role: title.role, index: from, end: from + one.length };
    // A Turkish bare head is read by the Turkish rules too, which take a name of four words:
    // "Başkan A B C D, …".
    const name = (russian || bare || title.calledAt ? foreignNames : findNames)(
      sentence.slice(from),
    )[0];
    // Courtesy styles may stand between the head and the name: "The Governor, Datuk A B, …",
    // "The Minister, Dato' Sri A bin B, …", and an honorific: "The Minister, Mr. A B, …"; so
    // may an honourable's: "The Speaker, the Honourable
    // A B, …". The head may keep what its office is of, as the title met gave it: "The Secretary
    // of State, A B, …" after "called on the Secretary of State for Migration". In Russian the
    // rest of the title or a rank may: "Председатель Национального банка A B …", "Командующий
    // генерал-майор A B …", words the name's own reading takes for its title.
    const lead = name
      ? sentence
          .slice(from, from + name.index)
          .replace(HONOURABLE_LEAD, '')
          .trim()
      : '';
    const office = /^((?:of|for)\s[^,]*),(.*)$/u.exec(lead);
    const styles = office ? (office[2] ?? '').trim() : lead;
    if (office && !title.role.includes(`${title.head} ${office[1] ?? ''}`)) continue;
    const titleLead = russian && name !== undefined && lead === name.role.trim();
    if (
      !name ||
      (styles !== '' &&
        !titleLead &&
        !styles.split(/\s+/).every((w) => COURTESY.test(w) || HONORIFIC.test(w.replace(/\.$/, ''))))
    )
      continue;
    if (own.has(personKey(name.name))) continue;
    if (DATIVE.test(sentence.slice(from + name.index, from + name.end + 3))) continue;
    if (title.visited && !RU_HEAD_ACTS.test(sentence.slice(from + name.end))) continue;
    // The leadership's title is the one the sentence gives: "Председатель комитета"; its head
    // alone when the body visited is known.
    const given = leaders
      ? title.body
        ? (new RegExp(`^${RU_LEADER_TITLE}`, 'u').exec(m[0])?.[0] ?? m[0])
        : m[0]
      : '';
    const role = leaders
      ? given.replace(/,?\s+$/u, '').replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('ru'))
      : title.role;
    const body = leaders && title.body ? { body: title.body } : {};
    // The head of a body called at holds the office the sentence gives: "Oda Başkanı".
    if (title.calledAt)
      return {
        name: name.name,
        role: m[0].replace(/,?\s+$/u, ''),
        index: from,
        end: from + name.end,
      };
    return { name: name.name, role, index: from, end: from + name.end, ...body };
  }
  if (leaders || title.calledAt) return null;
  // Or the sentence opens with the name, a rank or an honorific before it at most, and goes on
  // to say what that person did: "… received by the Chairman of the Council. General A B C told
  // her …", "… Başkanı ile görüştü. A B, görüşmede …".
  // Russian and Turkish sentences are read by their own rules ("Emir A B, …" opens with a name).
  const foreign = /[а-яёçğışİ]/u.test(sentence);
  const found = (foreign ? foreignNames(sentence) : findNames(sentence))[0];
  const opening = found && !foreign ? (openingName(sentence, found) ?? found) : found;
  if (
    opening &&
    openingRank(sentence.slice(0, opening.index)) &&
    /^(?:,\s|\s+\p{Ll})/u.test(sentence.slice(opening.end)) &&
    opening.name.split(/\s+/).length >= 2 &&
    !own.has(personKey(opening.name))
  )
    return { ...opening, role: title.role };
  return null;
}

// Up to five capitalised words that open a sentence, before a word in small letters.
const OPENING_RUN = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*)(?=\s+\p{Ll})/u;
// Short honorifics before that run: "Hon.", "Dr.".
const OPENING_HONORIFICS =
  /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Sen|Rep|Cong|Gov|Atty|Ir|Drs|Dra|Hj|Tmt|Tvl|Smt|Shri|Shrimati|Sushri|Kum)\.?\s+)*/u;

/**
 * The whole of a name of four or five words that opens a sentence as its subject, of which the
 * rules read the last two: "A B C D thanked …", "Hon. A B'c D E F has led …". None of its words
 * may be a title's, a body's or a place's.
 */
function openingName(sentence: string, found: NameMention): NameMention | null {
  const lead = OPENING_HONORIFICS.exec(sentence)?.[0].length ?? 0;
  const run = OPENING_RUN.exec(sentence.slice(lead))?.[1];
  if (!run || found.end !== lead + run.length || found.index === lead) return null;
  const words = run.split(/\s+/);
  if (words.length < 4 || words.some((w) => isVocabulary(w) || COURTESY.test(w))) return null;
  return { ...found, name: run, index: lead };
}

// What may stand before a name that opens a sentence: ranks, honorifics and courtesy styles
// ("Samdech Thipadei"), nothing else.
const OPENING_RANK =
  /^(?:General|Lieutenant|Major|Colonel|Marshal|Field|Admiral|Brigadier|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Hon\.?|Sen\.|Rep\.|Cong\.|Gov\.|Atty\.|Ir\.|Drs\.|Dra\.|Hj\.|Tmt\.|Tvl\.|Smt\.?|Shri|Shrimati|Sushri|Kum\.|H\.|E\.|H\.E\.|Sheikh|Şeyh|Sayın|Sn\.)$/u;

// Words that make the name after them the one who says what follows: "Как отметила A B, …".
const RU_AS_SAID = /^Как\s+(?:отметил|подчеркнул|сообщил|пояснил|рассказал|сказал)[аи]?$/u;

function openingRank(before: string): boolean {
  if (RU_AS_SAID.test(before.trim())) return true;
  const words = before.trim() === '' ? [] : before.trim().split(/\s+/);
  return words.every((w) => OPENING_RANK.test(w) || COURTESY.test(w));
}
