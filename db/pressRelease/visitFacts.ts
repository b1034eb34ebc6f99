import { cityCountry, findCities, findCountries, type PlaceMention } from './gazetteer.js';
import { foreignNames, RU_BRIEFED } from './foreignPeople.js';
import { findNames } from './people.js';
import { findTowns, namedTownCountry, smallTownCountry } from './worldGazetteer.js';
import { MEETING_TRIGGER } from './meetingSentences.js';
import { readRange, type ReadRange } from './dateRange.js';
import {
  findDates,
  isPastMention,
  lastWeekEnd,
  monthWeek,
  namedWeekStart,
  weekdayDates,
  withMonthsOfDays,
  withWeekdaysOfMonths,
  WEEKDAY_WORDS,
  type DateMention,
} from './pressDates.js';
import { warning, type DraftPlace, type DraftVisit, type DraftWarning } from './draft.js';
import { ANNOUNCEMENT } from './events.js';
import { TITLE_WORD } from './roles.js';

// prettier-ignore
const TRAVELLER_ROLE = /\b(?:Secretary General|Executive Director|Secretary-General|Deputy Secretary General|Deputy Executive Director|Head of the Secretariat)\b/;
// A delegation led somewhere tells the visit too: "will lead a delegation to the Cherokee Nation";
// the word of the visit is "delegation", so that "to" follows it as after "visit".
const DELEGATION_LED =
  String.raw`(?<=\b(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:a|the|an)\s+` +
  String.raw`(?:[\p{Ll}-]+\s+){0,2})delegation(?=\s+to\b)`;
// The verb of going before "to" tells it as well: "will travel to", "travels to".
export const VISIT_WORD = new RegExp(
  String.raw`\b(?:visit|visits|visited|visiting|arrived|trip|tour|travell?ed|was in|were in|` +
    String.raw`missions?|${DELEGATION_LED}|travel(?:s|ling|ing)?(?=\s+to\b))\b|` +
    String.raw`визит|посети|находил|прибыл|пребыва|поездк|ziyaret|bulun|temas|gidecek`,
  'iu',
);

/**
 * Words of taking part in an event, held where the visitor went: "took part in the conference in
 * Arusha", "will attend the forum in Tashkent", «приняла участие в конференции в Ташкенте»,
 * "Bakü'de düzenlenen konferansa katıldı". An event "attended by" others says nothing of the
 * visitor.
 */
export const TAKES_PART = new RegExp(
  String.raw`\b(?:t(?:ook|akes?|aking)\s+part|participat(?:e|es|ed|ing)|attend(?:s|ed|ing)?)\b(?!\s+by\b)|` +
    String.raw`участи[еия]|участвова|katıl(?:dı|dığı|acak|acağı|mak|mış|ıyor)`,
  'iu',
);

/**
 * The words of a role that touch the name: a verb or other lower-case word (but "of", "the" …)
 * ends them, so that "The Secretary General visited Astana and met with Minister X" gives X no
 * secretariat title.
 */
function nearRole(role: string): string {
  const words = role.split(/\s+/);
  let at = words.length;
  while (
    at > 0 &&
    !/^(?!(?:of|the|and|for|on|at|in|to|de|la|du)$)\p{Ll}/u.test(words[at - 1] ?? '')
  )
    at -= 1;
  return words.slice(at).join(' ');
}

/** The same titles in Russian and Turkish, in any case, each with its dictionary form. */
// prettier-ignore
const FOREIGN_TRAVELLER_ROLES: [RegExp, string][] = [
  [/Заместител\p{L}* Генеральн\p{L}* секретар\p{L}*/iu, 'Заместитель Генерального секретаря'],
  [/Генеральн\p{L}* секретар\p{L}*/iu, 'Генеральный секретарь'],
  [/Исполнительн\p{L}* директор\p{L}*/iu, 'Исполнительный директор'],
  [/Председател\p{L}* Исполнительного комитета/iu, 'Председатель Исполнительного комитета'],
  [/Genel Sekreter Yardımcı\p{L}*/u, 'Genel Sekreter Yardımcısı'],
  [/Genel Sekreter\p{L}*/u, 'Genel Sekreter'],
  [/(?:İcra|Yürütme) Direktör\p{L}*/u, 'İcra Direktörü'],
];

// What ends the words that can describe a Russian or Turkish name: a meeting verb, "с", "ile", a comma.
const FOREIGN_ROLE_START =
  /^.*(?:\s(?:с|со|ile)\s|,\s|(?:встрет\p{L}*|встреч\p{L}*|принял\p{L}*|принят\p{L}*|был[аи]?|провёл|провел|посетил\p{L}*|переговор\p{L}*|бесед\p{L}*|görüş\p{L}*|etti|edildi)\s)/su;

// Those who took part named before: "… приняли участие A B и …".
const TOOK_PART_LIST =
  /^[^.;]*?(?:принял[аи]?|приняли)\s+участие\s+[^.;]*?\p{Lu}[\p{L}-]*\s+\p{Lu}[\p{L}-]*\s+и\s/u;

const MET_IN_TURKISH = /^(?:['’]\p{L}+)?(?:\s+ve\s+[^,.]*?)?\s+(?:ile|tarafından)\s/u;

// One who tells or shows the guests something, named before the verb or before his title set off
// by commas, is their host: "A B рассказала гостям о …", "A B, … Genel Sekreteri, konuk heyete …
// hakkında bilgi verdi".
const BRIEFS_GUESTS_RU = new RegExp(`^(?:,[^.;]*?,)?\\s+${RU_BRIEFED.source}`, 'iu');
const BRIEFS_GUESTS_TR =
  /^(?:['’]\p{L}+)?(?:,[^.;]*?,|,)?\s+(?:[^\s.;:]+\s+){0,2}?(?:konuklara|misafirlere|heyete|heyetine|ziyaretçilere)\s+(?:[^\s.;:]+\s+){0,14}?(?:sunum|brifing|bilgi)\s+(?:yaptı|verdi|sundu|yapacak|verecek|sunacak)(?!\p{L})/u;

/** A Russian name in the genitive or accusative ("Кайрата Сарыбая") back to the nominative. */
function fromGenitive(name: string): string {
  if (!/[а-яё]/.test(name)) return name;
  return name
    .split(' ')
    .map((w) =>
      w
        .replace(/(?:ов|ев|ин)ой$/, (e) => `${e.slice(0, 2)}а`)
        .replace(/([бвгджзклмнпрстфхцчшщ])а$/, '$1')
        .replace(/([аеёиоуыэюя])я$/, '$1й'),
    )
    .join(' ');
}

/** The secretariat's head in a Russian or Turkish sentence, in whatever case the text puts him. */
function foreignTraveller(sentence: string): DraftVisit['traveller'] {
  for (const mention of foreignNames(sentence)) {
    // Someone named before "ile" or "tarafından" is met, not the visitor.
    if (MET_IN_TURKISH.test(sentence.slice(mention.end))) continue;
    const after = sentence.slice(mention.end);
    if (BRIEFS_GUESTS_RU.test(after) || BRIEFS_GUESTS_TR.test(after)) continue;
    // One listed after others who took part in talks told before is of the side that held them:
    // "В беседе приняли участие A B и исполнительный директор союза C D".
    if (TOOK_PART_LIST.test(sentence.slice(0, mention.index))) continue;
    const near = mention.role.replace(FOREIGN_ROLE_START, '');
    for (const [pattern, title] of FOREIGN_TRAVELLER_ROLES) {
      const role = pattern.exec(near);
      if (!role) continue;
      // A title in the instrumental ("с Генеральным секретарём …", "с генеральным секретарём …")
      // names someone met.
      if (/^\p{L}\p{Ll}+(?:ым|им)\s/u.test(role[0])) continue;
      // Someone named between the title and this name holds the title: "İcra Direktörü A bugün B".
      const holder = foreignNames(near.slice(role.index + role[0].length))[0];
      if (holder) return { name: holder.name, title };
      // A title in the genitive ("принял Генерального секретаря … Кайрата Сарыбая") has its name
      // in the same case.
      const genitive = /^\p{Lu}\p{Ll}+(?:ого|его)\s/u.test(role[0]);
      return { name: genitive ? fromGenitive(mention.name) : mention.name, title };
    }
  }
  return null;
}

const JOINS_HOST = /\b(?:was|were|is|will\s+be)\s+(?:also\s+)?joined\s+by\b/u;

/** The secretariat's head who travels: the first person named with a secretariat title. */
export function findTraveller(sentences: readonly string[]): DraftVisit['traveller'] {
  for (const sentence of sentences.slice(0, 4)) {
    // Someone named after the meeting word is met, whatever his title: "she met the
    // Secretary-General of the Workers' Federation, A B"; so is one who joins a host: "The
    // Minister was joined by the Executive Director of the Ministry, C D".
    const met = MEETING_TRIGGER.exec(sentence) ?? JOINS_HOST.exec(sentence);
    for (const mention of findNames(sentence)) {
      if (met && mention.index >= met.index + met[0].length) continue;
      const role = TRAVELLER_ROLE.exec(nearRole(mention.role));
      if (role) return { name: mention.name, title: role[0] };
    }
    const foreign = foreignTraveller(sentence);
    if (foreign) return foreign;
  }
  return null;
}

/**
 * A country named as an owner, in the Turkish genitive or the English possessive ("Türkiye'nin
 * Büyükelçisi", "Turkey's Ambassador"): the country of someone there, not the place gone to.
 */
function owner(sentence: string, place: PlaceMention): boolean {
  const after = sentence.slice(place.index);
  if (REGION_OF.test(after)) return false;
  return /^\p{L}*(?:['’](?:n?[ıiuü]n|s)\b|['’]n?[ıiuü]n(?!\p{L}))/u.test(after);
}

// A Turkish genitive before a part of the country names a place in it, no owner:
// "Endonezya'nın doğusundaki", "Kenya'nın kuzeyine", "Peru'nun iç kesimlerinde", "Çad'ın
// doğusunda".
const REGION_OF = new RegExp(
  String.raw`^\p{L}*['’]n?[ıiuü]n\s+(?:(?:güney|kuzey)[iı]|(?:güney|kuzey)?(?:doğu|batı)s[ıu]|` +
    String.raw`ortas[ıi]|iç\s+kesim)\p{L}*`,
  'u',
);

const DELEGATION = /делегаци\p{L}*|\bdelegation\b|\bheyet\p{L}*/giu;

/**
 * A country named with the delegation that comes, in the same clause and with no word of the
 * visit between: "Росстат посетила делегация Института статистики Перу", "Peru Enstitüsü
 * Başkanı A B başkanlığındaki heyet, TÜİK'i ziyaret etti". A country after a word of place ("в
 * Перу", "to Peru") or with a Turkish ending of the place gone to ("Peru'ya") is not the
 * delegation's.
 */
function delegations(sentence: string, place: PlaceMention): boolean {
  if (/^\p{L}+['’](?:n?y?[ıiuü]|y?[ae])(?!\p{L})/u.test(sentence.slice(place.index))) return false;
  for (const d of sentence.matchAll(DELEGATION)) {
    const after = d.index < place.index;
    const between = after
      ? sentence.slice(d.index + d[0].length, place.index)
      : sentence.slice(place.index, d.index);
    if (/[,.;:–—]/u.test(between) || VISIT_WORD.test(between)) continue;
    if (after && /(?:^|\s)(?:в|во|на|in|to|at)\s/u.test(between)) continue;
    return true;
  }
  return false;
}

// The same in English, the city in the name of the body the delegation comes from: "a delegation
// of the Port of Hamburg Authority", "a delegation from the City of Ghent", "Governor hosts Port
// of Hamburg delegation".
const OF_DELEGATION_BEFORE =
  /\bdelegation\s+(?:of|from)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’&-]*|of|the|and)\s+){0,5}$/u;
const DELEGATION_AFTER = /^(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and))*\s+delegation\b/u;

/**
 * A city named in the genitive after the delegation that comes, in the same clause and with no
 * word of the visit or of place between, is the home of the delegation's body, no place gone to:
 * "Мосгордуму посетила делегация Скупщины города Белграда", "делегация Казани посетила Ташкент".
 */
function delegationsCity(sentence: string, city: PlaceMention): boolean {
  const before = sentence.slice(0, city.index);
  const after = sentence.slice(city.index).replace(/^\S+/u, '');
  if (OF_DELEGATION_BEFORE.test(before) || DELEGATION_AFTER.test(after)) return true;
  for (const d of sentence.matchAll(DELEGATION)) {
    if (d.index > city.index || !/^делегаци/iu.test(d[0])) continue;
    const between = sentence.slice(d.index + d[0].length, city.index);
    if (/[,.;:–—]/u.test(between) || VISIT_WORD.test(between)) continue;
    if (/(?:^|\s)(?:в|во|на|по|из|с|со|к|до)\s/iu.test(between)) continue;
    return true;
  }
  return false;
}

// A country that ends the title of the one who visits, his name between it and the word of the
// visit: "министр культуры Республики Хорватия Иван Горич посетил …".
const TITLE_COUNTRY_NAME_VISITS = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}'’-]*){2,5}\s+$/u;

// A country someone comes from is no place gone to: "студентов из Узбекистана", "arrived from
// Peru", "Peru'dan gelen".
const FROM_BEFORE = /(?:^|\s)(?:из|from)\s+(?:the\s+)?$/iu;
const FROM_ENDING = /^\p{L}+['’][dt][ae]n(?!\p{L})/u;
// A country named just after an envoy's title is the one that sent him, no place he goes to:
// "Посол Чили посетил …", "визит … Посла Чили в Российской Федерации", "the Ambassador of Chile";
// so is one after a consul's: "сопровождал Генеральный консул России в A".
const ENVOY_BEFORE =
  /(?:^|[\s«"(])(?:посол|посла|послу|послом|консул\p{L}*|Ambassador\s+of(?:\s+the)?|Consul(?:[\s-]General)?\s+of(?:\s+the)?)\s+$/iu;

/**
 * Whether a country is the visitor's own, ending his title just before his name and the visit, or
 * one someone comes from.
 */
function visitorsOwn(sentence: string, place: PlaceMention, word: RegExpExecArray): boolean {
  if (FROM_BEFORE.test(sentence.slice(0, place.index))) return true;
  if (FROM_ENDING.test(sentence.slice(place.index))) return true;
  if (ENVOY_BEFORE.test(sentence.slice(0, place.index))) return true;
  return (
    place.index < word.index &&
    TITLE_COUNTRY_NAME_VISITS.test(sentence.slice(place.index, word.index)) &&
    /\p{Ll}\s+$/u.test(sentence.slice(0, place.index))
  );
}

/**
 * The country named nearest the word of the visit ("visited the Kyrgyz Republic", "в Республике
 * Таджикистан", "Azerbaycan'ı ziyaret etti"), in the first sentence that names one.
 */
function visitedCountry(sentences: readonly string[]): string | null {
  for (const sentence of sentences) {
    const word = VISIT_WORD.exec(sentence);
    if (!word) continue;
    const nearest = findCountries(sentence)
      .filter(
        (c) => !owner(sentence, c) && !delegations(sentence, c) && !visitorsOwn(sentence, c, word),
      )
      .sort((a, b) => Math.abs(a.index - word.index) - Math.abs(b.index - word.index))[0];
    if (nearest) return nearest.country;
  }
  return null;
}

/**
 * With no place found and no dateline to tell it, the first country the meetings name is the
 * host's: "received by A, President of the Republic of Burundi".
 */
export function hostCountry(sentences: readonly string[], language?: string): string | null {
  // A country something was brought from is no host's ("награды, привезённые из Франции"), unless
  // a delegation comes from it.
  const named = sentences.flatMap((s) =>
    findCountries(s)
      .filter((c) => !owner(s, c))
      .map((c) => ({ country: c.country, comes: delegations(s, c), at: c.index }))
      .filter((c) => c.comes || !/(?:^|\s)из\s+$/iu.test(s.slice(0, c.at))),
  );
  // A Russian or Turkish release whose delegation comes from another country ("Azerbaycan heyeti
  // KUDAKA'nın konuğu oldu", "делегация Перу") is told by its host at home; the countries its
  // meetings name are their subjects ("Azerbaycan ile yürüttüğü projeler").
  const home = language === 'tr' ? 'TR' : language === 'ru' ? 'RU' : null;
  if (home && named.some((n) => n.comes && n.country !== home)) return home;
  return named[0]?.country ?? null;
}

// A Russian settlement's word before its name, or before a list of names: "село Париж", "в посёлке
// Келлог", "сёла Озерки, Лумпи и Берлин".
const SETTLEMENT_NAMES = new RegExp(
  String.raw`(?<!\p{L})(?:[Сс][её]л(?:о|а|е|у|ом|ам|ах)|[Пп]ос[её]л(?:ок|ка|ке|ку|ком|ки|ков|ках)|` +
    String.raw`[Дд]еревн(?:я|и|е|ю|ей|ям|ях)|[Сс]таниц(?:а|ы|е|у|ей|ам|ах)|` +
    String.raw`[Хх]утор(?:а|е|у|ом|ов|ах)?|[Аа]ул(?:а|е|у|ом|ов|ах)?)\s+` +
    String.raw`(\p{Lu}[\p{L}-]*(?:(?:,\s+|\s+и\s+)\p{Lu}[\p{L}-]*)*)`,
  'gu',
);
// A district of the country whose language the release is in: "посетит Озёрский район", "главой
// Озёрского муниципального района".
const DISTRICT =
  /\p{Lu}\p{Ll}+(?:ский|ской|ского|скому|ским|ском)\s+(?:муниципальн\p{Ll}+\s+)?район\p{Ll}*/u;

/** The villages, settlements and stanitsas a Russian release names, by their names as written. */
export function settlementNames(sentences: readonly string[]): string[] {
  return sentences.flatMap((s) =>
    [...s.matchAll(SETTLEMENT_NAMES)].flatMap((m) => (m[1] ?? '').split(/,\s+|\s+и\s+/u)),
  );
}

/**
 * Whether a city of the gazetteer, in any case, is the namesake of a village the release names:
 * a Russian village called «Париж» makes "выставка «От Бородина до Парижа»" no trip to France.
 */
export function settlementNamesake(city: string | null, settlements: readonly string[]): boolean {
  return settlements.some((name) => {
    const stem = name.replace(/[аяьйо]$/u, '');
    return (
      city === name ||
      (!!city?.startsWith(stem) &&
        /^(?:[аяуюеиыо]|ом|ем|ой|ей|ою|ью)$/u.test(city.slice(stem.length)))
    );
  });
}

/**
 * Whether a Russian release goes to a village or a district, which are in the country of the
 * text: where it names no country, the visit is at home.
 */
export function atSettlement(sentences: readonly string[]): boolean {
  return sentences.some(
    (s) => new RegExp(SETTLEMENT_NAMES.source, 'u').test(s) || DISTRICT.test(s),
  );
}

// A release told by the host of the visit: "IIASA will host a delegation from Poland", "OHA will
// welcome a delegation", "посетила … делегация", "принял делегацию", "… heyetini ağırladı",
// "Valiliği ziyaret eden … Başkonsolosu", "was honored to host Professor A". A visitor's own
// release may say the same of the host who received it, so these place the visit only where the
// dateline does.
const HOST_TOLD =
  /\b(?:honou?red|pleased|proud|delighted|privileged)\s+to\s+(?:host|welcome)\s+(?!(?:a|an|the|his|her|their|our)\s)|\b(?:(?:will|to)\s+(?:host|welcome|receive)|hosts|hosted|welcomes|welcomed|is hosting|was hosting)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:delegation|visitors|guests|mission)\b|(?<!\p{L})(?:посетил[аи]?|посетит|посетят|принял[аи]?|принимал[аи]?|примет|принимает)\s+(?:\p{L}+\s+){0,3}?делегаци|heyetini\s+(?:\p{L}+\s+)?ağırla|\p{L}+['’]?[ıiuü]\s+ziyaret\s+eden\s+(?:\p{L}+\s+){0,4}?(?:Büyükelçisi|Başkonsolosu|Genel\s+Konsolosu|heyet\p{L}*)/iu;
// A host that says where the visit was in the first person: "ilimize bir ziyaret gerçekleştirdi"
// (to our province), "ülkemize", "kentimize". It is at home, dateline or none.
const HOST_AT_HOME = /(?<!\p{L})(?:ilimize|kentimize|şehrimize|ülkemize|ilçemize)(?!\p{L})/iu;

/**
 * The place of a release its host tells, in its lead: the dateline's, else, when the host names
 * its own place in the first person, its home country; null when the release is no host's or
 * names no such place. A stop the visit made in another country's city (`found`) says the release
 * is the visitor's: "… принял в Ташкенте делегацию".
 */
export function hostPlace(
  lead: readonly string[],
  dateline: { city: string | null; country: string | null } | null,
  found: readonly DraftPlace[],
  language?: string,
): DraftPlace | null {
  const atHome = lead.some((s) => HOST_AT_HOME.test(s));
  if (!atHome && !lead.some((s) => HOST_TOLD.test(s))) return null;
  const home = language === 'tr' ? 'TR' : language === 'ru' ? 'RU' : null;
  const place = dateline?.country
    ? { city: dateline.city, country: dateline.country }
    : atHome && home
      ? { city: null, country: home }
      : null;
  if (!place || found.some((p) => p.city !== null && p.country !== place.country)) return null;
  return place;
}

// A city someone is invited to visit another time is no stop of this visit: "пригласил A посетить
// Баку в 2027 году", "invited A to visit Lima next year", "A'yı Lima'yı ziyaret etmeye davet etti".
const INVITED_BEFORE =
  /(?:приглас\p{L}*|приглаш\p{L}*|invit\p{L}*)[^.;]{0,80}\s(?:посетить|to\s+visit)\s+(?:the\s+)?$/iu;
const INVITED_AFTER =
  /^[\p{L}-]+(?:\s\p{Lu}[\p{L}-]*)*['’]\p{L}*\s+ziyaret\s+etme(?:ye|si\p{L}*)\s+(?:\p{Ll}+\s+)?davet/u;

// A city where something talked of would be opened, built or set up is the talks' subject, no
// stop of the visit, unless its country is the one a sentence of the visit names: "обсудили
// возможность открытия в Астане летней школы" over a visit "в Бостоне", but "открытие в
// Ашхабаде центра" in a visit "в Туркменистане".
const PLANNED_THING_BEFORE =
  /(?<![\p{L}])(?:открыти|строительств|создани|размещени)[яе]\s+(?:в|во|на)\s+$/iu;

// The city the visitors came from is no stop of the visit: "her delegation, which arrived from
// Nagoya, was received …".
const ARRIVED_FROM = /\b(?:arrived|arriving|came|flew\s+in)\s+from\s+$/u;

// Nor is the town the visitor came home to after the trip: "returned to Oslo on Tuesday after a
// study visit to Edinburgh", «вернулась в Омск из поездки по Средней Азии».
const RETURNED_TO =
  /(?<![\p{L}])(?:returned|returns|will\s+return|(?:came|flew)\s+back)\s+(?:home\s+)?to\s+(?:the\s+)?$|(?<![\p{L}])(?:вернул(?:ся|ась|ись)|верн[её]тся)\s+(?:\p{Ll}+\s+)?во?\s+$/iu;
const TRIP_BEHIND =
  /^[^.;]{0,40}?(?<![\p{L}])(?:after|from|following|из|после)\s+[^.;]{0,40}?(?<![\p{L}])(?:visit|trip|tour|mission|stay|визит|поездк|командировк)/iu;

// A Turkish town people came or settled from is no stop either: "Konya yöresinden Makedonya'ya
// yerleşen Yörükler", "Bursa'dan göç eden aileler", "Ankara'dan gelen heyet".
const CAME_FROM_AFTER =
  /^[\p{L}-]*(?:['’][dt][ae]n|\s+(?:yöre|bölge|civar|taraf)\p{L}*[dt][ae]n)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:gel|göç|yerleş|getiril|taşın)\p{L}*/u;

// Nor is the town one was born in: "Herat doğumlu uzman", "Herat'ta doğan yazar", "born in Herat".
const BORN_IN_AFTER = /^[\p{L}-]*(?:\s+doğumlu|['’][dt][ae]\s+doğ(?:an|du|muş|muştur))(?!\p{L})/u;
const BORN_IN_BEFORE = /(?<![\p{L}])born\s+in\s+$/u;

// Nor is a town told as where a matter spoken of lies, in the locative adjective before what is
// said about it: "A'nın Herat'taki doğum evleri projesine ilişkin sunumunu dinledi", "Herat'taki
// okullar hakkında bilgi aldı". The visitor may be there or not: another sentence tells.
const MATTER_THERE_AFTER =
  /^[\p{L}-]*['’][dt][ae]ki\s+(?:\p{Ll}+\s+){0,4}(?:ilişkin|hakkında|dair)(?!\p{L})/u;

// A city that ends the title of the one who visits, his name set off by commas between it and
// the word of the visit, is his own: "The President of the X Museum in Paris, Mrs A B, made her
// first visit to …", "The Mayor of Lyon, Mr C D, visited …".
const TITLE_CITY_BEFORE = /^(?:The\s+)?\p{Lu}[^,.;:]*\s(?:in|of)\s+$/u;
const NAME_THEN_VISIT = new RegExp(
  String.raw`^,\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},` +
    String.raw`\s+(?:(?:has|will|made|makes|paid|pays|undertook|undertakes|began|her|his|their|` +
    String.raw`an?|first|official|working|private)\s+){0,4}$`,
  'u',
);

// A Turkish town that opens the title of the one the release is about, at the start of the
// sentence (after its dateline at most), his name and a comma after the title, is his own body's
// town, no place gone to: "İzmir Üniversitesi Rektörü Prof. Dr. A B, 9-11 Aralık tarihlerinde
// Rabat'ta …".
const OPENS_SENTENCE = /^(?:[^–—]{0,80}[–—]\s*)?$/u;
const TURKISH_TITLE_AFTER_TOWN = new RegExp(
  String.raw`^\p{L}+(?:\s+\p{Lu}\p{L}*){0,5}?\s+(?:Rektörü|Başkanı|Müdürü|Dekanı|Valisi|` +
    String.raw`Kaymakamı|Sekreteri|Vekili|Yardımcısı)\s+(?:(?:Prof|Doç|Dr|Av|Op|Yrd)\.\s+)*` +
    String.raw`\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){1,3},`,
  'u',
);

function visitorsCity(sentence: string, city: PlaceMention): boolean {
  if (
    OPENS_SENTENCE.test(sentence.slice(0, city.index)) &&
    TURKISH_TITLE_AFTER_TOWN.test(sentence.slice(city.index))
  )
    return true;
  const word = VISIT_WORD.exec(sentence);
  if (!word || word.index <= city.index) return false;
  return (
    TITLE_CITY_BEFORE.test(sentence.slice(0, city.index)) &&
    NAME_THEN_VISIT.test(sentence.slice(city.index + (city.city ?? '').length, word.index))
  );
}

// A city told as where the visit began: "began in Osh", «Oş'ta başlayan», «начался в Оше».
const BEGAN_IN_BEFORE =
  /(?<![\p{L}])(?:began|begun|begins|started|starts|opened|opens|commenced)\s+(?:\p{Ll}+\s+){0,3}in\s+$|(?<![\p{L}])(?:начал(?:ся|ась|ось|ись)|стартовал\p{L}*)\s+(?:\p{Ll}+\s+){0,2}во?\s+$/u;
const BEGAN_IN_AFTER = /^[\p{L}-]+['’][dt][ae]\s+(?:\p{Ll}+\s+){0,2}başla(?:yan|dı|mış|yacak)/u;

// A Turkish city told as moved on to, in the dative before "geçti", is a later stop of the trip:
// "iki gün Ermenistan'da bulunan heyet bugün Tiflis'e geçti", "Bakü'ye geçecek".
const MOVED_ON_AFTER =
  /^[\p{L}-]+['’]y?[ae]\s+(?:\p{Ll}+\s+)?geç(?:ti|ecek|tiler|ecekler|miş)(?!\p{L})/u;

/** Cities and countries the visit went to, from the sentences about the visit and its meetings. */
export function findPlaces(sentences: readonly string[]): DraftPlace[] {
  const places: DraftPlace[] = [];
  // The cities first named as moved on to, which open no trip.
  const movedOn = new Set<string>();
  // The first city told as where the visit began, a stop whatever country it goes on to.
  let opened: string | null = null;
  const named = new Set(sentences.flatMap((s) => findCountries(s).map((c) => c.country)));
  // The countries a sentence of the visit names as where it was: "с визитом в Туркменистане".
  const visited = new Set(
    sentences
      .filter((s) => VISIT_WORD.test(s))
      .flatMap((s) =>
        findCountries(s).filter((c) => /(?:^|\s)(?:в|во)\s+$/iu.test(s.slice(0, c.index))),
      )
      .map((c) => c.country),
  );
  for (const sentence of sentences) {
    // The towns the hand lists do not know, named as places ("in Bethel", "Cornwall, Ontario"),
    // read in their order with those they know, in a country the release names if one has it.
    const cities = findCities(sentence);
    const towns = findTowns(sentence, (name) => namedTownCountry(name, named)).filter(
      (t) =>
        !cities.some(
          (c) =>
            t.index < c.index + (c.city ?? '').length && c.index < t.index + (t.city ?? '').length,
        ),
    );
    for (const city of [...cities, ...towns].sort((a, b) => a.index - b.index)) {
      const before = sentence.slice(0, city.index);
      // Talks held in a city are held where the visitor is: "today held talks in Hanoi with …".
      if (
        /\b(?:signed|summit|held(?!\s+(?:talks|meetings?|a\s+meeting|consultations|discussions)\b)|founded)\b[^.]{0,40}$/i.test(
          before,
        )
      )
        continue;
      if (INVITED_BEFORE.test(before) || INVITED_AFTER.test(sentence.slice(city.index))) continue;
      if (PLANNED_THING_BEFORE.test(before) && !visited.has(city.country)) continue;
      if (ARRIVED_FROM.test(before)) continue;
      if (
        RETURNED_TO.test(before) &&
        TRIP_BEHIND.test(sentence.slice(city.index + (city.city ?? '').length))
      )
        continue;
      if (CAME_FROM_AFTER.test(sentence.slice(city.index))) continue;
      if (BORN_IN_AFTER.test(sentence.slice(city.index)) || BORN_IN_BEFORE.test(before)) continue;
      if (MATTER_THERE_AFTER.test(sentence.slice(city.index))) continue;
      if (delegationsCity(sentence, city)) continue;
      if (visitorsCity(sentence, city)) continue;
      // A city's name in quotation marks names a thing after it, no place: "отель «Лиссабон»",
      // "территория опережающего развития «Хабаровск»".
      if (/[«„"]$/u.test(before)) continue;
      if (!places.some((p) => p.city === city.city)) {
        places.push({ city: city.city, country: city.country });
        if (city.city && MOVED_ON_AFTER.test(sentence.slice(city.index))) movedOn.add(city.city);
      }
      if (
        opened === null &&
        (BEGAN_IN_BEFORE.test(before) || BEGAN_IN_AFTER.test(sentence.slice(city.index)))
      )
        opened = city.city;
    }
  }
  // A trip first told where it moved on to opens at the first stop named otherwise: "Ermenistan'da
  // bulunan heyet Tiflis'e geçti … Erivan'da görüştü" opens in Yerevan.
  const opening = places.findIndex((p) => !p.city || !movedOn.has(p.city));
  if (opening > 0) places.unshift(...places.splice(opening, 1));
  const goneTo = countryGoneTo(sentences);
  // A trip told through countries listed in their order ("Hollanda, Slovenya ve Macaristan'da
  // incelemelerde bulundu") opens in the first of them, when only towns of the later ones are
  // known.
  const listed = goneTo ? null : listedCountries(sentences);
  if (
    listed &&
    !places.some((p) => p.country === listed[0]) &&
    places[0] &&
    listed.includes(places[0].country)
  )
    return [{ city: null, country: listed[0] ?? '' }, ...places];
  // A visit told as begun in a city of another country than the one it went on to opens there:
  // «Salı günü Oş'ta başlayan ve Tacikistan'ın … Bölgesi'ne uzanan ziyareti».
  const began = places.find((p) => p.city !== null && p.city === opened);
  if (goneTo && began && began.country !== goneTo && places[0] === began)
    return [began, { city: null, country: goneTo }, ...places.slice(1)];
  // A city of another country than the one the visit went to is a subject of the talks
  // ("African positions in New York"), the visited city being one the gazetteer does not know.
  if (goneTo && places.length > 0 && !places.some((p) => p.country === goneTo))
    return [{ city: null, country: goneTo }, ...places];
  // A city of the traveller's own country named before the one gone to ("the Ho Chi Minh City
  // metro" in a visit to Japan) is a subject, not the first stop: the country gone to leads.
  if (goneTo && places.length > 0)
    return [
      ...places.filter((p) => p.country === goneTo),
      ...places.filter((p) => p.country !== goneTo),
    ];
  if (places.length > 0) return places;
  const country = goneTo ?? visitedCountry(sentences);
  return country ? [{ city: null, country }] : [];
}

/**
 * With no place found, the first town of the visit too small to name its country alone, placed in
 * the one country that has a town of its name when the release names that country anywhere: a
 * tour of a country's remote towns, "In Nhulunbuy on Monday …", told "in northern Australia".
 */
export function smallTownPlace(
  sentences: readonly string[],
  all: readonly string[],
): DraftPlace | null {
  const named = new Set(all.flatMap((s) => findCountries(s).map((c) => c.country)));
  if (named.size === 0) return null;
  for (const sentence of sentences) {
    const town = findTowns(sentence, (name) => smallTownCountry(name, named)).find(
      (t) => !ARRIVED_FROM.test(sentence.slice(0, t.index)),
    );
    if (town?.country) return { city: town.city, country: town.country };
  }
  return null;
}

const VISIT_WORDS = new RegExp(VISIT_WORD.source, 'giu');

// Between a word of the visit and the country it goes to: "a working visit to the Republic of
// Liberia", "поездку в Государство Катар"; a verb of visiting takes the country itself: "visits
// Ghana and Senegal", "посетил Армению".
// A people's land named before its country stands between: "to the Cherokee Nation in the United
// States"; so does a valley or a town whose country, its region before it at most, follows in
// brackets: "to the Val d'Aran (Catalonia, Spain)".
const TO_COUNTRY = new RegExp(
  String.raw`^\S*\s+(?:to|в|во)\s+(?:(?:the|of|\p{Lu}\p{L}*)\s+){0,4}` +
    String.raw`(?:(?<=\p{Lu}\p{L}*\s+)in\s+(?:the\s+)?)?$|` +
    String.raw`^\S*\s+to\s+(?:the\s+)?(?:(?:\p{Ll}['’])?\p{Lu}[\p{L}'’-]*\s+){1,3}` +
    String.raw`\((?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s+)?$`,
  'u',
);
// The kind of visit may stand between: "посетит с рабочим визитом Монголию"; so may the form of
// the state: "посетит Республику Казахстан", "visited the Kingdom of Bhutan"; so may a town
// whose country follows in brackets: "посетит Городец (Республика Корея)", "will visit Townsend
// (Republic of Korea)".
const STATE_FORM_RU =
  String.raw`(?:\p{Lu}\p{L}*\s+)?` +
  String.raw`(?:Республик|Королевств|Государств|Княжеств|Султанат|Федераци)\p{L}*`;
const STATE_FORM_EN =
  String.raw`(?:Republic|Kingdom|State|Principality|Sultanate|Federation)` +
  String.raw`\s+of(?:\s+the)?`;
const VISITS_COUNTRY = new RegExp(
  String.raw`^(?:visit(?:s|ed|ing)?|посети\p{L}*(?:\s+с\s+(?:\p{Ll}+\s+){0,2}визитом)?)\s+` +
    String.raw`(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\((?:the\s+)?)?` +
    String.raw`(?:(?:${STATE_FORM_RU}|${STATE_FORM_EN})\s+)?$`,
  'iu',
);
// A country in the genitive before one of its regions, whose case ending tells the visit's
// place: "Gürcistan'ın Acara Özerk Cumhuriyeti'ne", "Çin'in Yunnan eyaletine", "Polonya'nın
// kuzeyindeki Mazury bölgesinde"; or before its capital: "Letonya'nın başkenti Valdora'da". The
// region or capital is the country's, the place gone to.
const ITS_REGION = String.raw`['’]n?[ıiuü]n\s+(?:\p{Ll}+[dt][ae]ki\s+|başkenti\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:\p{Lu}[\p{L}-]*['’]n?|(?:bölge|eyalet|vilayet|il|ilçe|kent|şehr|ada|kıyı)s?[ıiuü]n)`;
// A country an English traveller goes to before the word of the visit, a region of it may stand
// first: "will travel to Ladakh, India, for a four-day visit", "travelled to Portugal on a visit";
// the time of going may stand before "to": "travels this week to X", "travelled last month to Y";
// so may a region whose country follows "of": "to the Cordillera Administrative Region of the".
const TRAVEL_TO =
  /\btravel(?:s|led|ed|ling|ing)?\s+(?:(?:this|next|last)\s+(?:week|month)\s+)?to\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+){0,4}(?:(?<=\p{Lu}[\p{L}-]*\s)of\s+(?:the\s+)?)?$/u;
// A country the Turkish visit word follows, in the accusative or dative: "Gürcistan'ı ziyaret
// etti", "Gana'ya resmî ziyarette bulundu", or in the locative before "temas": "Gürcistan'da
// temaslarda bulundu"; and one listed before it: "Ermenistan ve Gürcistan'ı".
const COUNTRY_ZIYARET = new RegExp(
  String.raw`^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}(?:['’]|${ITS_REGION})(?:n?y?[ıiuü]|y?[ae])\s+(?:\p{Ll}+\s+){0,2}$`,
  'u',
);
// A few words that qualify the contacts may stand before "temas" ("Romanya'da bir dizi resmî
// temasta bulundu"), none that joins someone or something to them ("… bulunan heyetle temas").
const COUNTRY_TEMAS = new RegExp(
  String.raw`^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}(?:['’]|${ITS_REGION})[dt][ae]\s+(?:(?!\p{Ll}*(?:l[ae]|n)\s)\p{Ll}+\s+){0,3}$`,
  'u',
);
// A country the visitor was in, in the locative right before "bulundu": "Moğolistan'da bulundu".
const COUNTRY_BULUNDU = new RegExp(
  String.raw`^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}(?:['’]|${ITS_REGION})[dt][ae]\s+$`,
  'u',
);
// A country, or its region, that a Turkish verb of going takes in the dative: "Çin'in Yunnan
// eyaletine gidecek", "Kenya'ya gitti"; the visit's word may stand before it ("ziyaret
// kapsamında Çin'e gidecek").
const COUNTRY_GONE = new RegExp(
  String.raw`^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}(?:['’]|${ITS_REGION})y?[ae]\s+(?:git|gid)(?:ti|ecek|iyor|er)(?!\p{L})`,
  'u',
);
// The case ending may close a list the country opens, whose other places are regions or towns:
// "İran ve Nahçıvan'da temaslarda bulundu", "İran ve Nahçıvan Özerk Cumhuriyeti'nde", "Kırgızistan
// ve Oş'u ziyaret etti": the country is the first place gone to.
const LIST_TAIL = String.raw`(?:(?:,| ve) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})+`;
const LIST_ZIYARET = new RegExp(
  String.raw`^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}${LIST_TAIL}['’](?:n?y?[ıiuü]|y?[ae])\s+(?:\p{Ll}+\s+){0,2}$`,
  'u',
);
const LIST_TEMAS = new RegExp(
  String.raw`^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}${LIST_TAIL}['’]n?[dt][ae]\s+(?:(?!\p{Ll}*(?:l[ae]|n)\s)\p{Ll}+\s+){0,3}$`,
  'u',
);

/** Whether each place listed after the first opens with a town or country the gazetteer knows. */
function listedPlaces(list: string): boolean {
  const named = list.slice(0, list.search(/['’]/u));
  const items = [...named.matchAll(/(?:,| ve) /gu)].map((m) => named.slice(m.index + m[0].length));
  return (
    items.length > 0 &&
    items.every((item) => findCities(item)[0]?.index === 0 || findCountries(item)[0]?.index === 0)
  );
}

// A country's name may hold a hyphen: "Gine-Bissau ve Senegal'i".
const LISTED_BEFORE = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}(?:,| ve) $/u;

// Between two countries of a list: "Hollanda, Slovenya ve Macaristan", "Brunei and Malaysia".
const LISTED_NEXT = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}(?:,| ve| and| и) $/u;
// Between two countries told in the order the trip went: «сначала в A, затем в B», "first in A,
// then in B". Such a sentence tells a trip whatever its verb: «экспедиция работала сначала в A,
// затем в B».
const THEN_NEXT =
  /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2},? (?:а |and )?(?:затем|потом|then) (?:в|во|in|to) $/u;
export const FIRST_THEN =
  /(?:^|\s)(?:сначала|вначале|first) (?:в|во|in|to) \p{Lu}[^.;]{0,60}?,? (?:а |and )?(?:затем|потом|then) (?:в|во|in|to) \p{Lu}/u;

/**
 * The countries a sentence of the visit lists one after another, in their order, from the first
 * sentence of the visit that lists two or more; none that ends a title or names an owner.
 */
function listedCountries(sentences: readonly string[]): string[] | null {
  for (const sentence of sentences) {
    if (!VISIT_WORD.test(sentence) && !FIRST_THEN.test(sentence)) continue;
    const countries = findCountries(sentence).filter(
      (c) => !titleCountry(sentence, c) && !owner(sentence, c),
    );
    for (let i = 0; i + 1 < countries.length; i += 1) {
      const run = [countries[i]];
      for (let j = i + 1; j < countries.length; j += 1) {
        const [previous, next] = [countries[j - 1], countries[j]];
        const between = sentence.slice(previous?.index ?? 0, next?.index ?? 0);
        if (!previous || !next || !(LISTED_NEXT.test(between) || THEN_NEXT.test(between))) break;
        run.push(next);
      }
      const codes = [...new Set(run.map((c) => c?.country ?? ''))];
      if (codes.length > 1) return codes;
    }
  }
  return null;
}

// A country just before the Turkish noun of the visit, as the place it goes to: "dört günlük
// Meksika ziyaretini tamamladı", "Kenya ziyareti sırasında".
const COUNTRY_COMPOUND = /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}\s+$/u;
const ZIYARET_NOUN = /^ziyaret(?:i|in)/u;

// A country whose people or places the Turkish visit goes to see, in the locative before them:
// "Kuzey Makedonya'daki Yörük köylerini ziyaret etti", "Romanya'daki Türk toplumunu".
const COUNTRY_DAKI = new RegExp(
  String.raw`^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}['’][dt][ae]ki\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+[ıiuü]\s+$`,
  'u',
);

// So is a country in the genitive before its people or communities that the visit goes to see:
// "Moğolistan'ın ren geyiği çobanı Duha Türklerini ziyaret etti", "Romanya'nın Türk toplumunu".
const COUNTRY_PEOPLE_OF = new RegExp(
  String.raw`^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}['’]n?[ıiuü]n\s+(?:[\p{L}-]+\s+){0,4}` +
    String.raw`[\p{L}-]+(?:l[ae]r[ıi]n[ıi]|toplumunu|topluluğunu|cemaatini)\s+$`,
  'u',
);

/** The country a Turkish visit word follows, or the first of a list of them ending there. */
function countryBefore(sentence: string, countries: readonly PlaceMention[], at: number) {
  let found = countries.findLastIndex(
    (c) =>
      c.index < at &&
      (COUNTRY_ZIYARET.test(sentence.slice(c.index, at)) ||
        COUNTRY_DAKI.test(sentence.slice(c.index, at)) ||
        (sentence.startsWith('ziyaret', at) &&
          COUNTRY_PEOPLE_OF.test(sentence.slice(c.index, at))) ||
        (ZIYARET_NOUN.test(sentence.slice(at)) &&
          COUNTRY_COMPOUND.test(sentence.slice(c.index, at))) ||
        (sentence.startsWith('temas', at) && COUNTRY_TEMAS.test(sentence.slice(c.index, at))) ||
        (/^bulun(?:du|acak|muştur)(?!\p{L})/u.test(sentence.slice(at)) &&
          COUNTRY_BULUNDU.test(sentence.slice(c.index, at))) ||
        ((LIST_ZIYARET.test(sentence.slice(c.index, at)) ||
          (sentence.startsWith('temas', at) && LIST_TEMAS.test(sentence.slice(c.index, at)))) &&
          listedPlaces(sentence.slice(c.index, at)))),
  );
  if (found < 0) return undefined;
  while (found > 0) {
    const [previous, next] = [countries[found - 1], countries[found]];
    if (!previous || !next || !LISTED_BEFORE.test(sentence.slice(previous.index, next.index)))
      break;
    found -= 1;
  }
  return countries[found];
}

/**
 * The country a visit is said to go to, named just after a word of the visit: "a working visit
 * to the Republic of Liberia", "поездку в Государство Катар", "находился с визитом в Государстве
 * Кувейт" (not the traveller's own country, named before it), "visits Ghana and Senegal" (the
 * first stop), "Gürcistan'ı ziyaret etti", in the first sentence that tells of one.
 */
// The capitalised words of a title before "of" and a country: "the Minister of Trade of ".
const TITLE_OF_BEFORE =
  /((?:\p{Lu}[\p{L}-]*,?\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)+)of\s+(?:the\s+)?$/u;

/** Whether a country ends a title, as whose office it is: "the Minister of Trade of Kiribati". */
function titleCountry(sentence: string, place: PlaceMention): boolean {
  return TITLE_WORD.test(TITLE_OF_BEFORE.exec(sentence.slice(0, place.index))?.[1] ?? '');
}

// A people named by its country and a plural noun, with no apostrophe before its case ending.
const PEOPLE_OF =
  /^\p{Lu}\p{L}*\s+\p{Lu}\p{Ll}+l[ae]r(?:[ıi]n?[ae]|[ıi]n[ıi]n|[ıi]|[dt][ae]n?)?(?![\p{L}'’])/u;

// An English people's word before the people it names: "Afghan families", "Iranian students".
const PEOPLE_OF_EN =
  /^\p{Lu}\p{L}*\s+(?:famil(?:y|ies)|refugees?|communit(?:y|ies)|children|people|students|migrants|workers|women|elders|returnees|nationals|citizens|diaspora|pupils|farmers)\b/u;

function countryGoneTo(sentences: readonly string[]): string | null {
  for (const sentence of sentences) {
    if (!VISIT_WORD.test(sentence)) continue;
    // A country that ends a title is the visitor's, not where the visit went; one that names a
    // people of it ("Polonya Tatarlarına", "Bulgaristan Türklerinin", "visits Afghan families in
    // Iran") names no place.
    const countries = findCountries(sentence).filter(
      (c) =>
        !titleCountry(sentence, c) &&
        !PEOPLE_OF.test(sentence.slice(c.index)) &&
        !PEOPLE_OF_EN.test(sentence.slice(c.index)),
    );
    for (const word of sentence.matchAll(VISIT_WORDS)) {
      const after = countries.find((c) => {
        if (c.index <= word.index) return false;
        const between = sentence.slice(word.index, c.index);
        return TO_COUNTRY.test(between) || VISITS_COUNTRY.test(between);
      });
      const gone = after ?? countryBefore(sentence, countries, word.index);
      if (gone) return gone.country;
    }
    const goneTo = countries.find((c) => COUNTRY_GONE.test(sentence.slice(c.index)));
    if (goneTo) return goneTo.country;
    const travelled = countries.find((c) => TRAVEL_TO.test(sentence.slice(0, c.index)));
    if (travelled) return travelled.country;
    if (countries.length > 0) return null;
  }
  return null;
}

// Talks told as held in a country name it as the place gone to: "held talks in Curaçao (…) and
// Aruba (…)", «Gürcistan'ın Acara bölgesinde bir dizi görüşme yapacak».
const TALKS_IN_BEFORE =
  /\b(?:held|holds|hold|holding)\s+(?:\p{Ll}+\s+){0,2}(?:talks|consultations|meetings)\s+in\s+(?:the\s+)?$/u;
const TR_TALKS = /(?<![\p{L}])görüşme(?:ler)?\s+(?:yap|gerçekleştir)\p{L}*/gu;

/**
 * The country the first sentence that tells talks held in one names: the first after "held talks
 * in", or the one (or its region) in the Turkish locative before «görüşme yapacak»; none that
 * ends a title or names a people of it.
 */
export function talksPlaces(sentences: readonly string[]): DraftPlace[] {
  for (const sentence of sentences) {
    const countries = findCountries(sentence).filter(
      (c) => !titleCountry(sentence, c) && !PEOPLE_OF.test(sentence.slice(c.index)),
    );
    const english = countries.find((c) => TALKS_IN_BEFORE.test(sentence.slice(0, c.index)));
    if (english) return [{ city: null, country: english.country }];
    for (const talks of sentence.matchAll(TR_TALKS)) {
      const turkish = countries.findLast(
        (c) => c.index < talks.index && COUNTRY_TEMAS.test(sentence.slice(c.index, talks.index)),
      );
      if (turkish) return [{ city: null, country: turkish.country }];
    }
  }
  return [];
}

// A Russian visit told as spent in a place, named after «в» with a capital: "находился с рабочим
// визитом в Бостоне и Кембридже", "побывал в Кембридже".
const RU_STAYED_IN =
  /(?:визит\p{L}*|находил\p{L}*|пребыва\p{L}*|побывал\p{L}*)\s+(?:в|во)\s+\p{Lu}\p{Ll}/u;

/**
 * With no place found, a Russian visit told as spent in places the gazetteers do not know went to
 * the one foreign country its heading names, not as an owner, an envoy's or a delegation's, nor
 * as one someone comes from: "Ректор обсудил … обмен с университетами США" over "находился с
 * визитом в Бостоне и Кембридже". The dateline's country is the release's home.
 */
export function headingCountry(
  headings: readonly string[],
  sentences: readonly string[],
  home: string | null,
): DraftPlace[] {
  if (!sentences.some((s) => RU_STAYED_IN.test(s))) return [];
  const countries = new Set(
    headings.flatMap((h) =>
      findCountries(h)
        .filter(
          (c) =>
            !owner(h, c) &&
            !delegations(h, c) &&
            !ENVOY_BEFORE.test(h.slice(0, c.index)) &&
            !FROM_BEFORE.test(h.slice(0, c.index)) &&
            c.country !== home,
        )
        .map((c) => c.country),
    ),
  );
  const [country] = [...countries];
  return countries.size === 1 && country ? [{ city: null, country }] : [];
}

// A letter, which no name of a place has just before or after it.
const LETTER = /\p{L}/u;

/** Whether a sentence names a place as a word of its own: "Riga", not "Rigas". */
function namesPlace(sentence: string, city: string): boolean {
  for (let at = sentence.indexOf(city); at >= 0; at = sentence.indexOf(city, at + 1)) {
    const [before, after] = [sentence[at - 1] ?? '', sentence[at + city.length] ?? ''];
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

/**
 * The first day (ISO) a sentence dates, days of the past aside, and periods too when `oneDay`;
 * else null.
 */
function firstDayDated(sentence: string, year: number | null, oneDay = false): string | null {
  const days = findDates(sentence)
    .filter((d) => d.start.day !== null && !isPastMention(sentence, d))
    .filter((d) => !oneDay || d.end === null)
    .map((d) => readRange(d, year).start ?? '')
    .filter((day) => day.length === 10)
    .sort();
  return days[0] ?? null;
}

/**
 * The places in the order the trip went to them, as far as the text dates them: a stop told after
 * the main one but dated on the trip's first day (`start`) leads it when the sentence first naming
 * the main one dates a later day: "In A on Tuesday 24 November … The A programme followed a short
 * stop in B on Monday 23 November", «2–4 декабря находился в А … Перед поездкой в Х 1 декабря
 * провёл один день в Б» open in B.
 */
export function firstStopFirst(
  places: readonly DraftPlace[],
  sentences: readonly string[],
  start: string | null,
  year: number | null,
): DraftPlace[] {
  const lead = places[0];
  if (start?.length !== 10 || !lead?.city || places.length < 2) return [...places];
  // A stop is dated by one day: a period in its sentence ("returned to A after a mission from
  // 29 April to 3 May") dates the whole trip, not a stop in A.
  const dayOf = (city: string, oneDay = false) => {
    const first = sentences.find((s) => namesPlace(s, city));
    return first === undefined ? null : firstDayDated(first, year, oneDay);
  };
  const leadDay = dayOf(lead.city);
  if (leadDay === null || leadDay <= start) return [...places];
  const first = places.findIndex(
    (p, i) => i > 0 && p.city !== null && dayOf(p.city, true) === start,
  );
  const stop = places[first];
  return stop ? [stop, ...places.filter((_, i) => i !== first)] : [...places];
}

// A stop told as one the trip had been to before the place the sentence goes on to: "after
// talks in A", "following meetings in A", «после встреч в А».
const AFTER_LEG_BEFORE =
  /(?<![\p{L}])(?:after|following|после)\s+(?:[\p{Ll}-]+\s+){1,3}(?:in|в|во)\s+(?:the\s+)?$/iu;
// A date straight after a town is that town's own: "in A on 6 December", «в А 6 декабря».
const OWN_DATE_BETWEEN = /^[\s,]*(?:on\s+)?$/iu;

/**
 * Whether the sentence first naming a stop (`city`) tells it as a leg of the trip before the
 * visit's first day `start`: told in the week before the release's ("the tour had begun last
 * week in A"), that day later; or as gone through before the period the sentence dates from that
 * day, the stop having no day of its own ("after talks in A, she spent 7 to 9 December in B",
 * «после встреч в А делегация с 7 по 9 декабря работала в Б»).
 */
function earlierLeg(
  sentence: string,
  city: string,
  start: string,
  year: number | null,
  issued: string | null,
): boolean {
  const dated = firstDayDated(sentence, year);
  const lastWeek = lastWeekEnd(sentence, issued);
  if (lastWeek !== null && lastWeek < start && (dated === null || dated < start)) return true;
  const at = sentence.indexOf(city);
  if (at < 0 || !AFTER_LEG_BEFORE.test(sentence.slice(0, at))) return false;
  const after = at + city.length;
  const next = findDates(sentence).find((d) => d.index >= after && d.start.day !== null);
  if (!next || OWN_DATE_BETWEEN.test(sentence.slice(after, next.index))) return false;
  return readRange(next, year).start === start;
}

/**
 * The places of the visit without the stops of an earlier leg in another country, told before
 * its days: "a visit to B from 7 to 9 December. The tour had begun last week in A" is a visit
 * to B.
 */
export function withoutEarlierLeg(
  places: readonly DraftPlace[],
  sentences: readonly string[],
  start: string | null,
  year: number | null,
  issued: string | null,
): DraftPlace[] {
  const kept = [...places];
  while (start?.length === 10 && kept.length > 1) {
    const lead = kept[0];
    if (!lead?.city || !kept.some((p) => p.country !== lead.country)) break;
    const city = lead.city;
    const first = sentences.find((s) => namesPlace(s, city));
    if (first === undefined || !earlierLeg(first, city, start, year, issued)) break;
    kept.shift();
  }
  return kept;
}

/**
 * The dateline says where the release was issued, often the body's seat and not the place
 * visited: it is the visit's place only when the text names no other, or names its country.
 */
export function withDateline(
  found: readonly DraftPlace[],
  dateline: { city: string | null; country: string | null } | null,
): DraftPlace[] {
  const issued = dateline?.country ? { city: dateline.city, country: dateline.country } : null;
  if (!issued) return [...found];
  if (found.length === 0) return [issued];
  return found.map((p) => (p.city === null && p.country === issued.country ? issued : p));
}

const LONGEST_TRIP_DAYS = 31;

// The dateline's own day said in its words: "this morning", "today".
const DATELINE_DAY = /\b(?:today|this (?:morning|afternoon|evening))\b/i;

/** A day (ISO) as a date the text writes in `text`. */
function dayMention(iso: string, text: string): DateMention {
  const [year, month, day] = iso.split('-').map(Number);
  return {
    start: { year: year ?? null, month: month ?? 1, day: day ?? null },
    end: null,
    index: 0,
    text,
  };
}

/**
 * The first and last days (ISO) of the week that opens on `monday` which the sentences tell, by a
 * weekday alone or by a date; null when they tell none.
 */
function weekDaysTold(
  sentences: readonly string[],
  named: DateMention,
  monday: string,
  year: number | null,
): { start: string; end: string } | null {
  const sunday = addDays(monday, 6);
  const days = sentences.flatMap((s, i) => [
    ...weekdayDates(s, addDays(monday, -1), true, true),
    ...findDates(s).filter(
      (d) => d.start.day !== null && !isPastMention(s, d) && !(i === 0 && d.index === named.index),
    ),
  ]);
  const inWeek = days
    .map((d) => readRange(d, year))
    .filter((r) => r.start && r.end && r.start >= monday && r.end <= sunday);
  if (inWeek.length === 0) return null;
  const starts = inWeek.map((r) => r.start ?? '').sort();
  const ends = inWeek.map((r) => r.end ?? '').sort();
  return { start: starts[0] ?? monday, end: ends.at(-1) ?? sunday };
}

// The week after the release's, with no weekday nor weekend after it: "next week", «на следующей
// неделе», «gelecek hafta», «önümüzdeki hafta».
const NEXT_WEEK_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:next\s+week|the\s+coming\s+week|` +
    String.raw`на\s+(?:следующей|будущей|предстоящей)\s+неделе|(?:gelecek|önümüzdeki)\s+hafta` +
    String.raw`(?!\s+(?:sonu|Pazar|Salı|Çarşamba|Perşembe|Cuma)))(?![\p{L}])`,
  'iu',
);

/** The Monday (ISO) of the week after the release's, when the lead names that week; else null. */
function nextWeekNamed(lead: readonly string[], issued: string | null): string | null {
  if (issued?.length !== 10 || !lead.some((s) => NEXT_WEEK_NAMED.test(s))) return null;
  const weekday = (new Date(`${issued}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(issued, 7 - weekday);
}

/**
 * The first and last visit days (ISO) dated in `told` that fall in the calendar weeks of a week
 * of a month `lead` names (`from`, `to`: its Monday and Sunday); null when the lead names no such
 * week or no day falls in it.
 */
function monthWeekTold(
  lead: readonly string[],
  told: readonly string[],
  year: number | null,
): { start: string; end: string; from: string; to: string } | null {
  const named = lead.map((s) => monthWeek(s, year)).find((w) => w !== null);
  const days = named ? readRange(named, year) : null;
  if (!days?.start || !days.end) return null;
  const weekday = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
  const from = addDays(days.start, -weekday(days.start));
  const to = addDays(days.end, 6 - weekday(days.end));
  const inWeek = told
    .flatMap((s) => findDates(s).filter((d) => d.start.day !== null && !isPastMention(s, d)))
    .map((d) => readRange(d, year))
    .filter((r) => r.start && r.end && r.start >= from && r.end <= to);
  if (inWeek.length === 0) return null;
  const start = inWeek.map((r) => r.start ?? '').sort()[0] ?? from;
  const end =
    inWeek
      .map((r) => r.end ?? '')
      .sort()
      .at(-1) ?? to;
  return { start, end, from, to };
}

/**
 * A trip told as one period per stop ("Manila from 15 to 17 May and Hanoi from 18 to 19 May")
 * ends with its last stop, when that falls soon after the first.
 */
function tripEnd(end: string | null, later: readonly DateMention[], year: number | null) {
  let last = end;
  for (const mention of later) {
    const next = readRange(mention, year).end;
    if (!last || !next || next <= last) continue;
    const days = (Date.parse(next) - Date.parse(last)) / 86_400_000;
    if (days <= LONGEST_TRIP_DAYS) last = next;
  }
  return last;
}

/** A day (ISO) moved by whole years. */
const yearsMoved = (iso: string | null, years: number) =>
  iso?.length === 10 ? `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}` : iso;

/**
 * The period's days; one written with no year that crosses the year end ("from 29 December to 2
 * January") lies nearest the release's day: told in December, it opens that year and ends in
 * the next; told in January, it opened the year before.
 */
function nearestCrossing(
  mention: DateMention,
  year: number | null,
  issued: string | null,
): ReadRange {
  const range = readRange(mention, year);
  const { start, end } = mention;
  if (
    issued?.length !== 10 ||
    range.start?.length !== 10 ||
    !end ||
    start.year !== null ||
    end.year !== null ||
    end.month >= start.month
  )
    return range;
  const later = { ...range, start: yearsMoved(range.start, 1), end: yearsMoved(range.end, 1) };
  const away = (r: ReadRange) => Math.abs(daysBetween(issued, r.start ?? issued));
  return away(later) < away(range) ? later : range;
}

export interface VisitDates {
  start: string | null;
  end: string | null;
  /** What to check, as catalog messages, so that the window says them in its own language. */
  warnings: DraftWarning[];
  unsure: boolean;
}

/**
 * A date alone, or a date and an hour at the end of the issuing office's closing line ("Press
 * Service Department … 27 November 2025, 14:20"), is when the release was put out, not a heading
 * about the visit.
 */
export function stampOnly(heading: string): boolean {
  const dates = findDates(heading);
  const last = dates.at(-1);
  if (!last) return false;
  const after = heading.slice(heading.lastIndexOf(last.text) + last.text.length);
  // The year's word after it is the date's too: "3 декабря 2026 года", "3 декабря 2026 г.".
  const rest = dates
    .reduce((text, d) => text.replace(d.text, ''), heading)
    .replace(/(?<![\p{L}])(?:года|г\.)/u, '');
  if (dates.length === 1 && /^[\s,.:\d]*$/u.test(rest)) return true;
  // So is a date alone with its weekday after it: "30 Kasım 2026 Pazartesi", "4 December 2026,
  // Friday".
  const before = heading.slice(0, heading.lastIndexOf(last.text));
  if (dates.length === 1 && /^[\s,.:]*$/u.test(before) && STAMP_TAIL.test(after)) return true;
  // So is one with the line of the press contact after it: "December 4, 2026 Media only: A B
  // (202) 555-0100", "4 December 2026 Media contact: …".
  if (dates.length === 1 && /^[\s,.:]*$/u.test(before) && CONTACT_AFTER.test(after)) return true;
  if (issuedFrom(heading)) return true;
  // So is one after the release's number: "No: 42, 3 Aralık 2026", «№ 42, 3 декабря 2026 г.».
  if (dates.length === 1 && NUMBER_BEFORE.test(before) && STAMP_TAIL.test(after)) return true;
  // So is one under its label, the issuing office's lines before it: "Northern Growers Union
  // Press Release Date: 07/12/2026", «Konya Sanayi Odası Basın Duyurusu Tarih: 01.12.2026».
  if (
    dates.length === 1 &&
    last.end === null &&
    !VISIT_WORD.test(heading) &&
    DATE_LABEL.test(before) &&
    STAMP_TAIL.test(after)
  ) {
    return true;
  }
  // The office's name, the word "press release" and the day it was put out: «ОАО «…» Пресс-релиз
  // 4.XII.2026», "Ministry of Trade Press Release 8 July 2026", the release's number after it:
  // "Press Release: 4 December 2026 ABC-PR-20261204-07".
  if (
    (/^\s*(?:г\.|года)?\s*$/u.test(after) || RELEASE_NUMBER.test(after)) &&
    !VISIT_WORD.test(heading) &&
    RELEASE_WORD.test(heading.slice(0, heading.lastIndexOf(last.text)))
  ) {
    return true;
  }
  // A site's section and, after a bar, the day it was put out, its weekday or hour after it:
  // «Новости института | 4 декабря 2026 г., пятница», "News | 8 July 2026, 14:20".
  if (
    !VISIT_WORD.test(heading) &&
    /\|\s*$/u.test(heading.slice(0, heading.lastIndexOf(last.text))) &&
    STAMP_TAIL.test(after)
  ) {
    return true;
  }
  // A site's section and a dash before the day it was put out, the office's name before them:
  // "Ministry of Trade News – 4 December 2026", «Новости — 4 декабря 2026 г.».
  if (
    !VISIT_WORD.test(heading) &&
    NEWS_SECTION.test(heading.slice(0, heading.lastIndexOf(last.text))) &&
    STAMP_TAIL.test(after)
  ) {
    return true;
  }
  // The day a release was updated, its hour and time zone after it: "Updated 5 March 2026, 14:00
  // CET", "News release – 4 March 2026 (updated 4 March 2026, 16:30 GMT)".
  if (UPDATED.test(heading.slice(0, heading.lastIndexOf(last.text))) && UPDATED_TAIL.test(after)) {
    return true;
  }
  return /^,?\s*\d{1,2}:\d{2}\s*$/u.test(after);
}

// The word saying when a release was updated, just before the date: "Updated", «Обновлено»,
// «Güncellendi».
const UPDATED =
  /(?<![\p{L}])(?:(?:last\s+)?(?:updated|modified)(?:\s+on)?|обновлено|güncelle(?:me|ndi))[\s:]*$/iu;
// What may follow the day a release was updated: the year's word, its hour, a time zone, the
// bracket that closes.
const UPDATED_TAIL =
  /^\s*(?:г\.|года)?,?\s*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[A-Z]{2,5}|UTC[+−-]\d{1,2}))?)?\s*\)?\s*$/u;

// The line of the press contact after the day a release was put out: "Media only:", "Media
// contact:", "Press contacts:", "Contact:".
const CONTACT_AFTER =
  /^\s*(?:(?:media|press)(?:\s+(?:only|contacts?|enquiries|inquiries))?|contacts?|for\s+(?:further|more)\s+information)\s*:/iu;

// A site's section of news, a dash or colon after it, just before the day of issue.
const NEWS_SECTION = /(?<![\p{L}])(?:news|latest news|новости|haberler|duyurular)\s*[–—:-]\s*$/iu;
// What may follow the day a release was put out: the year's word, its weekday, its hour, and
// the hour's time zone, its offset after it, in brackets or not: "14:20 EAT", «10:15 (МСК+9)».
const STAMP_TAIL = new RegExp(
  String.raw`^\s*(?:г\.|года)?(?:,?\s*(?:понедельник|вторник|среда|четверг|пятница|суббота|` +
    String.raw`воскресенье|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Pazartesi|` +
    String.raw`Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar))?(?:,?\s*\d{1,2}[:.]\d{2}` +
    String.raw`(?:\s*(?:\((?:[A-Z]{2,5}|МСК|TSİ)(?:\s?[+−-]\s?\d{1,2}(?::?\d{2})?)?\)|` +
    String.raw`(?:[A-Z]{2,5}|МСК|TSİ)(?:\s?[+−-]\s?\d{1,2}(?::?\d{2})?)?))?)?\s*$`,
  'iu',
);

// A release's reference number: capitals and figures in parts joined by hyphens or slashes,
// "ABC-PR-20261204-07", "No. PR/118/2026".
const RELEASE_NUMBER =
  /^\s*(?:(?:No|Ref|Reference)\.?:?\s*)?(?=[\p{Lu}\d./-]*\d)[\p{Lu}\d]+(?:[-/.][\p{Lu}\d]+)+\s*$/u;

// A release's number alone before the day it was put out: "No: 42,", "No. 118 –", «№ 42,».
const NUMBER_BEFORE = /^\s*(?:No|Nr|Sayı|№)\.?:?\s*\d+(?:[/-]\d+)*\s*[,–—-]?\s*$/iu;

// The label of the day a release was put out, just before it: "Date:", «Tarih:», «Дата:».
const DATE_LABEL = /(?<![\p{L}])(?:Date|DATE|Tarih|TARİH|Дата|ДАТА)\s*:\s*$/u;

// The words naming a release, just before the date it was put out: "FOR IMMEDIATE RELEASE
// December 4, 2026", «Basın Açıklaması – 28 Kasım 2026». So do those naming a bulletin of the
// week's news, its number after them: «Haftalık Bülten — 7 Aralık 2026», "Weekly News Digest
// No. 12 – 4 December 2026", «Еженедельный бюллетень № 5 — 4 декабря 2026».
const RELEASE_WORD =
  /(?<![\p{L}])(?:пресс-релиз|press release|news release|media release|for immediate release|basın bülteni|basın duyurusu|basın açıklaması|информационное сообщение|сообщение для (?:печати|сми)|(?:haftalık|aylık) bülten|(?:weekly |monthly )?(?:news digest|newsletter)(?: no\.? ?\d+)?|(?:еженедельный |ежемесячный )?(?:бюллетень|дайджест)(?: № ?\d+)?)[\s,.:–—-]*$/iu;

/**
 * A heading that tells no visit and ends with a known town and a date is the issuing office's
 * address and the day the release was put out: "PRESS RELEASE / Ministry of Finance / Accra / 8
 * July 2026". Neither the town nor the date is the visit's.
 */
export function issuedFrom(heading: string): boolean {
  if (VISIT_WORD.test(heading)) return false;
  const last = findDates(heading).at(-1);
  if (!last || !heading.trimEnd().endsWith(last.text)) return false;
  const before = heading
    .slice(0, heading.lastIndexOf(last.text))
    .replace(/[\s,]+$/u, '')
    .split(/\s+/);
  return [1, 2, 3].some(
    (n) => before.length > n && cityCountry(before.slice(-n).join(' ')) !== null,
  );
}

/**
 * A heading that tells no visit and no date, and names towns only as the first words of bodies'
 * names, is the issuing body's name: "Ankara Üniversitesi Rektörlüğü". The town is its home, no
 * place of the visit.
 */
export function bodysName(heading: string): boolean {
  if (VISIT_WORD.test(heading) || findDates(heading).length > 0) return false;
  const cities = findCities(heading);
  return (
    cities.length > 0 &&
    cities.every((c) => /^\s+\p{Lu}\p{Ll}/u.test(heading.slice(c.index + (c.city ?? '').length)))
  );
}

// The day before the release's: "yesterday", «вчера», "dün".
const YESTERDAY = /(?<![\p{L}])(?:yesterday|вчера|dün)(?![\p{L}])/iu;

// Days told from the release's, and their offsets from the dateline's day: Turkish «önceki gün»
// (not «bir önceki gün», the day before some other), «dün», «bugün», «yarın», «öbür gün»; Russian
// «позавчера», «вчера», «сегодня», «завтра», «послезавтра»; English "the day before yesterday",
// "yesterday", "today", "tomorrow", "the day after tomorrow".
const RELATIVE_DAY = String.raw`(?<!\bbir\s)önceki\s+gün|dün|bugün|yarın|öbür\s+gün|позавчера|вчера|сегодня|послезавтра|завтра|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow`;
const RELATIVE_DAY_OFFSET: ReadonlyArray<[RegExp, number]> = [
  [/^(?:önceki|позавчера|the\s+day\s+before)/iu, -2],
  [/^(?:dün|вчера|yesterday)/iu, -1],
  [/^(?:bugün|сегодня|today)/iu, 0],
  [/^(?:yarın|завтра|tomorrow)/iu, 1],
  [/^(?:послезавтра|öbür|the\s+day\s+after)/iu, 2],
];
// Two of them joined: «dün ve bugün», «вчера и сегодня», «сегодня и завтра» span both.
const RELATIVE_DAY_PAIR = new RegExp(
  String.raw`(?<![\p{L}])(${RELATIVE_DAY})\s+(?:ve|ile|и|and)\s+(${RELATIVE_DAY})(?![\p{L}])`,
  'iu',
);
const RELATIVE_DAYS = new RegExp(String.raw`(?<![\p{L}])(${RELATIVE_DAY})(?![\p{L}])`, 'giu');
// One alone that is not the dateline's day nor the day before it, which are read apart: «önceki
// gün», «yarın», «öbür gün», «позавчера», «завтра», «послезавтра», "the day before yesterday",
// "tomorrow".
const RELATIVE_DAY_ALONE = new RegExp(
  String.raw`(?<![\p{L}])(?<!\bbir\s)(önceki\s+gün|yarın|öbür\s+gün|позавчера|послезавтра|завтра|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|tomorrow)(?![\p{L}])`,
  'iu',
);

function relativeDayOffset(word: string): number {
  return RELATIVE_DAY_OFFSET.find(([re]) => re.test(word))?.[1] ?? 0;
}

/**
 * The visit's days told from the dateline's day: «dün ve bugün», «вчера и сегодня» two days,
 * «önceki gün», «позавчера» the day before yesterday, «yarın», «завтра» tomorrow. Null when no
 * sentence tells such a day.
 */
function relativeDays(
  told: readonly string[],
  datelineDate: string,
): { start: string; end: string } | null {
  for (const s of told) {
    const pair = RELATIVE_DAY_PAIR.exec(s);
    if (!pair) continue;
    const [a, b] = [relativeDayOffset(pair[1] ?? ''), relativeDayOffset(pair[2] ?? '')].sort(
      (x, y) => x - y,
    );
    return { start: addDays(datelineDate, a ?? 0), end: addDays(datelineDate, b ?? 0) };
  }
  // Days told apart, one a sentence: «dün … görüştü. … bugün Karaganda'ya geçecek» span from the
  // first to the last.
  const offsets = told.flatMap((s) =>
    [...s.matchAll(RELATIVE_DAYS)].map((m) => relativeDayOffset(m[1] ?? '')),
  );
  const [first, last] = [Math.min(...offsets), Math.max(...offsets)];
  if (offsets.length > 1 && first < last) {
    return { start: addDays(datelineDate, first), end: addDays(datelineDate, last) };
  }
  for (const s of told) {
    const alone = RELATIVE_DAY_ALONE.exec(s);
    if (!alone) continue;
    const day = addDays(datelineDate, relativeDayOffset(alone[1] ?? ''));
    // A stay of a few days it opens: «yarın … üç günlük bir ziyaret gerçekleştirecek», "a
    // two-day visit beginning tomorrow".
    const en = EN_DAYS_LASTING.exec(s);
    const days =
      daysLasting(s) ?? (en ? (EN_COUNT[(en[1] ?? '').toLowerCase()] ?? Number(en[1])) : 1);
    return { start: day, end: addDays(day, days - 1) };
  }
  return null;
}

// The words of a stay made longer: "extended", «продлена», «uzatıldı»; or given its last day anew
// in a note of the release updated: «поездка продлится до 12 декабря», "will now last until 12
// December", «12 Aralık'a kadar sürecek»; or its return put off: "the return flight was
// postponed by one day", «dönüş uçuşu bir gün ertelendi», «обратный рейс перенесён».
const STAY_EXTENDED =
  /(?<![\p{L}])(?:(?:dönüş|return|возвращени|обратн)\p{L}*[^.;]{0,60}?(?<![\p{L}])(?:ertelen|postponed|delayed|put\s+off|отложен|перенес[её]н)\p{L}*|extended|prolonged|продл[её]н\p{L}*|продлил\p{L}*|uzatıl\p{L}*|(?:продлится|продолжится)\s+до|will\s+now\s+(?:last|run|continue)\s+(?:until|through|to)|kadar\s+(?:sürecek|devam\s+edecek))(?![\p{L}])/iu;

// The words of a stay given its first day anew in a note of the release updated: "will now begin
// on", "will now arrive in A on", «начнётся теперь», «теперь стартует», «artık … başlayacak».
const STAY_STARTS_ANEW =
  /(?<![\p{L}])(?:will\s+now\s+(?:begin|start|open|commence|arrive)|now\s+(?:begins|starts|opens|arrives)|(?:начн[её]тся|стартует)\s+(?:теперь|лишь|только)|теперь\s+(?:начн[её]тся|стартует)|artık(?=[^.]*?\s+başlayacak))(?![\p{L}])/iu;

// The words of a stay given its last day anew in a note of the release updated: "will now end
// on", "now ends", «завершится теперь», «теперь завершится», «artık … sona erecek».
const STAY_ENDS_ANEW =
  /(?<![\p{L}])(?:will\s+now\s+(?:end|conclude|finish|close)|now\s+(?:ends|concludes|finishes)|(?:заверш|законч)ится\s+теперь|теперь\s+(?:заверш|законч)ится|artık(?=[^.]*?\s+(?:sona\s+erecek|tamamlanacak|bitecek)))(?![\p{L}])/iu;

// The words of a stay made shorter: "shortened", "cut short", «сокращена», «kısaltıldı».
const STAY_SHORTENED =
  /(?<![\p{L}])(?:shortened|cut\s+short|curtailed|сокращ[её]н\p{L}*|сократил\p{L}*|kısaltıl\p{L}*)(?![\p{L}])/iu;
// The words before a day a note of the release updated replaces: "instead of", "rather than".
const REPLACED_DAY =
  /(?<![\p{L}])(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:on\s+)?(?:the\s+)?(?:\p{Lu}\p{Ll}+day,?\s+)?$/u;
// By how many days, when the note names no last day: "shortened by one day", «сокращена на один
// день», «на сутки», «bir gün kısaltılmıştır».
const SHORTENED_BY =
  /(?<![\p{L}])(?:by\s+(one|a|two|three|[1-3])\s+days?|на\s+(один|два|три|[1-3])\s+(?:день|дня)|на\s+(сутки)|(bir|iki|üç|[1-3])\s+gün)(?![\p{L}])/iu;
const SHORTENED_COUNT: Record<string, number> = {
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  один: 1,
  два: 2,
  три: 3,
  сутки: 1,
  bir: 1,
  iki: 2,
  üç: 3,
};

// The words of a stay's end: «завершилась», «завершившегося», «подошла к концу», «sona erdi»,
// «tamamlandı», «noktalandı», "ended", "concluded", "came to an end", "wrapped up"; the visitor
// who ended it: «ziyaretini tamamladı», «ziyaretini tamamlayan».
const STAY_ENDED =
  /(?<![\p{L}])(?:заверш(?:ил|ен|ён|ивш)\p{L}*|подош(?:ёл|ел|ла|ло)\s+к\s+концу|окончил\p{L}*|sona\s+er(?:di|en|miş)|tamamlan(?:dı|an|mış)\p{L}*|tamamla(?:dı|yan|mış)\p{L}*|noktalan(?:dı|an)\p{L}*|son\s+buldu|ended|concluded|came\s+to\s+an\s+end|wrapped\s+up)(?![\p{L}])/iu;
// A stay told as ending on the release's own day, the day before its verb or after it: «bugün
// Hatanga'da sona eriyor», "ends today", «сегодня завершается».
const ENDING_VERB =
  '(?:sona\\s+er(?:iyor|di)|tamamlan(?:ıyor|dı)|bitiyor|ends|concludes|is\\s+ending|' +
  'is\\s+concluding|заверша(?:ется|ет\\s+\\p{L}+)|оканчивается)';
/** A verb of a stay with the release's own day before or after it. */
const onReleaseDay = (verb: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}])(?:(?:bugün|today|сегодня)(?![\\p{L}])[^.;]{0,40}?${verb}|` +
      `${verb}[^.;]{0,40}?(?<![\\p{L}])(?:bugün|today|сегодня))(?![\\p{L}])`,
    'iu',
  );
const ENDS_TODAY = onReleaseDay(ENDING_VERB);
// A stay told as ended on the release's own day: "concluded a two-day visit to A today", «сегодня
// завершил визит».
const ENDED_TODAY = onReleaseDay(
  '(?:ended|concluded|wrapped\\s+up|came\\s+to\\s+an\\s+end|заверши(?:л|ла|ли|лся|лась|лось))',
);
// A stay told as opening on the release's own day, the day before its verb or after it: «bugün
// Kopenhag'da başlayan ziyaret», "the visit, which began today", «сегодня начался визит».
const BEGINNING_VERB =
  '(?:başla(?:yan|dı|yacak|ıyor)|began|begins|will\\s+begin|started|starts|' +
  'начал(?:ся|ась|ось|ись)|начина(?:ется|ются)|начн[её]тся|стартова(?:л|ла|ло)|стартует)';
const BEGINS_TODAY = onReleaseDay(BEGINNING_VERB);
// A visitor told as arrived on the release's own day, or his stay as opened on it: "arrived today
// in A", «прибыл сегодня в А», «bugün Tiflis'e ulaştı».
const ARRIVED_TODAY = onReleaseDay(
  `(?:${BEGINNING_VERB}|arrived|arrives|has\\s+arrived|прибыл[аио]?|прибыва(?:ет|ют)|` +
    'ulaştı|ulaşan|geldi|gelen)',
);
// The visitor's coming home told before its weekday: "returned to A on Sunday", "flew home on
// Saturday", «вернулась в А в воскресенье».
const RETURNED_BEFORE =
  /(?<![\p{L}])(?:returned|returns|will\s+return|(?:flew|came|got|went)\s+(?:back|home)|вернул(?:ся|ась|ись)|верн[её]тся)(?![\p{L}])[^.;,]{0,40}$/iu;
// The visitor going on to the trip's next stop, or staying at it: "flew to B", "travelled on to
// B", "will continue to B", «вылетела в Б», «отправился в Б», «переехали в Б», «находилась в Б».
const ONWARD_LEG = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:flew|travell?ed|moved|continued|proceeded|headed|drove|crossed)` +
    String.raw`(?:\s+on)?\s+to|went\s+on\s+to|left\s+for|will\s+(?:fly|travel|go\s+on|` +
    String.raw`move\s+on|continue|proceed|head)\s+(?:on\s+)?to|` +
    String.raw`(?:вылет|отправи|перее|переле|находил|пребывал)\p{L}*\s+в)(?![\p{L}])`,
  'iu',
);
// The visitor's coming home, which ends a stay told by its first day alone: "arrived in A on 3
// December … will return home on 6 December", «вернётся на родину», «Heyetin 6 Aralık sabahı
// Türkiye'ye dönmesi planlanıyor»; so is the homeland told by its common noun: «Cuma günü yurda
// döndü», «heyet ülkeye dönecek».
const HOMEWARD = new RegExp(
  String.raw`(?<![\p{L}])(?:return(?:s|ed)?\s+(?:home|to)|(?:fl(?:y|ies|ew)|head(?:s|ed)?|` +
    String.raw`go(?:es)?|went|come|came)\s+(?:back\s+)?home|верн[её]тся|вернул(?:ся|ась|ись)|` +
    String.raw`возвратит(?:ся|ься)|(?:\p{L}+['’]y?[ae]|yurda|yurduna|ülke(?:ye|mize|sine))\s+` +
    String.raw`(?:\p{Ll}+\s+)?` +
    String.raw`dön(?:ecek|mesi|dü|müş|eceği|düler|ecekler)\p{L}*)(?![\p{L}])`,
  'iu',
);
// So is the visitor's leaving the country visited, named or told as "the country": "He left A on
// Sunday 29 November", «Петров покинул A в воскресенье».
const LEFT_THE_COUNTRY =
  /(?<![\p{L}])(?:left|leaves|departed(?:\s+from)?|departs(?:\s+from)?|(?:will|to)\s+(?:leave|depart\s+from))\s+(?:the\s+country\b|\p{Lu}\p{Ll}+)|(?<![\p{L}])покин(?:ул|ула|ули|ет|ут)\s+\p{Lu}/u;
// The word that makes the date after it the last day of a stay under way: "until Thursday, 10
// May", «до четверга, 10 мая».
const STAYING_UNTIL = /(?<![\p{L}])(?:until|till|до)\s+(?:\p{L}+,?\s+)?$/iu;
// The days of the release and the one before it, which may end a stay: «вчера», «сегодня», «dün»,
// «bugün», "yesterday", "today".
const STAY_END_DAY = /(?<![\p{L}])(вчера|сегодня|dün|bugün|yesterday|today)(?![\p{L}])/iu;

/**
 * A stay told by its length and ended on a day told from the dateline's: «Вчера завершилась
 * четырёхдневная поездка», «dört günlük ziyaret dün sona erdi», "a three-day visit that ended
 * yesterday" run that many days up to that day. Null when no sentence tells one.
 */
function stayEndedOn(
  told: readonly string[],
  datelineDate: string,
): { start: string; end: string } | null {
  for (const s of told) {
    const day = STAY_END_DAY.exec(s);
    if (!day || !STAY_ENDED.test(s)) continue;
    const en = EN_DAYS_LASTING.exec(s);
    const days =
      daysLasting(s) ?? (en ? (EN_COUNT[(en[1] ?? '').toLowerCase()] ?? Number(en[1])) : null);
    if (!days) continue;
    const end = addDays(datelineDate, relativeDayOffset(day[1] ?? ''));
    return { start: addDays(end, 1 - days), end };
  }
  return null;
}

/**
 * The days before the dateline's told of the visit with no date written ("yesterday", «вчера»,
 * «позавчера», «dün»), within a week after its first day `opening`: «В среду … В четверг …
 * Вчера программа поездки завершилась …» ends the visit on the day before the release's.
 */
function pastDaysTold(
  told: readonly string[],
  datelineDate: string | null,
  opening: string | null,
  dated = '',
): string[] {
  if (datelineDate?.length !== 10 || opening?.length !== 10) return [];
  return toldOfVisit(told)
    .filter((s) => s === dated || findDates(s).length === 0)
    .flatMap((s) => [...s.matchAll(RELATIVE_DAYS)].map((m) => m[1] ?? ''))
    .filter((word) => relativeDayOffset(word) < 0)
    .map((word) => addDays(datelineDate, relativeDayOffset(word)))
    .filter((day) => day > opening && daysBetween(opening, day) <= NEAR_DAYS);
}

/** The sentences that may tell the visit's days from the dateline's: the lead and those of the visit. */
function toldOfVisit(sentences: readonly string[]): string[] {
  return sentences.slice(0, 2).concat(sentences.filter((s) => VISIT_WORD.test(s)));
}

// How far before a dated day of the visit a day told from the dateline may open it.
const RELATIVE_OPENING_DAYS = 7;

/**
 * The visit's opening told from the dateline's day in a sentence other than the dated one
 * (`chosenIn`), when it falls a few days before the dated day `start`; else null.
 */
function relativeOpening(
  sentences: readonly string[],
  chosenIn: string,
  datelineDate: string | null,
  start: string,
): { start: string; end: string } | null {
  if (datelineDate?.length !== 10 || start.length !== 10) return null;
  const told = toldOfVisit(sentences).filter((s) => s !== chosenIn && findDates(s).length === 0);
  const days = relativeDays(told, datelineDate);
  if (!days || days.start >= start || addDays(days.start, RELATIVE_OPENING_DAYS) < start)
    return null;
  return days;
}

/**
 * A period of days a sentence before `sentence` tells, which holds the one day `day` falls on;
 * null when none does.
 */
function enclosingPeriod(
  told: readonly string[],
  sentence: string,
  day: DateMention,
  year: number | null,
): DateMention | null {
  const at = readRange(day, year).start;
  const before = told.indexOf(sentence);
  if (!at || before <= 0) return null;
  for (const text of told.slice(0, before))
    for (const d of findDates(text)) {
      if (d.end === null || d.start.day === null || isPastMention(text, d)) continue;
      const { start, end } = readRange(d, year);
      if (start && end && start < end && start <= at && at <= end) return d;
    }
  return null;
}

// A stay of a few days told by its length: "iki gün süren temaslar", "üç günlük ziyaret".
const TR_DAYS_LASTING =
  /(?<![\p{L}\d])(iki|üç|dört|beş|[2-5])\s+gün(?:\s+s[üu]ren|\s+sürecek|lük)(?![\p{L}])/iu;
const TR_COUNT: Record<string, number> = { iki: 2, üç: 3, dört: 4, beş: 5 };
// The same in Russian: «визита, продлившегося три дня», «в течение трёх дней», «трёхдневный
// визит», «2-дневный», «провела в крае пять дней начиная с 27 ноября».
const RU_DAYS_LASTING =
  /(?<![\p{L}\d])(?:(?:продлившегося|продлившийся|продлившемся|длившегося|длившийся|продолжавшегося|продлится|продлился|продлилась|продлилось|длился|длилась|в течение)\s+(два|двух|три|трёх|трех|четыре|четырёх|четырех|пять|пяти|[2-5])\s+(?:дня|дней)|(двух|тр[её]х|четыр[её]х|пяти|[2-5]-х?)дневн\p{L}*|(два|три|четыре|пять|[2-5])\s+(?:дня|дней),?\s+начиная\s+с)(?![\p{L}])/iu;
// A Russian stay told by its length and its first day: «пять дней начиная с 27 ноября».
const RU_STAY_FROM =
  /(?<![\p{L}\d])(?:два|три|четыре|пять|[2-5])\s+(?:дня|дней),?\s+начиная\s+с(?![\p{L}])/iu;
// A programme told by the day it opened and the day it closed: "The programme opened in A on
// Monday 30 November and closed in B on Thursday 3 December".
const PROGRAMME_SPAN =
  /\b(?:programme|program|itinerary|schedule)\s+(?:opened|began|started)\b[^.;]*\b(?:closed|ended|concluded|finished)\b/iu;
const RU_COUNT: Record<string, number> = {
  два: 2,
  двух: 2,
  три: 3,
  трёх: 3,
  трех: 3,
  четыре: 4,
  четырёх: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
};

// The same in English, a stay's length before the word of the visit, read when a word of its
// opening or end leads to its date: "a three-day visit beginning on 7 December", "a two-day
// working visit starting on 8 December", "a three-day visit ending on 9 December", "a four-day
// stay, which runs until 10 May".
const EN_DAYS_LASTING = new RegExp(
  String.raw`(?<![\p{L}\d-])(two|three|four|five|[2-5])-day\s+(?:[\p{Ll}-]+\s+){0,2}?` +
    String.raw`(?:visit|trip|tour|mission|stay)(?![\p{L}])`,
  'iu',
);
const EN_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const EN_STAY_BOUND = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:begin(?:ning|s)|began|start(?:ing|s|ed)|commencing|` +
    String.raw`end(?:ing|s|ed)|conclud(?:ing|es|ed)|until|till)\s+(?:on\s+)?$`,
  'iu',
);
// A stay's last day told before its length, as American releases write it: "on Thursday wrapped
// up a two-day visit to A".
const ENDED_THEN_LENGTH = new RegExp(
  String.raw`^,?\s+(?:wrapped\s+up|concluded|ended|completed|closed)\s+` +
    String.raw`(?:a|an|his|her|its|their)\s+(two|three|four|five|[2-5])-day\s+` +
    String.raw`(?:[\p{Ll}-]+\s+){0,2}?(?:visit|trip|tour|mission|stay)(?![\p{L}])`,
  'iu',
);
const EN_STAY_ENDING = /\b(?:end(?:ing|s|ed)|conclud(?:ing|es|ed)|until|till)\s+(?:on\s+)?$/iu;
// A verb of the stay's end, or of its opening (the group), just before its date; the stay's
// length just after the date.
const BOUND_BEFORE_DATE =
  /\b(?:wrapped\s+up|concluded|ended|completed|closed|(began|started|opened|commenced))\s+(?:on\s+)?$/iu;
const LENGTH_AFTER_DATE = new RegExp(
  String.raw`^,?\s+(?:a|an|his|her|its|their)\s+(two|three|four|five|[2-5])-day\s+` +
    String.raw`(?:[\p{Ll}-]+\s+){0,2}?(?:visit|trip|tour|mission|stay)(?![\p{L}])`,
  'iu',
);
// A verb of the stay's end before its day, in the same clause, and its length after the day:
// "ended her working visit to A on Friday after three days of talks".
const ENDED_BEFORE_DAY = /\b(?:wrapped\s+up|concluded|ended|completed|closed)\b[^.;]{0,80}$/iu;
const DAYS_AFTER_DAY = /^,?\s+after\s+(two|three|four|five|[2-5])\s+days(?![\p{L}])/iu;

/**
 * An English stay's length told before the date in `sentence` that opens or ends it, or after the
 * date it ends on, and whether the date is its end; else null.
 */
function englishStay(
  sentence: string,
  date: DateMention,
): { days: number; ending: boolean } | null {
  // The end told before the length: "on Thursday wrapped up a two-day visit".
  const after = sentence.slice(date.index + date.text.length);
  const ended = ENDED_THEN_LENGTH.exec(after);
  if (ended)
    return { days: EN_COUNT[(ended[1] ?? '').toLowerCase()] ?? Number(ended[1]), ending: true };
  // The verb of its end or opening before the date, the length after it: "concluded on Wednesday
  // 25 November a two-day visit to A", "began on 7 December a three-day tour".
  const verb = BOUND_BEFORE_DATE.exec(sentence.slice(0, date.index));
  const length = verb ? LENGTH_AFTER_DATE.exec(after) : null;
  if (verb && length)
    return {
      days: EN_COUNT[(length[1] ?? '').toLowerCase()] ?? Number(length[1]),
      ending: verb[1] === undefined,
    };
  // The verb of its end before the date, the length after it as the days gone by: "ended her
  // visit to A on Friday after three days of talks".
  const gone = DAYS_AFTER_DAY.exec(after);
  if (gone && ENDED_BEFORE_DAY.test(sentence.slice(0, date.index)))
    return { days: EN_COUNT[(gone[1] ?? '').toLowerCase()] ?? Number(gone[1]), ending: true };
  const m = EN_DAYS_LASTING.exec(sentence);
  if (!m || m.index > date.index) return null;
  // A weekday alone is read with the word of the stay's opening or end before it: "ending
  // Tuesday".
  const bound = /^(?:ending|starting|beginning)\s+/iu.exec(date.text)?.[0] ?? '';
  const between = sentence.slice(m.index + m[0].length, date.index) + bound;
  if (!EN_STAY_BOUND.test(between)) return null;
  const days = EN_COUNT[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
  return { days, ending: EN_STAY_ENDING.test(between) };
}

// A day and the one after it: "on 7 December and the following day", «7 декабря и на следующий
// день», «7 Aralık'ta Kazakistan'ı ve ertesi gün Özbekistan'ı»; a few words may stand between.
const AND_NEXT_DAY = new RegExp(
  String.raw`^(?:['’]\p{L}*)?(?:\s+[^\s.;,]+){0,3}?\s+` +
    String.raw`(?:and\s+(?:on\s+)?the\s+(?:following|next)\s+day|` +
    String.raw`и\s+(?:на\s+)?(?:следующий|другой)\s+день|ve\s+(?:ertesi|sonraki)\s+gün)(?![\p{L}])`,
  'iu',
);

// An English stay told by its length before its first day: "over three days starting Monday",
// "for two days beginning on 7 December", "will spend three days in Cornwall, beginning on 10
// December".
const EN_DAYS_FROM = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:(?:over|for|during)\s+(?:the\s+)?|spend(?:s|ing)?\s+|spent\s+)` +
    String.raw`(two|three|four|five|[2-5])\s+days(?:\s+(?:in|at)\s+[^.;]{1,50}?)?,?\s+` +
    String.raw`(?:starting|beginning|commencing)(?![\p{L}])`,
  'iu',
);

// An English stay told by the day of arrival and its length after it: "arrived in A on Monday 30
// November for four days", "arrives on 7 December for a three-day stay" is that many days; the
// kind of visit may stand between: "for a three-day working visit".
const EN_ARRIVED_FOR = new RegExp(
  String.raw`\b(?:arriv(?:ed|es|ing)|will\s+arrive|landed)\b[^.;]{0,80}?\bfor\s+(?:a\s+)?` +
    String.raw`(two|three|four|five|[2-5])(?:\s+days|-day\s+(?:[\p{Ll}-]+\s+){0,2}?` +
    String.raw`(?:visit|stay|trip|tour|mission))(?![\p{L}])`,
  'iu',
);

// The words of a stay's first day, which make a date beside a word of its end no last day:
// «начавшийся 30 ноября», «30 Kasım'da başlayan», "which began on 30 November".
const STAY_OPENED =
  /(?<![\p{L}])(?:начал\p{L}*|начав\p{L}*|начина\p{L}*|стартова\p{L}*|başla\p{L}*|ilk\s+gün\p{L}*|began|begun|beginning|start(?:ed|ing))(?![\p{L}])/iu;

/**
 * Whether a sentence tells the stay, told by its length in it, as ended on its one date:
 * «Трёхдневная поездка … завершилась в среду, 2 декабря», «üç günlük ziyaret, 2 Aralık'ta …
 * tamamlandı»; or, with no date, on its one weekday alone (`day`, the day chosen in it): «в
 * пятницу завершил четырёхдневную поездку», «üç gün süren temaslarını cuma günü tamamladı».
 */
function endedOnDate(sentence: string, day: DateMention): boolean {
  if (daysLasting(sentence) === null || !STAY_ENDED.test(sentence)) return false;
  if (STAY_OPENED.test(sentence)) return false;
  const dated = findDates(sentence).filter((d) => d.start.day !== null).length;
  return dated === 1 || (dated === 0 && day.end === null && sentence.includes(day.text));
}

/** How many days a sentence says the stay lasted, if it says so. */
function daysLasting(text: string): number | null {
  const tr = TR_DAYS_LASTING.exec(text);
  // The count may open its sentence with a capital: «Üç günlük ziyaretin ilk günü …».
  if (tr) return TR_COUNT[(tr[1] ?? '').toLocaleLowerCase('tr')] ?? Number(tr[1]);
  const en = EN_DAYS_FROM.exec(text) ?? EN_ARRIVED_FOR.exec(text);
  if (en) return EN_COUNT[(en[1] ?? '').toLowerCase()] ?? Number(en[1]);
  const ru = RU_DAYS_LASTING.exec(text);
  const word = (ru?.[1] ?? ru?.[2] ?? ru?.[3] ?? '').toLowerCase().replace(/-х?$/u, '');
  if (!ru) return null;
  return RU_COUNT[word] ?? (Number(word) || null);
}

// How far from a visit's first weekday a day dated in another sentence may be one of its days.
const NEAR_DAYS = 7;

/** The days from one ISO day to another. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/**
 * The first and last days (ISO) of the visit's last period dated in the sentence nearest before
 * the `at`-th that dates one; else null.
 */
function datedBefore(
  told: readonly string[],
  at: number,
  year: number | null,
): { start: string; end: string } | null {
  for (let i = at - 1; i >= 0; i -= 1) {
    const s = told[i] ?? '';
    const dated = findDates(s).filter((d) => d.start.day !== null && !isPastMention(s, d));
    const last = dated.at(-1);
    const { start, end } = last ? readRange(last, year) : { start: null, end: null };
    if (end?.length === 10) return { start: start?.length === 10 ? start : end, end };
  }
  return null;
}

/**
 * The weekdays alone a sentence tells after its last date, which they follow: "arrives on 8
 * December and leaves on Friday", «8 Aralık Salı günü ulaşacak heyet, Cuma günü dönecek».
 */
function weekdaysAfterDate(sentence: string, year: number | null): DateMention[] {
  const last = findDates(sentence)
    .filter((d) => d.start.day !== null && !isPastMention(sentence, d))
    .at(-1);
  const end = last ? readRange(last, year).end : null;
  if (!last || end?.length !== 10) return [];
  return weekdayDates(sentence, end, true, true).filter((d) => d.index > last.index);
}

// A stay told as ended on a date, and its first day by a weekday alone after it: "concluded on
// Saturday (5 December) a visit to A that began in B on Wednesday".
const ENDED_BEFORE_DATE =
  /(?<![\p{L}])(?:concluded|ended|wrapped\s+up|completed|closed)(?![\p{L}])[^.;]{0,25}$/iu;
const BEGAN_ON_WEEKDAY = new RegExp(
  String.raw`^[^.;]{0,120}?(?<![\p{L}])(?:began|begun|started|opened)(?![\p{L}])[^.;]{0,60}?` +
    String.raw`(?<![\p{L}])(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)` +
    String.raw`(?![\p{L}])(?!,?\s+(?:the\s+)?\d)`,
  'u',
);

/**
 * The first day (ISO) of a stay a sentence tells as ended on its one date (`date`) and begun on a
 * weekday alone after it, the last such weekday before the date; else null.
 */
function beganBefore(sentence: string, date: DateMention, year: number | null): string | null {
  const end = readRange(date, year).start;
  if (end?.length !== 10 || !ENDED_BEFORE_DATE.test(sentence.slice(0, date.index))) return null;
  const began = BEGAN_ON_WEEKDAY.exec(sentence.slice(date.index + date.text.length));
  const weekday = WEEKDAY_WORDS.indexOf(began?.[1] ?? '');
  if (weekday < 0) return null;
  const back = (new Date(`${end}T00:00:00Z`).getUTCDay() - weekday + 7) % 7;
  return back > 0 ? addDays(end, -back) : null;
}

// What stands before and after the date that opens a day of a programme: its weekday, and a
// dash or a colon before the place or the day's first item: "Monday, 14 December – Kohima",
// «14 Aralık Pazartesi – Nalçik», «Понедельник, 14 декабря: Москва».
const DAY_LINE_BEFORE = /^\s*(?:\p{Lu}\p{Ll}+,?\s+)?$/u;
const DAY_LINE_AFTER = /^(?:,?\s+\p{L}+)?(?:\s*[–—:]|\s+-)\s/u;

/** Whether a sentence opens a day of a programme with its date, as a list of the days does. */
function dayLine(sentence: string): boolean {
  const first = findDates(sentence)[0];
  if (!first || first.start.day === null || first.end !== null) return false;
  return (
    DAY_LINE_BEFORE.test(sentence.slice(0, first.index)) &&
    DAY_LINE_AFTER.test(sentence.slice(first.index + first.text.length))
  );
}

// The dash after the days that open an item of a digest, its heading after it: "23–25 November
// — President visits A", «1-3 Aralık — Londra temasları».
const ITEM_LINE_AFTER = /^(?:\s*[–—]|\s+-)\s+\p{Lu}/u;

/** The days a line opens with, a dash after them, as each item of a digest does, else null. */
function itemLineDays(sentence: string, year: number | null): ReadRange | null {
  const first = findDates(sentence)[0];
  if (!first || first.start.day === null) return null;
  const opens =
    DAY_LINE_BEFORE.test(sentence.slice(0, first.index)) &&
    ITEM_LINE_AFTER.test(sentence.slice(first.index + first.text.length));
  return opens ? readRange(first, year) : null;
}

/**
 * The lines of a digest of several dated items that open an item other than the visit's. A
 * digest opens each item's line with its days and a dash ("18 November — Webinar on A", "23–25
 * November — President visits B"); when one such line gives the visit's days whole, a line dated
 * outside them tells of something else, and those met there widen no visit.
 */
export function otherDigestItems(
  sentences: readonly string[],
  start: string | null,
  end: string | null,
  year: number | null,
): Set<string> {
  const others = new Set<string>();
  if (start?.length !== 10 || end?.length !== 10 || start === end) return others;
  const lines = sentences
    .map((s) => ({ s, days: itemLineDays(s, year) }))
    .filter(({ days }) => days !== null);
  if (!lines.some(({ days }) => days?.start === start && days.end === end)) return others;
  for (const { s, days } of lines)
    if ((days?.end ?? '') < start || (days?.start ?? '') > end) others.add(s);
  return others;
}

/** A day ISO-written, moved by a number of days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// What may stand between weekdays and the date that gives their days: "on Thursday and Friday, 10
// and 11 December".
const WEEKDAYS_BEFORE_DATE =
  /^(?:[\s,–—-]|\b(?:and|to|on|from|until|through|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)*$/;

// Talks told of the trip as a whole tell of the visit as its words do: "held official talks in A
// on 1 December and in B on 3 December", before "On 2 December the delegation travelled to B".
const TALKS_HELD =
  /\b(?:held|holds|hold)\s+(?:\p{Ll}+\s+){0,2}(?:talks|consultations|meetings)\s+in\b/u;

// The words of the days a visit was first set for, before it was moved.
// The words that tell a period as planned before it: "planned from Monday 7 to …", "scheduled
// for 14–17 December"; and, after it, the weekday the visit ended on instead: "…, ended on
// Thursday", "was cut short on Wednesday".
const PLANNED_PERIOD =
  /\b(?:planned|scheduled|due|set)(?:\s+to\s+run)?\s+(?:(?:from|for)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/u;
const ENDED_ON_WEEKDAY =
  /^[^.;]*?\b(?:ended|closed|was\s+(?:cut\s+short|curtailed|shortened))\s+(?:early\s+)?on\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
const FORMER_PLAN =
  /\b(?:originally|initially|previously|first)\s+(?:planned|scheduled|set|foreseen)\s+for\b/giu;

// The visit, trip or tour as the subject of words announcing it to come: "The visit will take
// place from 14 to 17 December", "the trip is scheduled for 9–11 May".
const VISIT_ANNOUNCED =
  /\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]his)\s+(?:\p{Ll}+\s+){0,2}(?:visit|trip|tour|mission)\s+(?:will\s+take\s+place|will\s+be\s+held|is\s+scheduled|is\s+planned)\b/u;

/**
 * The visit's dates: the first date of a heading or of a sentence about the visit, else the
 * dateline's date (the day of the release, sure only when the release says "today").
 */
export function findVisitDates(
  writtenHeadings: readonly string[],
  writtenSentences: readonly string[],
  sourceYear: number | null,
  datelineDate: string | null = null,
  updates: readonly string[] = [],
): VisitDates {
  // Days written without their month ("on the 7th") take the one the day of issue gives.
  // So do days told by their weekday's place in a month ("the last Sunday of November").
  const dated = (s: string) =>
    withWeekdaysOfMonths(withMonthsOfDays(s, datelineDate), datelineDate ?? `${sourceYear ?? ''}`);
  const headings = writtenHeadings.map(dated);
  const sentences = writtenSentences.map(dated);
  let chosen: DateMention | null = null;
  let later: DateMention[] = [];
  let chosenIn = '';
  // A sentence about the visit first; else any sentence, as "5 октября в Анкаре был принят".
  // The dates a visit had before it was moved ("originally planned for 7 to 10 December") tell of
  // no other occasion to come.
  // The visit itself announced as to come still tells its own days: "the visit will take place
  // from 14 to 17 December".
  const told = sentences.filter(
    (s) => VISIT_ANNOUNCED.test(s) || !ANNOUNCEMENT.test(s.replace(FORMER_PLAN, '')),
  );
  // So does a stay told by its length from its first day: «провела … пять дней начиная с
  // 27 ноября», and a programme told from its first day to its last.
  const aboutVisit = (s: string) =>
    VISIT_WORD.test(s) || TALKS_HELD.test(s) || RU_STAY_FROM.test(s) || PROGRAMME_SPAN.test(s);
  for (const text of [
    ...headings.filter((h) => !stampOnly(h)),
    ...told.filter(aboutVisit),
    ...told.filter((s) => !aboutVisit(s)),
  ]) {
    const dated = findDates(text).filter((d) => !isPastMention(text, d) && d.start.day !== null);
    // A weekday alone, told from the dateline's day, ends a period a date begins ("concluded on
    // Tuesday a visit that began on 5 February"), or is the visit's day when no date is written.
    const weekdays = weekdayDates(text, datelineDate);
    chosen = dated[0] ?? weekdays[0] ?? null;
    // The weekday the visitor came home on is no day of a visit whose days are dated: "flew
    // home on Saturday after talks in B from May 12–14" ends on the 14th.
    const homeward = (d: DateMention) =>
      (dated[0]?.end ?? null) !== null && RETURNED_BEFORE.test(text.slice(0, d.index));
    later = [
      ...dated.slice(1),
      ...weekdays.slice(dated.length > 0 ? 0 : 1).filter((d) => !homeward(d)),
    ];
    // A weekday told before the date, and falling before it, begins the period the date ends:
    // "will leave this Thursday …, where his programme will end on Tuesday, 8 December"; not
    // weekdays the date itself gives their days ("on Thursday and Friday, 10 and 11 December").
    const [firstDated, firstWeekday] = [dated[0], weekdays[0]];
    if (
      firstDated &&
      firstWeekday &&
      firstWeekday.index < firstDated.index &&
      !WEEKDAYS_BEFORE_DATE.test(
        text.slice(firstWeekday.index + firstWeekday.text.length, firstDated.index),
      ) &&
      (readRange(firstWeekday, sourceYear).start ?? '') <
        (readRange(firstDated, sourceYear).start ?? '')
    ) {
      chosen = firstWeekday;
      later = [...dated, ...weekdays.slice(1)];
    }
    chosenIn = text;
    const begun =
      chosen && chosen === dated[0] && chosen.end === null
        ? beganBefore(text, chosen, sourceYear)
        : null;
    // A visitor a sentence before tells as arrived on the release's day stays from that day to the
    // one dated day, a few days on: "arrived today in A. The visit will end on Thursday, 10
    // December", «прибыл сегодня в А. Поездка продлится до четверга, 10 декабря». So does one the
    // same sentence tells as arrived today and staying until that day: "arrived in A today for
    // talks that go on until Thursday, 10 May".
    const dayOne = chosen?.end === null ? readRange(chosen, sourceYear).start : null;
    const at = told.indexOf(text);
    const leading = chosen ? text.slice(0, chosen.index) : '';
    const arrived =
      chosen === dated[0] &&
      datelineDate?.length === 10 &&
      dayOne?.length === 10 &&
      dayOne > datelineDate &&
      daysBetween(datelineDate, dayOne) <= NEAR_DAYS &&
      ((at > 0 && told.slice(0, at).some((s) => ARRIVED_TODAY.test(s))) ||
        (ARRIVED_TODAY.test(leading) && STAYING_UNTIL.test(leading)));
    if (chosen) {
      // Weekdays alone, told one per stop ("In A on Monday …", "On Tuesday …", "travelled to B
      // on Wednesday"), span the visit from the first of them in any sentence to the last.
      if (dated.length === 0) {
        // Those told after a period of the week before the release's fall in that week; so do
        // those told after a lead, with no day of its own, that puts the stay there: "spent last
        // week in A … The trip began in B on Monday".
        const lead = told[0] ?? '';
        const leadOnly =
          lead !== text &&
          findDates(lead).length === 0 &&
          weekdayDates(lead, datelineDate).length === 0;
        const lastWeek =
          weekdays.length > 0
            ? (lastWeekEnd(text, datelineDate) ??
              (leadOnly ? lastWeekEnd(lead, datelineDate) : null))
            : null;
        // Those told after weekdays still to come, read as before them, follow them whatever
        // their verb's tense:
        // «На следующей неделе, с понедельника по среду, … посетит … Во вторник делегация
        // перелетит в …» is the Tuesday of that week.
        const chosenStart = readRange(chosen, sourceYear).start;
        // A stay the chosen sentence tells as begun on the release's own day holds the weekdays
        // before its end: «bugün başlayan ziyaret Çarşamba günü sona erecek … Salı günü …» is the
        // Tuesday before.
        const coming =
          datelineDate?.length === 10 &&
          chosenStart?.length === 10 &&
          chosenStart > datelineDate &&
          !BEGINS_TODAY.test(text)
            ? addDays(chosenStart, -1)
            : null;
        const chosenAt = told.indexOf(text);
        const weekdaysTold = told.map((s, i) => {
          if (findDates(s).some((d) => d.start.day !== null))
            return weekdaysAfterDate(s, sourceYear);
          if (lastWeek) return weekdayDates(s, lastWeek, true);
          // Weekdays told after a dated day of the visit follow it: "In A on Tuesday 24
          // November … On Wednesday …" is the 25th, whatever the day of issue.
          // Those a period of several days holds fall within it: "December 14–16 … The visit
          // will open on Monday" is the 14th.
          const after = datedBefore(told, i, sourceYear);
          const within =
            after && after.start < after.end
              ? weekdayDates(s, addDays(after.start, -1), true, true)
              : [];
          const inPeriod = (d: DateMention) => {
            const r = readRange(d, sourceYear);
            return after !== null && (r.end ?? '') <= after.end;
          };
          if (within.length > 0 && within.every(inPeriod)) return within;
          if (after) return weekdayDates(s, after.end, true, true);
          const own = weekdayDates(s, datelineDate);
          // Weekdays told before the chosen sentence ("from Tuesday through Thursday next week",
          // then "On Wednesday … will visit") are read from the dateline's day, as written.
          const before =
            i > chosenAt &&
            own.some((d) => (readRange(d, sourceYear).start ?? '') <= (coming ?? ''));
          return coming && before ? weekdayDates(s, coming, true, true) : own;
        });
        const own = weekdaysTold[told.indexOf(text)]?.[0];
        if (own && chosen === weekdays[0]) chosen = own;
        const opening = readRange(chosen, sourceYear).start;
        // Dated days told in other sentences, in the week around the first weekday, are the
        // visit's too: «На прошлой неделе в четверг … В субботу, 28 ноября, …».
        // The sentence each day is told in, which is read with it when that day opens the visit:
        // "in the week of 7 December, from Tuesday to Thursday" names the week of its days.
        const saidIn = new Map<DateMention, string>();
        weekdaysTold.forEach((found, i) => found.forEach((d) => saidIn.set(d, told[i] ?? '')));
        const datedNear = opening
          ? told.flatMap((s) =>
              findDates(s).filter((d) => {
                if (d.start.day === null || isPastMention(s, d)) return false;
                const at = readRange(d, sourceYear).start;
                saidIn.set(d, s);
                return at !== null && Math.abs(daysBetween(opening, at)) <= NEAR_DAYS;
              }),
            )
          : [];
        // The weekend or weekday the visitor came home on is no day of a visit whose days are
        // dated: "returned to A this weekend after a five-day visit … left B on Saturday 5
        // December" ends on the 5th.
        const cameHome = new Set(
          datedNear.length > 0
            ? weekdaysTold.flatMap((found, i) =>
                found.filter((d) => RETURNED_BEFORE.test((told[i] ?? '').slice(0, d.index))),
              )
            : [],
        );
        const days = [...weekdaysTold.flat().filter((d) => !cameHome.has(d)), ...datedNear]
          .map((d) => ({ d, at: readRange(d, sourceYear).start ?? '' }))
          .sort((a, b) => a.at.localeCompare(b.at))
          .map(({ d }) => d);
        // A stay told as begun on the release's day opens then, its sentence read for its end.
        if (
          days[0] &&
          !BEGINS_TODAY.test(text) &&
          (readRange(days[0], sourceYear).start ?? '') < (readRange(chosen, sourceYear).start ?? '')
        ) {
          chosen = days[0];
          chosenIn = saidIn.get(days[0]) ?? chosenIn;
        }
        later = [
          ...later,
          ...days,
          ...pastDaysTold(told, datelineDate, opening).map((day) => dayMention(day, day)),
        ];
        // The dateline's own day told in the same sentence ("held talks over the weekend, and
        // arrived in B this morning") is one of the visit's too.
        if (datelineDate?.length === 10 && DATELINE_DAY.test(text))
          later.push(dayMention(datelineDate, DATELINE_DAY.exec(text)?.[0] ?? ''));
        // So is the day the stay is told as ended on, the dateline's or the one before: «ziyareti
        // bugün sona erdi. Pazartesi günü … başlayan ziyaret …», "The visit ended yesterday".
        for (const s of datelineDate?.length === 10 && opening ? toldOfVisit(told) : []) {
          const day = STAY_END_DAY.exec(s);
          if (!day || !STAY_ENDED.test(s)) continue;
          const ended = addDays(datelineDate ?? '', relativeDayOffset(day[1] ?? ''));
          if (ended >= (opening ?? '') && daysBetween(opening ?? '', ended) <= NEAR_DAYS)
            later.push(dayMention(ended, day[0]));
        }
      } else if (arrived && chosen) {
        // The visitor arrived today stays until the day dated after.
        chosen = { ...chosen, start: dayMention(datelineDate ?? '', '').start, end: chosen.start };
      } else if (begun && chosen === dated[0]) {
        // A stay told as ended on its one date and begun on a weekday alone opens on that weekday
        // before the date: "concluded on Saturday (5 December) a visit that began on Wednesday".
        chosen = { ...chosen, start: dayMention(begun, '').start, end: { ...chosen.start } };
      } else if (chosen === dated[0] && chosen.end === null) {
        // Weekdays alone told after the one dated day, in its sentence or the next ones, fall in
        // the week it opens: "arrived on Sunday 29 November … On Tuesday … flew out on Thursday"
        // runs to the Thursday after, «7 Aralık Pazartesi günü başlayacak ziyaret Perşembe günü
        // sona erecek» to the 10th.
        const day = readRange(chosen, sourceYear).start;
        const chosenAt = told.indexOf(text);
        // A heading's one date opens the days the body tells after it: "to visit A from 14
        // December" over "On Tuesday … The programme continues on Wednesday" runs to the 16th.
        const fromHeading = chosenAt < 0 && headings.includes(text);
        const following =
          day?.length === 10 && (chosenAt >= 0 || fromHeading)
            ? told
                .slice(Math.max(chosenAt, 0))
                .flatMap((s) =>
                  findDates(s).some((d) => d.start.day !== null)
                    ? weekdaysAfterDate(s, sourceYear)
                    : weekdayDates(s, addDays(day, -1), true, true),
                )
            : [];
        // A programme told day by day, each day opening its line ("Monday, 14 December – A. …
        // Tuesday, 15 December – B."), runs from its first day's line to its last.
        const programme =
          chosenAt >= 0 && dayLine(text)
            ? told.slice(chosenAt + 1).flatMap((s) => (dayLine(s) ? findDates(s).slice(0, 1) : []))
            : [];
        later = [
          ...later,
          ...programme,
          ...following.filter((d) => {
            const at = readRange(d, sourceYear).start;
            return day && at && at > day && daysBetween(day, at) <= NEAR_DAYS;
          }),
        ];
      }
      // A trip told one stop a sentence, the later stops dated as the visitor goes on to them, ends
      // on the last of those days, a few days on: "In A on 2 and 3 May the delegation met … On 4
      // May it flew to B" runs to the 4th.
      const lastDay = dated.length > 0 ? readRange(chosen, sourceYear).end : null;
      const chosenAt = told.indexOf(text);
      if (lastDay?.length === 10 && chosenAt >= 0)
        later = [
          ...later,
          ...told
            .slice(chosenAt + 1)
            .filter(
              (s) =>
                ONWARD_LEG.test(s) ||
                (chosen?.end === null && (HOMEWARD.test(s) || LEFT_THE_COUNTRY.test(s))),
            )
            .flatMap((s) =>
              findDates(s).filter((d) => d.start.day !== null && !isPastMention(s, d)),
            )
            .filter((d) => {
              const at = readRange(d, sourceYear).start;
              return at?.length === 10 && at > lastDay && daysBetween(lastDay, at) <= NEAR_DAYS;
            }),
        ];
      break;
    }
  }
  if (!chosen && datelineDate?.length === 10) {
    // The visit told as the day before the dateline's: "ABC, 3 May – … yesterday held talks".
    const told = toldOfVisit(sentences);
    const ended = stayEndedOn(told, datelineDate);
    if (ended) return { ...ended, unsure: false, warnings: [] };
    const days = relativeDays(told, datelineDate);
    if (days) return { ...days, unsure: false, warnings: [] };
    if (told.some((s) => YESTERDAY.test(s))) {
      const before = addDays(datelineDate, -1);
      return { start: before, end: before, unsure: false, warnings: [] };
    }
    const today = sentences.some((s) => /\b(?:today|this day)\b/i.test(s));
    const dateline = warning('pressRelease.warning.datelineOnly', { date: datelineDate });
    return {
      start: datelineDate,
      end: datelineDate,
      unsure: !today,
      warnings: today ? [] : [dateline],
    };
  }
  if (!chosen) {
    return {
      start: null,
      end: null,
      unsure: true,
      warnings: [warning('pressRelease.warning.noDate')],
    };
  }
  // A day of the visit told after its period was ("1-3 Aralık tarihlerinde … görüşmeler
  // gerçekleştirdi. … 2 Aralık'ta … fikir alışverişinde bulundu") is one of its days: the period
  // stands, whatever words told either.
  const period = chosen.end === null ? enclosingPeriod(told, chosenIn, chosen, sourceYear) : null;
  if (period) chosen = period;
  const range = nearestCrossing(chosen, sourceYear, datelineDate);
  const { doubt } = range;
  let { start } = range;
  // One day that opens a stay of several told in the same sentence ("geçtiğimiz salı … iki gün
  // süren temaslarda bulundu") ends that many days on.
  // The stay's length may be told in the sentence after («В минувшую пятницу … прибыл … Программа
  // визита, продлившегося три дня, …»); days named by their weekday alone then give no later end.
  const next = told[told.indexOf(chosenIn) + 1];
  const inNext = told.includes(chosenIn) && next !== undefined ? daysLasting(next) : null;
  const nextDay = AND_NEXT_DAY.test(chosenIn.slice(chosen.index + chosen.text.length)) ? 2 : null;
  const stay = chosen.end === null ? englishStay(chosenIn, chosen) : null;
  const lasting =
    chosen.end === null ? (daysLasting(chosenIn) ?? inNext ?? stay?.days ?? nextDay) : null;
  // A stay told by its length and the day it ends opens that many days before: "a three-day
  // visit ending on 9 December", «Трёхдневная поездка … завершилась в среду, 2 декабря», «üç
  // günlük ziyaret, 2 Aralık Çarşamba günü … tamamlandı».
  const ending = stay?.ending ?? (lasting !== null && endedOnDate(chosenIn, chosen));
  if (lasting && ending && start?.length === 10) start = addDays(start, 1 - lasting);
  const lastDay =
    lasting && start ? (start === range.start ? addDays(start, lasting - 1) : range.start) : null;
  let end = tripEnd(
    lastDay ?? range.end,
    lasting && lastDay ? later.filter((d) => findDates(d.text).length > 0) : later,
    sourceYear,
  );
  // A visit that began on a date and ended on a day told from the release's: «29 Kasım'da
  // başlayan ziyaret dün sona erdi», "began on 29 November and ended yesterday".
  // So does one told in the same sentence as ending on the release's own day: «30 Kasım
  // Pazartesi günü başladı ve bugün Hatanga'da sona eriyor», "began on 30 November and ends today".
  if (start && chosen.end === null) {
    const ended = pastDaysTold(told, datelineDate, start, chosenIn).at(-1);
    if (ended && (!end || end < ended)) end = ended;
    // So does one a sentence of the visit with no date of its own tells as ended on the release's
    // day: "concluded a two-day visit to A today. … On Sunday 6 December she held talks".
    const endedToday = (s: string) =>
      s !== chosenIn && findDates(s).length === 0 && ENDED_TODAY.test(s);
    const today =
      datelineDate?.length === 10 &&
      (ENDS_TODAY.test(chosenIn) || toldOfVisit(told).some(endedToday))
        ? datelineDate
        : null;
    if (today && start.length === 10 && today > start && daysBetween(start, today) <= NEAR_DAYS)
      if (!end || end < today) end = today;
  }
  // A stay told in the same sentence as opening on the release's own day and ending on a later
  // one opens on the release's day: «bugün Kopenhag'da başlayan ziyareti, Çarşamba günü Odense'de
  // sona erecek».
  if (
    start?.length === 10 &&
    datelineDate?.length === 10 &&
    start > datelineDate &&
    daysBetween(datelineDate, start) <= NEAR_DAYS &&
    BEGINS_TODAY.test(chosenIn)
  ) {
    if (!end || end < start) end = start;
    start = datelineDate;
  }
  // A trip told first from the dateline's day, a later day of it dated after ("yarın … üç günlük
  // bir ziyaret gerçekleştirecek. … Ziyaretin son günü olan 3 Aralık'ta …"), opens on that day.
  const opened = start ? relativeOpening(sentences, chosenIn, datelineDate, start) : null;
  if (opened) {
    start = opened.start;
    if (!end || end < opened.end) end = opened.end;
  }
  // A date that names its week ("during the week of 7 December") spans the days of that week
  // told after it, in any sentence ("In A on Monday and Tuesday …", "in B on 10 and 11 December"),
  // else the week's working days from that date.
  const week = namedWeekStart(chosenIn, chosen, start);
  if (week && start) {
    const after = sentences.indexOf(chosenIn);
    const told = weekDaysTold(
      after < 0 ? ['', ...sentences] : sentences.slice(after),
      chosen,
      week,
      sourceYear,
    );
    start = told?.start ?? start;
    const friday = addDays(week, 4);
    end = told?.end ?? (start <= friday ? friday : addDays(week, 6));
  }
  // A week the lead names by its place in the month ("in the first week of December", «Aralık'ın
  // ilk haftasında») holds the visit's days dated in any sentence: from the first of them that
  // falls in it to the last. Its calendar weeks are counted whole: the first week of a month that
  // opens on a Tuesday holds the Monday before.
  const placed = monthWeekTold([...headings, ...toldOfVisit(told)], told, sourceYear);
  if (placed && start && start >= placed.from && start <= placed.to) {
    if (placed.start < start) start = placed.start;
    if (!end || end < placed.end) end = placed.end;
  }
  // The week after the release's, named in the lead with no day ("next week", «на следующей
  // неделе», «gelecek hafta»), holds the visit's days told in any sentence, by a date or by a
  // weekday alone: «9 Aralık'ta Tokyo'da … 11 Aralık'ta Seul'e geçecek … Cumartesi günü …».
  const coming = nextWeekNamed([...headings, ...toldOfVisit(told)], datelineDate);
  if (coming && start && start >= coming && start <= addDays(coming, 6)) {
    const inWeek = weekDaysTold(['', ...told], chosen, coming, sourceYear);
    if (inWeek && inWeek.start < start) start = inWeek.start;
    if (inWeek && (!end || end < inWeek.end)) end = inWeek.end;
  }
  // A visit planned for a period and told in the same sentence as ended on a weekday within it
  // ends on that day: "her visit, planned from Monday 7 to Friday 11 December, was cut short on
  // Wednesday by a strike".
  const cut =
    chosen.end !== null && PLANNED_PERIOD.test(chosenIn.slice(0, chosen.index))
      ? ENDED_ON_WEEKDAY.exec(chosenIn.slice(chosen.index + chosen.text.length))
      : null;
  if (cut && start?.length === 10 && end?.length === 10) {
    const day = weekdayDates(`on ${cut[1]}`, addDays(start, -1), true, true)[0];
    const until = day ? readRange(day, sourceYear).start : null;
    if (until?.length === 10 && until >= start && until < end) end = until;
  }
  // A note of the release updated that extends the stay ("extended by one day, to 11 December",
  // «продлена на один день – до 11 декабря») ends it on the last day it names.
  for (const note of updates.filter((u) => STAY_EXTENDED.test(u))) {
    const last = findDates(note)
      .filter((d) => d.start.day !== null)
      .at(-1);
    const until = last ? readRange(last, sourceYear).end : null;
    if (start?.length !== 10 || until?.length !== 10 || until <= (end ?? start)) continue;
    if (daysBetween(start, until) <= LONGEST_TRIP_DAYS) end = until;
  }
  // One that shortens it ends it on the last day it names, within the stay ("shortened; the
  // delegation will return on 15 December"), else that many days earlier ("by one day"); the day
  // it replaces is none ("on Tuesday 15 December instead of Wednesday 16 December").
  // Of a note of several sentences, the one that shortens the stay names its last day: «визит
  // сокращён … и завершится 15 декабря. Встречи, запланированные на 16 декабря, …».
  for (const whole of updates.filter((u) => STAY_SHORTENED.test(u))) {
    if (start?.length !== 10 || end?.length !== 10) continue;
    const said = whole.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => STAY_SHORTENED.test(s));
    const dayIn = (text: string) =>
      findDates(text).filter(
        (d) => d.start.day !== null && !REPLACED_DAY.test(text.slice(0, d.index)),
      );
    const note = said.find((s) => dayIn(s).length > 0) ?? whole;
    const last = dayIn(note).at(-1);
    const until = last ? readRange(last, sourceYear).end : null;
    if (until?.length === 10) {
      if (until >= start && until < end) end = until;
      continue;
    }
    const by = SHORTENED_BY.exec(note);
    const word = (by?.slice(1).find(Boolean) ?? '').toLocaleLowerCase('tr');
    const days = SHORTENED_COUNT[word] ?? Number(word);
    if (days > 0 && addDays(end, -days) >= start) end = addDays(end, -days);
  }
  // One that moves its first day ("will now begin on Wednesday, 9 December", «начнётся теперь 9
  // декабря», «ziyaret artık 9 Aralık'ta başlayacak») opens it on the first date named after its
  // words, a day of the stay or of the week before it.
  for (const note of updates) {
    const moved = STAY_STARTS_ANEW.exec(note);
    if (!moved || start?.length !== 10 || end?.length !== 10) continue;
    const first = findDates(note.slice(moved.index)).find((d) => d.start.day !== null);
    const from = first ? readRange(first, sourceYear).start : null;
    if (from?.length === 10 && from <= end && daysBetween(from, start) <= NEAR_DAYS) start = from;
  }
  // One that gives its last day anew ("the visit will now end on Friday, December 4", «визит
  // завершится теперь 4 декабря») ends it on the first date named after its words, a day of the
  // week around the one it replaces and no earlier than the first.
  for (const note of updates) {
    const moved = STAY_ENDS_ANEW.exec(note);
    if (!moved || start?.length !== 10 || end?.length !== 10) continue;
    const last = findDates(note.slice(moved.index)).find((d) => d.start.day !== null);
    const until = last ? readRange(last, sourceYear).end : null;
    if (until?.length === 10 && until >= start && Math.abs(daysBetween(end, until)) <= NEAR_DAYS)
      end = until;
  }
  const warnings: DraftWarning[] = [];
  const text = chosen.text;
  if (doubt === 'no-year') {
    warnings.push(
      sourceYear === null
        ? warning('pressRelease.warning.noYear', { text })
        : // A year as written, not a number to group: "2024", never "2,024".
          warning('pressRelease.warning.yearTaken', { text, year: String(sourceYear) }),
    );
  } else if (doubt === 'reversed') {
    warnings.push(warning('pressRelease.warning.reversed', { text }));
  } else if (doubt === 'long') {
    warnings.push(
      warning('pressRelease.warning.acrossYearEnd', { text, start: start ?? '', end: end ?? '' }),
    );
  }
  return { start, end, warnings, unsure: doubt !== null };
}
