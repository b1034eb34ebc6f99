import { cityCountry, countryCode, findCountries, officialCountryName } from './gazetteer.js';
import { genitiveBody } from './foreignPeople.js';
import { malayStyleWords } from './malayStyles.js';
import {
  COURTESY_STYLE,
  HONOURABLE_BEFORE,
  SHORT_STYLE,
  STYLE_BEFORE_TWO_NAMES,
  STYLE_BEFORE_KHAN,
  STYLE_BEFORE_THREE_NAMES,
  STYLE_BEFORE_REGNAL_NAME,
  TURKISH_RANK,
  TURKISH_STYLE_BEFORE_NAME,
} from './nameWords.js';

/**
 * Words that name a body: a phrase holding one is an organisation, not a title. A company's legal
 * form ends its name: "X Power Inc.", "Y Cement Ltd.". A country's guard is a body of it, never a
 * person after the country's name: "Japan Coast Guard", "Border Guard", "National Guard". The
 * Chamorro name of Guam's legislature ("I Liheslaturan Guåhan") and the Tuvaluan island council
 * ("Funafuti Kaupule") are bodies; an Indian council is a "Panchayat", of old "Punchayet": "the X
 * Parsi Punchayet". The Isle of Man's legislature is "Tynwald", its lower house the "House of
 * Keys"; a Scottish Gaelic council is a "Comhairle": "Comhairle nan Eilean Siar". The Cornish and
 * Welsh assemblies of bards are a "Gorsedh", a "Gorsedd": "Gorsedh Kernow". A partnership or an
 * alliance is a body too: "the X Site Partnership", "the Y Women's Alliance"; so is a survey, a
 * country's office that maps its land, rocks or plants: "the Geological Survey of X". A body's
 * name in Spanish or Portuguese, in parentheses after its English one, opens with its noun:
 * "Council of Elders (Consejo de Ancianos)", "(Fundação X)". A cooperative and a laboratory are
 * bodies: "the X Primary Coffee Cooperative", "the Y Laboratory"; so are a Spanish or Galician
 * fishers' guild and a gatherers' association: "Cofradía de Pescadores de X", "Agrupación de Y".
 * A university's campus, named after the university and a comma, is a body of its own: "the
 * University of X, Y Campus". A "Mejlis" is a "Majlis" spelt the Turkic way: "the Mejlis of the X People". A trust that
 * keeps a heritage, a park or a fund is a body: "the X Heritage Trust". A country's society of
 * the Red Cross or the Red Crescent is named by the movement alone: "the X Red Crescent".
 */
// prettier-ignore
export const ORG_WORD =
  /\b(?:Ministry|Department|Commission|Institute|Institut|Instituto|Istituto|Centre|Center|Museum|University|Council|Secretariat|Organi[sz]ation|Bank|Agency|Fund|Foundation|Committee|Parliament|Assembly|Office|Embassy|Academy|Forum|Union|Administration|Government|Chamber|Service|Guard|Guards|Coastguard|Corporation|Company|Library|Society|School|Court|Senate|Majlis|Mejlis|Mission|Directorate|Association|Conference|Authority|Presidency|Party|Network|Partnership|Alliance|Bureau|Division|Caucus|Group|Dzongkhag|Dungkhag|Gewog|Thromde|Liheslaturan|Liheslatura|Kaupule|Panchayat|Punchayet|Tynwald|House of Keys|Comhairle|Gorsedh|Gorsedd|Tribe|Survey|Consejo|Conselho|Comisión|Comissão|Fundación|Fundação|Asociación|Associação|Ministerio|Ministério|Universidad|Universidade|Inc|Ltd|LLC|PLC|Plc|Corp|GmbH|Cooperative|Campus|Laboratory|Cofradía|Agrupación|Trust|Red Cross|Red Crescent)\b/;

/**
 * The fields a ministry, agency or programme is named for ("Minister of National Development
 * Planning", "Board of Investment"), and the standing forums two governments name for what they
 * do ("Political Consultation Mechanism") and the dialogues they hold ("Social Dialogue", "the
 * Raisina Dialogue"), and the climate's change ("Minister of Environment and Climate Change"): the
 * last words of a body's name, never of a person's.
 */
// prettier-ignore
export const FIELD_WORD =
  /^(?:Planning|Development|Programme|Program|Board|Industry|Industries|Trade|Commerce|Finance|Investment|Investments|Energy|Health|Education|Agriculture|Irrigation|Security|Defence|Defense|Environment|Tourism|Culture|Transport|Infrastructure|Resources|Relations|Reform|Reforms|Policy|Labour|Labor|Employment|Fisheries|Forestry|Housing|Communications|Information|Technology|Technologies|Innovation|Science|Research|Statistics|Customs|Revenue|Treasury|Interior|Welfare|Management|Operations|Mining|Petroleum|Works|Sports|Enterprise|Enterprises|Integration|Logistics|Aviation|Telecommunications|Digitalization|Digitalisation|Economy|Expatriates|Emigration|Migration|Police|Protection|Justice|Safety|Mechanism|Mechanisms|Dialogue|Rights|Cohesion|Inclusion|Equality|Solidarity|Reconciliation|Climate|Change|Antiquities|Archives|Archaeology)$/;

/**
 * Words that make a phrase a title; the Tuvaluan head of an island council is its "Pule"; a
 * company's or a utility's "General Manager", "Technical Manager"; a port's "Port Captain" and
 * "Harbour Master"; a county's or a district's "Magistrate" (Taiwan's head of a county); a game or
 * wildlife "Warden"; the head of an Indonesian regency (bupati), its "Regent"; the head of a
 * college or of a Scottish town, its "Provost"; the Indonesian heads of a regency, a district and
 * a village in their own words, "Bupati", "Camat", "Lurah", and the "Wali" of a city ("Wali Kota")
 * or of a Minangkabau village ("Wali Nagari"); the Filipino head of a barangay, "Punong
 * Barangay"; a Swazi chief's headman or an inkhundla's, "Indvuna", and a Zulu, Ndebele or Lozi
 * one, "Induna"; the head of a heritage office, of a police division or of a school district,
 * "Superintendent"; the hereditary keeper of a Sufi shrine in Pakistan and India, its "Sajjada
 * Nashin" (or "Sajjadanashin"); the head of a village, its "Headman", and in the Chittagong Hill
 * Tracts the head of a hamlet under him, its "Karbari"; the Santal head of a group of villages,
 * "Pargana", the Indian head of a village council, "Mukhiya", and the worker of a village's child
 * centre, "Sevika"; a land or sea "Ranger"; the Tokelauan village mayor, "Pulenuku", and the
 * Torres Strait chief, "Mamoose"; the Portuguese head of a Timorese village or a Mozambican post,
 * "Chefe" ("Chefe de Suco", "Chefe de Posto"); the Indonesian "Kepala" (head) opening the title of
 * an office or a village's customary body ("Kepala Desa", "Kepala Kewang of Negeri X"); the Hausa
 * head of a town, a trade or a people, "Sarkin" ("Sarkin Noma of X", "the Sarkin Y"); the Indian
 * head of a village council by its other name, "Sarpanch"; the keeper of a shrine, a holy place or
 * a collection, its "Custodian", and the head of a monastery, its "Abbot".
 */
// prettier-ignore
export const TITLE_WORD =
  /\b(?:Minister|Director|Chairman|Chairwoman|Chair|Chairperson|President|Vice|Deputy|Secretary|Undersecretary|Ambassador|Head|Rector|Governor|Mayor|Speaker|Representative|Envoy|Advisor|Adviser|Counsellor|Consul|Chief|Commissioner|Professor|Official|Coordinator|Member|Prime|General|Executive|Founder|Editor|Dean|Akim|Hokim|Senator|Chancellor|Administrator|Clerk|Premier|Officer|Dzongdag|Thrompon|Pule|Judge|Magistrate|Warden|Convener|Convenor|Manager|Captain|Regent|Provost|Principal|Bupati|Camat|Lurah|Wali\s(?:Kota|Nagari)|Punong\sBarangay|Indvuna|Induna|Superintendent|Sajjada\s?[Nn]ashin|Headman|Karbari|Pargana|Mukhiya|Sarpanch|Sevika|Ranger|Pulenuku|Mamoose|Connétable|Jurat|Harbou?r\s?[Mm]aster|Chefe|Kepala|Sarkin|Custodian|Abbot)\b/;

export interface Role {
  title: string | null;
  organisation: string | null;
  department: string | null;
  country: string | null;
}

const MINISTRY_SUBJECTS: Record<string, string> = { Foreign: 'Foreign Affairs' };

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^(?:the\b|its\b|and\b|with\b|as well as\b|,|\s)+/i, '')
    .replace(/[,\s]+$/, '')
    .trim();
}

// A body's short name in parentheses after its name: "(KOICA)", "(TaiwanICDF)".
function withoutAcronym(org: string): string {
  return org.replace(/\s*\((?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]+\)$/, '').trim();
}

/** "Russian Foreign Ministry" → the ministry's official name. */
function officialMinistry(org: string): string {
  const m = /^(?:the )?([A-Z][a-z]+(?: Federation)?) (Foreign|[A-Z][a-z]+) Ministry$/.exec(org);
  const code = m?.[1] ? countryCode(m[1]) : null;
  if (!m || !code) return org;
  const subject = MINISTRY_SUBJECTS[m[2] ?? ''] ?? m[2];
  return `Ministry of ${subject} of ${officialCountryName(code)}`;
}

function splitDepartment(org: string): { organisation: string; department: string | null } {
  const m =
    /^(.+? (?:Department|Directorate|Division)) of (?:the )?(.+)$/.exec(org) ??
    /^((?:Department|Directorate|Division) of .+?) of (?:the )?(.+)$/.exec(org);
  if (!m?.[1] || !m[2] || !/Ministry|Government|Office/.test(m[2])) {
    return { organisation: officialMinistry(org), department: null };
  }
  return { organisation: officialMinistry(m[2]), department: m[1] };
}

function countryOf(text: string): string | null {
  return findCountries(text)[0]?.country ?? null;
}

/** A ministerial title carries its ministry: "Deputy Minister of Foreign Affairs of Russia". */
function ministerRole(role: string): Role | null {
  const of =
    /^(.*?Minister) of ([A-Z][A-Za-z]+(?: (?:and )?[A-Z][A-Za-z]+)*?)(?: of (?:the )?(.+))?$/.exec(
      role,
    );
  const adj =
    /^(?:(.+?) )?((?:First )?(?:Deputy |Vice )?)(Foreign|Defence|Defense|Economy|Finance|Justice|Interior|Culture|Education|Energy|Trade|Health|Transport) Minister$/.exec(
      role,
    );
  // A prime minister of a country ("Prime Minister of Japan") heads its government, not a ministry;
  // so does a nation's first minister ("First Minister of X").
  const head = /(?:^|\s)(?:Prime|Chief|First) Minister$/.test(of?.[1] ?? '');
  const ofCountry = head && of?.[2] && !of[3] ? countryOf(of[2]) : null;
  if (of?.[1] && ofCountry)
    return {
      title: tidy(`${of[1]} of ${of[2]}`),
      organisation: null,
      department: null,
      country: ofCountry,
    };
  // A minister who also heads a body, in one title: "Minister of Marine Planning and Head of
  // Baharkam". The ministry is the field before the second title.
  const second = of?.[2]
    ? /^(.+?) and (?:(?:Deputy|Vice|First) )?(?:Head|Chair|Chairman|Chairperson|President|Director|Governor|Secretary|Commissioner)\b/.exec(
        of[2],
      )
    : null;
  if (second?.[1])
    return {
      title: tidy(role),
      organisation: `Ministry of ${second[1]}`,
      department: null,
      country: countryOf(role),
    };
  // Nor does a chief minister of a province ("Chief Minister of Karnali Province"), a minister
  // named with his country alone ("Foreign Minister of Nepal") nor a minister of State, a rank:
  // "of" names no ministry.
  if (of?.[1] && of[2] && !of[3] && (head || of[2] === 'State' || countryCode(of[2]) !== null))
    return {
      title: tidy(`${of[1]} of ${of[2]}`),
      organisation: null,
      department: null,
      country: countryOf(of[2]),
    };
  if (of?.[1] && of[2]) {
    const code = of[3] ? countryOf(of[3]) : null;
    const title = `${of[1]} of ${of[2]}`;
    const country = code ?? countryOf(of[1]);
    const where = country ? ` of ${officialCountryName(country)}` : '';
    return {
      title: tidy(
        title.replace(/^[A-Z][a-z]+ (?=(?:First |Deputy |Vice )?Minister)/, (w) =>
          countryCode(w.trim()) ? '' : w,
        ),
      ),
      organisation: `Ministry of ${of[2]}${where}`,
      department: null,
      country,
    };
  }
  if (adj?.[3]) {
    const country = adj[1] ? countryOf(adj[1]) : null;
    const subject = MINISTRY_SUBJECTS[adj[3]] ?? adj[3];
    const where = country ? ` of ${officialCountryName(country)}` : '';
    return {
      title: `${adj[2]}${adj[3]} Minister`,
      organisation: `Ministry of ${subject}${where}`,
      department: null,
      country,
    };
  }
  return null;
}

/**
 * A Russian title after "с" or a passive stands in the instrumental; the archive keeps titles in
 * the nominative: "Первым заместителем Министра" → "Первый заместитель Министра". Only the
 * leading words change: the words after them ("Министра", "Совета безопасности") are already in
 * the case the title keeps.
 */
export function nominativeTitle(title: string): string {
  const parts = title.split(SECOND_OFFICE);
  const first = nominativeWords(parts[0] ?? '');
  // A second office after a comma or "и" is in the instrumental too when the first one was:
  // "Председателем Правительства, министром экономики …" → "…, министр экономики …".
  if (first === parts[0]) return title;
  return [first, ...parts.slice(1)]
    .map((p, i) => (i % 2 === 0 && i > 0 ? nominativeWords(p) : p))
    .join('');
}

// Where a second office opens: a comma, "и" or a dash before a noun in the instrumental ("министром",
// "членом", "председателем"), after the adjectives in "-ым"/"-им" before it.
const SECOND_OFFICE =
  /(,\s+|\s+и\s+|\s+[–—]\s+)(?=(?:\p{Ll}+(?:ым|им)\s+)*\p{L}+(?:ом|ем|ём)(?:\s|$))/u;

// An adjective made a noun whose office is over something named in the instrumental after it.
const GOVERNS_INSTRUMENTAL = /^(?:управляющ|заведующ|командующ|главнокомандующ)(?:им|ей)$/iu;

// A word in "-им" that is not a participle ("исполняющим обязанности") or a head that governs the
// instrumental, and what may follow an adjective in "-им": its noun or another adjective, or "и".
const NOUN_IN_IM = /^[\p{L}-]*[^аеёиоуыэюящ]им$/iu;
const INSTRUMENTAL_AFTER_IM = /^(?:и|\p{L}[\p{L}-]*(?:ым|им|ом|ем|ём))$/iu;

function nominativeWords(title: string): string {
  const words = title.split(' ');
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    // A word in "-им" before one that is not in the instrumental is a noun, not an adjective, and
    // keeps its form: "аким Манасского района", "хоким области"; an adjective before its noun
    // declines: "Великим князем".
    const next = words[i + 1];
    if (next && NOUN_IN_IM.test(word) && !INSTRUMENTAL_AFTER_IM.test(next)) break;
    // Each half of a joined title declines: "президентом-генеральным" → "президент-генеральный".
    const nominative = word
      .split('-')
      .map((half) =>
        half
          .replace(/^([Пп])ослом$/, '$1осол')
          .replace(/ым$/, 'ый')
          .replace(/([^аеёиоуыэюя])им$/, '$1ий')
          .replace(/([^аеёиоуыэюя])[её]м$/, '$1ь')
          // A noun in "-ий" takes "-ием": "муфтием" → "муфтий".
          .replace(/([^аеёиоуыэюя]и)ем$/, '$1й')
          .replace(/([^аеёиоуыэюя])ом$/, '$1')
          // A woman's office named by a participle made a noun: "уполномоченной" →
          // "уполномоченная", "исполняющей обязанности" → "исполняющая обязанности".
          .replace(i === 0 ? /^(\p{Lu}?\p{Ll}+(?:нн|ющ|ящ|ащ|ущ))(?:ой|ей)$/u : /$^/, '$1ая')
          // "Главой": only a first word, a noun; an adjective after it ("Кыргызской") keeps its
          // case.
          .replace(i === 0 ? /^(\p{Lu}?\p{Ll}*[^аеёиоуыэюя])ой$/u : /$^/, '$1а')
          // A woman's office in "-ица": "учительницей" → "учительница", "мастерицей".
          .replace(i === 0 ? /^(\p{Lu}?\p{Ll}+ц)ей$/u : /$^/, '$1а')
          // A woman's office named by an adjective made a noun: "заведующей" → "заведующая".
          .replace(i === 0 ? /^((?:управляющ|заведующ|командующ))ей$/iu : /$^/, '$1ая'),
      )
      .join('-');
    // Adjectives joined by "и" decline alike: "Чрезвычайным и Полномочным Послом".
    if (nominative === word && word === 'и' && /(?:ым|им)$/u.test(words[i + 1] ?? '')) continue;
    if (nominative === word) break;
    words[i] = nominative;
    // A head that governs the instrumental keeps the words after it as written: "управляющим
    // Центральным банком" → "управляющий Центральным банком", "заведующим кафедрой"; not an
    // office after it: "управляющим директором" → "управляющий директор".
    if (GOVERNS_INSTRUMENTAL.test(word) && !/^(?:директор|партн[её]р)ом$/u.test(words[i + 1] ?? ''))
      break;
  }
  return words.join(' ');
}

// Turkish joins the parts so too: "Eğitim, Bilim, Teknoloji ve İnovasyon Bakanı".
const PART = "\\p{Lu}[\\w\\p{L}'’-]*(?:\\s+\\p{Lu}[\\w\\p{L}'’-]*)*";
const TITLE_COMMA = new RegExp(
  `,\\s+(?=[A-Z])(?!${PART}(?:,\\s+${PART})*,?\\s+(?:and|ve)\\s+\\p{Lu})`,
  'u',
);
// Small words inside a title: "Minister of State for …", "Committee on …", "Centre … under the
// President of …", "Ministro de …".
const IN_TITLE =
  /^(?:of|the|and|for|on|under|in|to|at|de|la|le|du|des|del|da|di|y|e|bin|bint|al|el)$/;

// The ranks written in small letters before an office: "senior", "chief", "deputy", "acting".
const RANK_BEFORE_OFFICE = /^(?:senior|junior|chief|head|deputy|acting|assistant|principal)$/u;
// The words of one who holds an office for a time, written in small letters before it.
const ACTING_FOR = /^(?:acting|interim)$/u;
const ACTING_OPENING = /^(acting|interim)\s+(?=\p{Lu})/u;

/**
 * The words of a role from its title on: a verb or another small word before the title is no part
 * of it ("held talks with the Minister of Energy", "leaders of the partners, the Secretary-General
 * of …"), nor are the small words that open it ("on the Chairman of …"). Kept whole when no title
 * word follows the cut.
 */
function titleWords(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const last = words.findLastIndex((w) => /^\p{Ll}/u.test(w) && !IN_TITLE.test(w));
  let from = last + 1;
  while (
    from < words.length &&
    /^(?:,|\p{Ll}+,?$)/u.test(words[from] ?? '') &&
    IN_TITLE.test((words[from] ?? '').replace(/,$/, ''))
  )
    from += 1;
  const rest = words.slice(from).join(' ');
  if (from === 0) return phrase;
  // The title's head may follow other capitalised words: "National Director of …".
  const head = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/u.exec(rest)?.[0] ?? '';
  // One who holds an office for a time, in small letters right before it, holds it so: "the
  // acting Chairman of X" is its "acting Chairman".
  if (TITLE_WORD.test(head || (rest.split(/\s+/)[0] ?? '')))
    return from === last + 1 && ACTING_FOR.test(words[last] ?? '')
      ? `${words[last]} ${rest}`
      : rest;
  // A rank in small letters right before an office no list knows is that office's: "the senior
  // Gaonbura of X" is the "Senior Gaonbura of X".
  const rank = words[last] ?? '';
  return head && from === last + 1 && RANK_BEFORE_OFFICE.test(rank)
    ? `${rank.charAt(0).toUpperCase()}${rank.slice(1)} ${rest}`
    : phrase;
}

/**
 * Splits what stands before a name ("Director of the Second Asian Department of the Russian
 * Foreign Ministry") into the title, the organisation, a department inside it, and the country.
 */
// A name in parentheses after its title leaves the opening parenthesis, and the honorifics inside
// it, at the title's end: "the Vice Minister of Energy (Dr. A B)".
const OPENED_AFTER = new RegExp(
  `\\s*\\((?:\\s*(?:H\\.\\s?E\\.|${SHORT_STYLE}|Hon\\.?))*\\s*$`,
  'u',
);

// The courtesy styles that stand before a name or a royal title ("His Majesty King A",
// "His Highness Sheikh A", "Her Excellency A", "HE the President …"), a clergyman's ("His
// Eminence the Grand Mufti …", "His Beatitude B", "His Holiness C"), a mayor's ("Her Worship
// D"), and right before a name the Malay styles ("Datuk Seri Haji A", "Pengiran Dato Paduka B"),
// the courtesy styles of nameWords ("U A", "Ayatollah B", "Alhaji C", "Chief (Mrs.) D", "Ratu
// E"), those that are styles before two names ("Oba F", "Nei G"), three ("Mir H") or a chief's
// name with its number ("Nana I II"), the Malay and Chamorro "Tun", the Fijian "Adi" and the
// Sikh style, whole or short ("Sardar A Singh B", "S. C Singh D"): no title; the title may
// follow the name. "Chief" after "Grand", "Deputy",
// "Paramount", "Principal", "Tribal", "Senior", "National", "Regional" or "Hereditary" is a word of
// the title: "Grand Chief A B", "Tribal Chief C D", a Cherokee "Principal Chief E F"; so is it
// after the name of the council, tribe or nation a chief heads, as First Nations write it: "X
// Council of Y Chief A B", "Z Tribe Chief C D".
const CHIEF_OF_BODY =
  "(?<!\\b(?:Council|Tribe|Nation|Band)(?:\\s+of(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}:'’-]*){1,3})?\\s+(?=Chief\\b))";
// "Councillor" after the body a councillor sits in is a word of the title: "Government Councillor
// A B" (a member of a Swiss canton's government), "City Councillor C D".
const COUNCILLOR_OF_BODY =
  '(?<!\\b(?:Government|City|Town|County|District|Regional|Municipal|Borough|Ward|Parish|State)\\s+(?=Councill?or\\b))';
// prettier-ignore
const STYLE = new RegExp(
  `(?:^|\\s)(?<!\\b(?:Grand|Deputy|Paramount|Principal|Tribal|Senior|National|Regional|Hereditary)\\s)${CHIEF_OF_BODY}${COUNCILLOR_OF_BODY}(?:(?:His|Her|Their)\\s+(?:Royal\\s+)?(?:Majesty|Highness|Excellency|Eminence|Beatitude|Holiness|Worship)(?=\\s|$)|(?:H\\.\\s?E\\.|HE)(?=\\s)|(?:Sheikh|Sheikha|Shaikh|Shaikha)\\s*$|(?:(?:Chief\\s+\\((?:Mrs|Dr|Mr)\\.\\)|Tunku|${malayStyleWords(['Utama'])}|${COURTESY_STYLE}|${STYLE_BEFORE_TWO_NAMES}|${STYLE_BEFORE_KHAN}|${STYLE_BEFORE_THREE_NAMES}|${STYLE_BEFORE_REGNAL_NAME}|Tun|Adi|Sardar|Sardarni|Sardarini|S\\.)(?:\\s+|$))+$)`,
  'gu',
);

// A title set off from the name by a comma or a parenthesis, before or after it, with honorifics
// or styles at most between: "the President of X, His Highness A".
const SET_OFF = new RegExp(
  `[,(]\\s*(?:(?:H\\.\\s?E\\.|${SHORT_STYLE}|${HONOURABLE_BEFORE})\\s*)*$`,
  'u',
);

// A Turkish military rank or an envoy's style stands after the office, right before the name, as
// no part of it: "Sınır Hizmeti Başkanı Orgeneral A", "Dışişleri Bakan Yardımcısı Büyükelçi B",
// retired ("Emekli") or not: "Bakanlığı Müsteşarı Emekli Korgeneral C"; of an air or a naval force:
// "Lojistik Başkanı Hava Tümgeneral D"; of the police or the gendarmerie: "Emniyet Müdürü Polis
// Albay E", "Polis Tuğgenerali F".
const TR_RANK_AFTER = new RegExp(
  `(?<=\\p{Ll}(?:[ıiuü]|s[ıiuü]))(?:\\s+(?:Emekli\\s+)?(?:(?:Hava|Deniz|Kara|Polis|Jandarma)\\s+)?(?:${TURKISH_RANK}|Büyükelçi))+\\s*$`,
  'u',
);

// So does a Russian one, in small letters after the office, in any case: "Министром … генерал-
// лейтенантом милиции A", "Председателем Комитета начальников штабов генералом B", "губернатор
// области капитан C".
const RU_RANK_AFTER =
  /(?<=\p{L})\s+(?:генерал|маршал|адмирал|полковник|подполковник|майор|капитан)(?:-(?:лейтенант|майор|полковник|армии))?\p{Ll}*(?:\s+(?:милиции|полиции|юстиции|армии|авиации|внутренней\s+службы))?\s*$/u;

// So does an academic style, in small letters between the body and the name, in any case:
// "председателю Азиатского общества Бангладеш профессору A", "президентом Академии академиком B".
const RU_ACADEMIC_AFTER = /(?<=\p{L})\s+(?:профессор|академик|доцент)\p{Ll}*\s*$/u;

// So does a monk's or a priest's rank after his office: "настоятелем монастыря игуменом A",
// "архимандритом B", "протоиереем C"; an Assyrian priest's, the "кашиша" (qashisha): "настоятель
// храма кашиша D".
const RU_CLERGY_AFTER =
  /(?<=\p{L})\s+(?:игумен|игуменья|игуменьей|архимандрит|иеромонах|протоиере|иере|кашиш(?:а|ой|е|у|и))(?:ом|а|у|е|ем|й|ю|ей|ья)?\s*$/u;

// A Russian act named by its verbal noun, done with the one an office after «с» names, is none
// of the title: "подписание договора с ректором A" ("ректор").
const RU_ACT_WITH_BEFORE =
  /^\p{Ll}+(?:ние|тие)(?:\s+[^,;]+?)?\s+со?\s+(?=(?:\p{Ll}+(?:ым|им)\s+)*\p{Ll}+(?:ом|ем|ём)(?:\s|$))/u;
// A Russian age, first before the name or the office, in any case, is none of the title: "с
// 90-летней A B", "со столетним ветераном C" ("ветеран").
const RU_AGE_BEFORE = /^(?:\d+-|сто)летн(?:ий|яя|ее|его|ей|ему|им|юю)(?:\s+|$)/u;
// So is a craft or a calling's being hereditary: "потомственным мастером" ("мастер").
const RU_HEREDITARY_BEFORE = /^потомственн(?:ый|ая|ого|ой|ому|ым|ую)\s+(?=\p{Ll})/u;

// The honorifics Russian writes between a title and a foreign name: the Burmese «У», «До», the
// Thai «кхун», the Malay «дато», «датук», «тан шри» ("генералом У", "(TCEB) кхун"): no part of the
// title, in any case of it.
// So are the Tajik, Uzbek and Azerbaijani styles of a master craftsman, «усто», «уста», which do
// not decline: "мастером-ножовщиком усто A".
const RU_HONORIFIC_AFTER =
  /(?<=[\p{L})])(?:\s+(?:У|До|[Кк]хун|[Дд]ато|[Дд]атук|[Дд]атин|[Тт]ан\s+[Шш]ри|[Тт]унку|[Сс]ери|усто|уста))+\s*$/u;

// An honourable's style last before the name, set off with it: "the Speaker of X, the Honourable",
// "…, the Rt Hon".
const HONOURABLE_AFTER = new RegExp(`(?<=[\\s,(])${HONOURABLE_BEFORE}\\s*$`, 'u');
// So is one that opens the title before the name: "Hon'ble Minister for X A B", "Hon. Minister C".
const HONOURABLE_OPENING = new RegExp(`^\\s*${HONOURABLE_BEFORE}\\s+(?=\\p{Lu})`, 'u');

// A body named as a board, its own name before "Board": "Chairman of the X Development Board",
// "Chair of the Y Board of Trustees"; not a board of a body named after it ("Chairman of the
// Management Board of Z").
const BOARD_BODY =
  /^(?!(?:Management|Supervisory|Executive|Governing|Advisory|Editorial)\s+Board\b)(?:\p{Lu}[\p{L}'’-]*\s+)+Board\b/u;

// A body named after "the" by the last word of its kind, its own name before: a South Asian
// council, "the X Pradeshiya Sabha"; a protected area run by its own staff, "the Y Sanctuary",
// "the Z Biosphere Reserve", "the W National Park", "the V World Heritage Site"; a federation or a
// cooperative, in small letters too: "the X federation", "the Y women's weaving cooperative".
const BODY_LAST_WORD =
  /^\p{Lu}[\p{L}'’-]*(?:\s+\S+)*?\s+(?:Sabha|Sanctuary|Reserve|National\s+Park|World\s+Heritage\s+Site|[Ff]ederation|cooperative)$/u;

// A body named after "of", with no "the", by the last words of its kind: a South African
// "X Local Municipality", "Y District Municipality", "Z Metropolitan Municipality", a Nepali "W
// Rural Municipality", a park run by its own staff, "V National Park". A First Nation's or a
// tribe's band is its body too: "Chief of the X Band of Y Indians".
const NAMED_BODY_LAST_WORDS =
  /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:(?:Local|District|Metropolitan|Rural)\s+Municipality|National\s+Park)$/u;

// A title in the country's language set off by a comma before the same title in English: "Te
// Beretitenti, the President of Kiribati"; the English one is the title.
const OWN_LANGUAGE_TITLE = /^(?:Te\s+)?Beretitenti\s*,\s*(?=\S)/u;
// The same title's word in the country's language in small letters, in brackets after it: "the
// Premier of Åland (lantråd)", "Captain (kapitein) A B"; the English one is the title. So is the
// English gloss of a title in the country's language: "the Manjhi (village headman) A B", "the
// Conselleira do Mar (regional minister for the sea)".
const OWN_LANGUAGE_WORD =
  /\s*\((?![^()]*\b(?:acting|interim)\b)\p{Ll}[\p{Ll}\p{M}-]*(?:\s\p{Ll}[\p{Ll}\p{M}-]*){0,4}\)(?=[\s,]|$)/gu;

// The same title in the country's language, in capitals and in brackets inside the English one,
// before the place it is held in: "Municipal President (Presidente Municipal) of X". A portfolio
// or a body in brackets ("Executive Director (Operations) of Y") stays.
const OWN_LANGUAGE_CAPITALS =
  /\s*\((\p{Lu}[\p{Ll}\p{M}]+(?:\s(?:(?:de|del|do|da|di)\s)?\p{Lu}[\p{Ll}\p{M}]+){0,3})\)(?=\s+of\s+\p{Lu})/gu;

// The same title in the country's language, in brackets at the end of the English one before
// the name, a small word of that language among its words: "the X Language Commissioner
// (Comisiynydd y Iaith), A B". An English field in brackets ("Director (Research and Policy)")
// stays, and so does a body's name in its own language after the body's.
const OWN_LANGUAGE_AT_END =
  /\s*\((\p{Lu}[\p{L}\p{M}'’-]*(?:\s[\p{L}\p{M}'’-]+){1,5})\)(?=[\s,]*$)/u;
const ENGLISH_SMALL_WORD = /^(?:of|for|and|the|on|in|to|at|with|a|an|by|from)$/u;

function withoutOwnLanguageTitle(title: string): string {
  const end = OWN_LANGUAGE_AT_END.exec(title);
  const words = end?.[1]?.split(/\s+/u) ?? [];
  if (
    end &&
    TITLE_WORD.test(title.slice(0, end.index).split(/\s+/u).at(-1) ?? '') &&
    words.some((w) => /^\p{Ll}/u.test(w) && !ENGLISH_SMALL_WORD.test(w)) &&
    !words.some((w) => ORG_WORD.test(w) || TITLE_WORD.test(w) || FIELD_WORD.test(w))
  )
    return withoutOwnLanguageTitle(
      title.slice(0, end.index) + title.slice(end.index + end[0].length),
    );
  return title.replace(OWN_LANGUAGE_CAPITALS, (bracket, words: string) =>
    ORG_WORD.test(words) ||
    TITLE_WORD.test(words) ||
    words.split(/\s+/u).some((w) => FIELD_WORD.test(w))
      ? bracket
      : '',
  );
}

// An office written in small letters, with the words of its rank or its council before it at
// most, and the body it is held in: "chair of the X Federation", "a commissioner of the Y
// Commission", "general manager of the Z Union", "chief executive of W", "founder of a women's
// weaving cooperative", "pastor of the V Church", "chief incumbent of the U Hermitage" (the head
// monk of a Buddhist temple). The
// body is named after an article or opens with a capital ("head of state" names none). A member's
// office with its charge is one title: "member of the X Executive responsible for culture". Set
// off after the name only: before it ("the chair of the X council, A B") the whole is the title.
const SMALL_OFFICE_OF =
  /^(?:an?\s+)?((?:(?:general|managing|executive|deputy|vice|village|council|district|community|founding|senior)\s+){0,2}(?:chair|chairman|chairwoman|chairperson|president|head|chief\s+executive(?:\s+officer)?|chief\s+incumbent|director|leader|manager|commissioner|founder|co-founder|member|coordinator|principal|curator|pastor))\s+of\s+((?:the\s+|an?\s+)(?=\p{L})|(?=\p{Lu}))(?![^,;()]*\s(?:responsible|in\s+charge)\s)([^,;()]*?[\p{L}'’)])\s*[,;]?\s*$/u;

// The office of one who rules or heads a place, written in small letters after the name, with
// the place named after its "of": "A B, the traditional ruler of X", "C D, village headman of Y",
// "E F, chief minister of Z Region".
// The place is part of the title, as it is before the name ("the headman of Y, C D").
const SMALL_PLACE_OFFICE_OF =
  /^((?:(?:traditional|paramount|village)\s+)?(?:ruler|headman|chief\s+minister)\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*,?\s*$/u;

// An office in small letters before the name, set off by a comma, after "the" or the pronoun of
// the body named before: "the abbot, the Venerable A B", "its director, Dr. A B", "their
// chairperson, Make A B", "the lonko of the community, lonko A B", "the goba (village headman)
// of X, A B"; or one word after "its", with no comma: "its chair A B". Its word in the country's
// language in brackets, and a place in small letters after it, are left out; a place named after
// it stays.
const SMALL_OFFICE_SET_OFF =
  /^(?:(?:[a-z-]+\s+)*(?:with|and|by)\s+)?(?:the|its|their)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)(\s+\([a-z]+(?:\s+[a-z]+)+\))?(?:\s+\([a-z-]+\))?(?:\s+(of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)|\s+of\s+(?:the|this|its)\s+[a-z-]+)?(?:,(?:\s+(?:the\s+)?(\p{L}[\p{L}'’.-]*))?|(?<=^(?:(?:with|and)\s+)?(?:its|their)\s+[a-z-]+))\s*$/u;
const SMALL_CLAUSE_WORD =
  /^(?:the|a|an|of|by|with|which|who|whom|said|says|to|for|in|on|at|as|from|his|her|their|its|and)$/u;

const COURTESY_WORD = new RegExp(`^(?:${COURTESY_STYLE})$`, 'u');

function smallOfficeSetOff(written: string): string | null {
  const m = SMALL_OFFICE_SET_OFF.exec(written.trim());
  if (!m?.[1] || m[1].split(/\s+/u).some((w) => SMALL_CLAUSE_WORD.test(w))) return null;
  const head = m[1].split(/\s+/u).at(-1) ?? '';
  // The office's head is a title's word, or a style or the office's own word stands before the
  // name, or the office is of a place named.
  const titled = new RegExp(`^(?:${TITLE_WORD.source})$`, 'u').test(
    `${head.charAt(0).toUpperCase()}${head.slice(1)}`,
  );
  const styled = m[4] === m[1] || (m[4] !== undefined && COURTESY_WORD.test(m[4]));
  if (!titled && !styled && !m[3]) return null;
  return [m[1], m[2]?.trim(), m[3]].filter((w) => w).join(' ');
}

// The field an office is of, in capitals after its one "of": "Director of Water Planning".
const OF_FIELD = /^[^,]*? of ((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)$/u;

// A body's name after its office's "of", then what the body is in small letters, set off by
// commas, a style after it at most: ", the Gaelic college on the isle, Professor".
const BODY_DESCRIBED_AFTER =
  /(?<=\bof\s+(?:the\s+)?\p{Lu}[^,;()]*),\s+(?:the|an?)\s+(?:\p{Lu}\p{L}*\s+)?\p{Ll}[^,;()]*,(?=\s*(?:\p{Lu}\p{L}*\.?\s*)?$)/u;

export function parseRole(given: string): Role {
  // The bracket that closes what the name before had in brackets after it ("A B (in X A Bô), the
  // Starost of Y, C D") is no part of this title.
  // What the body is, set off after its name, is no part of the title either: "the Principal of
  // X, the Gaelic college on the isle, A B".
  const written = given.replace(/^\s*\)\s*,?\s*/u, '').replace(BODY_DESCRIBED_AFTER, ',');
  const small = SMALL_OFFICE_OF.exec(written.trim());
  if (small?.[1] && small[3])
    return { title: small[1], organisation: small[3], department: null, country: null };
  // Before the name, after "the", the office is parted from a body named in full with a body's
  // word ("the director of the X Wildlife Trust, A B"); of a place or of a council in small
  // letters it stays whole ("the chair of the Y municipal council, C D").
  const smallBefore = SMALL_OFFICE_OF.exec(written.trim().replace(/^the\s+/u, ''));
  if (
    /^the\s/u.test(written.trim()) &&
    smallBefore?.[1] &&
    smallBefore[3] &&
    /^\p{Lu}/u.test(smallBefore[3]) &&
    ORG_WORD.test(smallBefore[3])
  )
    return { title: smallBefore[1], organisation: smallBefore[3], department: null, country: null };
  const placeOffice = SMALL_PLACE_OFFICE_OF.exec(written.trim());
  if (placeOffice?.[1] && !ORG_WORD.test(placeOffice[1]))
    return { title: placeOffice[1], organisation: null, department: null, country: null };
  const setOffSmall = /^[\x20-\x7e]*$/u.test(written) ? smallOfficeSetOff(written) : null;
  if (setOffSmall)
    return { title: setOffSmall, organisation: null, department: null, country: null };
  const phrase = withoutOwnLanguageTitle(written)
    .replace(OWN_LANGUAGE_TITLE, '')
    .replace(OWN_LANGUAGE_WORD, '')
    .replace(HONOURABLE_AFTER, '')
    .replace(HONOURABLE_OPENING, '')
    .replace(OPENED_AFTER, '')
    .replace(STYLE, ' ')
    // "the" of a style left out before the name is no part of the title: "the Abbot of X, the
    // Venerable A B".
    .replace(/,\s+the\s*$/u, ',')
    // The honourable's style may stand before another: "…, the Hon. Ratu A".
    .replace(HONOURABLE_AFTER, '')
    .replace(TR_RANK_AFTER, '')
    .replace(RU_HONORIFIC_AFTER, '')
    .replace(RU_RANK_AFTER, '')
    .replace(RU_ACADEMIC_AFTER, '')
    .replace(RU_CLERGY_AFTER, '')
    .replace(RU_ACT_WITH_BEFORE, '')
    .replace(RU_AGE_BEFORE, '')
    .replace(RU_HEREDITARY_BEFORE, '')
    // "с его вице-канцлером": the body the pronoun stands for is named before, not in the title.
    .replace(/^(?:его|её|ее|их)\s+(?=\p{Ll})/u, '')
    // A title's own short form before the body's name is no part of it: "Chief Executive Officer
    // (CEO) of X", "Chief Executive Councillor (CEC) of Y".
    .replace(/(?<=\p{Ll})\s+\(\p{Lu}{2,6}\)(?=\s+of\s)/u, '')
    // So is it last, before the name: "the District Executive Director (DED), A B".
    .replace(/(?<=\p{Ll})\s+\(\p{Lu}{2,6}\)(?=\s*,?\s*$)/u, '');
  const setOff = SET_OFF.test(written.replace(STYLE, ' ').replace(/,\s+the\s*$/u, ','));
  const read = russianBodyRole(turkishBodyRole(readRole(phrase, setOff)));
  const role = read.title ? roleText(phrase) : '';
  return read.title && !/[а-яё]/i.test(role)
    ? { ...read, title: asWritten(role, read.title) }
    : read;
}

// A region's government, named for its autonomy or in Galician, Catalan or Spanish: "the
// Autonomous Region of X", "the Xunta de Galicia", "the Generalitat de Catalunya", "the Junta de
// Andalucía".
const REGIONAL_GOVERNMENT =
  /^(?:Autonomous\s+(?:Region|Province|Community)\b|(?:Xunta|Generalitat|Junta)\s+de\s)/u;
// The office of a region's councillor or minister, in English or in the region's language.
const REGIONAL_OFFICE =
  /^(?:Regional\s+)?(?:Councillor|Conselleir[oa]|Consejer[oa]|Consellera?)\b/u;

// A chief's title after the council, tribe or nation he heads: "X Council of Y Grand Chief"; so
// is a mayor's after the council he heads, as Australia writes it: "X Shire Council Mayor"; and
// a member's, as the United States writes it: "X County Council member".
const CHIEF_AFTER_BODY =
  /^(.*?\S) ((?:Deputy )?(?:(?:Grand|Deputy|Paramount|Principal|Tribal|Senior|National|Regional|Hereditary) )?Chief|(?<=Council )(?:Deputy )?Mayor|(?<=Council )member)$/u;

// The titles of a company's executives, which "of" and the company's name follow: "Chief
// Executive of X" as "Chief Executive Officer of X". So does a municipality's or a region's name
// follow the chair of its executive board: "Chair of the Municipal Executive Board of X".
const EXECUTIVE =
  /(?:^|\s)(?:Managing Director|Chief Executive(?: Officer)?|CEO|General Manager|Chief Operating Officer|(?:Chairman|Chairperson|Chair) of the (?:Management |Supervisory |(?:Municipal |Regional |County )?Executive )?Board)$/;

// A board that a body named after it has: "the Management Board of X", "the Municipal Executive
// Board of Y".
const BOARD_OF_BODY =
  /^(?:(?:Municipal|Regional|County)\s+)?(?:Management|Supervisory|Executive|Governing)\s+Board$/u;

// The nouns that end a Turkish body's name, in the possessive: "Devlet Sınav Merkezi", "Ulusal
// Gıda Ajansı", "Barzan Holding", "Devlet Tiyatrosu", "Ekonomi Bakanlığı" (whose officials are
// not its minister). A country's parliament or council is no such body: its speaker's title stays
// whole ("Milli Meclis Başkanı"), as does a council of state's (`TR_STATE_COUNCIL`); another
// council is a body ("Rekabet Konseyi", "İslam Yüksek Konseyi"). A campus is one, named in
// Turkish or in its own language ("Tarım Kampüsü", "Agro Campus"). So is an airline: "Ulusal Hava
// Yolları", "X Havayolları". So are a religious community and a party: "İslam Cemaati", "Demokratik
// Partisi" (whose office may be a branch's: "Partisi X İl Başkanı"). So is a people's
// national-cultural autonomy, as Russia's peoples form one, and a community's body: "Tatar Milli
// Kültür Özerkliği", "X Türkleri Topluluğu"; and an organisation, a body's branch and a club: "X
// Yahudileri Örgütü", "X Üniversitesi Y Şubesi", "X Kulübü"; and a house of culture, a dervish
// lodge and a nature reserve: "Halk Kültür Evi", "X Baba Tekkesi", "Y Biyosfer Rezervi"; and a
// college: "X Koleji"; and an
// administration of a place or of a force, and a political front: "X Eski Şehir Yönetimi", "Y
// Oblast Askeri Yönetimi", "Z Türkmen Cephesi"; and a society and a cooperative: "X Yardım
// Cemiyeti", "Y Tarım Kooperatifi"; and a mosque, whose imam heads it: "X Ulu Camii", and a
// church, whose priest does: "Aziz X Kilisesi"; and a memorial kept by its own staff: "X Savaş Anıtı Müdürü".
const TR_BODY_NOUN =
  /^(?:Evi|Tekkesi|Rezervi|Özerkliği|Topluluğu|Ajansı|Kampüsü|Campus|Belediyesi|Fabrikaları|Merkezi|Kurumu|Servisi|Akademisi|Komisyonu|Kurulu|Parlamentosu|Holding|Üniversitesi|Odası|Birliği|Bankası|Enstitüsü|Kütüphanesi|Müzesi|Tiyatrosu|Operası|Arşivi|Arşivleri|Otoritesi|Vakfı|Şirketi|Müdürlüğü|Başkanlığı|Bakanlığı|Dairesi|İdaresi|Filarmoni|Fonu|Teşkilatı|Ofisi|Bürosu|Borsası|Fakültesi|Okulu|Koleji|Komitesi|Derneği|Federasyonu|Konfederasyonu|Sendikası|Hastanesi|Yolları|Havayolları|Konseyi|Cemaati|Partisi|Örgütü|Şubesi|Kulübü|Yönetimi|Cephesi|Cemiyeti|Kooperatifi|Camii|Kilisesi|Anıtı)$/u;
// A local, a regional or a public government is an office of state, no body to part from: "X Yerel
// Yönetimi Müdürü".
const TR_LOCAL_GOVERNMENT = /^(?:Yerel|Bölgesel|Kamu)$/u;
// A body's noun in the genitive written with no apostrophe, as a common noun takes it, is the
// body's name still: "Bankacılık Genel Müdürlüğünün Genel Müdürü", "Sağlık Kurumunun Başkanı".
const withoutGenitive = (w: string) => w.replace(/(?<=[ıiuü])n[ıiuü]n$/u, '');
// So is one in the locative written so, where its head is met: "X Üniversitesinde Rektör A B".
const withoutLocative = (w: string) => w.replace(/(?<=[ıiuü])n[dt][ae]$/u, '');
const isBodyNoun = (w: string) => TR_BODY_NOUN.test(w) || TR_BODY_NOUN.test(withoutGenitive(w));
// A common noun in the genitive, written with no apostrophe: "Otoritenin", "Ajansın", "Kurumun".
const TR_BARE_GENITIVE = /^\p{Lu}\p{Ll}{2,}(?:(?<=[aeıioöuü])n|(?<![aeıioöuü]))[ıiuü]n$/u;
// A council of state: a country's cabinet, its collective presidency, its high council of state,
// its security or sovereignty council: "Bakanlar Konseyi", "Başkanlık Konseyi", "Devlet Başkanlığı
// Konseyi", "Yüksek Devlet Konseyi", "Güvenlik Konseyi", "Egemenlik Konseyi", "Askerî Konseyi".
const TR_STATE_COUNCIL =
  /^(?:Bakanlar|Başkanlık|Başkanlığı|Devlet|Güvenlik|Egemenlik|Askeri|Askerî|Geçiş|Halk|Yürütme)$/u;
// A board of the body is the title's: "Barzan Holding İcra Kurulu Başkanı", a municipality's
// executive board ("X Belediyesi Yürütme Kurulu Başkanı"); so is a country's cabinet ("Bakanlar
// Kurulu Başkanı"), whose head's title stays whole as a minister's does.
const TR_BOARD = /^(?:İcra|Yönetim|Yürütme|Denetim|Mütevelli|Bakanlar)$/u;
// A company executive's office, which the company's name stands before: its general manager, its
// chief executive ("CEO'su"), its board's chairman or member ("Deutsche Börse Yönetim Kurulu
// Üyesi").
const TR_EXECUTIVE =
  /(?:^|\s)(?:Genel Müdürü|(?:Grup\s+)?İcra Başkanı|CEO['’]su|Yönetim Kurulu (?:Başkanı|Üyesi|Başkan Yardımcısı))$/u;
// A company's legal form written before its name: Indonesia's "PT", "CV", Russia's "PJSC".
const TR_LEGAL_FORM_FIRST = /^(?:PT|CV|JSC|PJSC|OJSC|LLC)$/u;
// The possessive of a noun that ends in a vowel: "Sözcü-sü", "Temsilci-si".
const TR_POSSESSIVE_AFTER_VOWEL = /(?<=\p{L}{2}[aeıioöuü])s[ıiuü]$/u;
// The head of a Turkish title in the possessive, given back bare when it stands alone.
const TR_HEAD_BARE: Record<string, string> = {
  Başkanı: 'Başkan',
  Müdürü: 'Müdür',
  Direktörü: 'Direktör',
  Rektörü: 'Rektör',
  Sekreteri: 'Sekreter',
  Komiseri: 'Komiser',
  Uzmanı: 'Uzman',
  Dekanı: 'Dekan',
  Müsteşarı: 'Müsteşar',
  Komutanı: 'Komutan',
  // A Muslim cleric's office: a mosque's imam, a city's mufti.
  İmamı: 'İmam',
  Başimamı: 'Başimam',
  Müftüsü: 'Müftü',
  // A church's priest.
  Rahibi: 'Rahip',
  // A hospital's head physician.
  Başhekimi: 'Başhekim',
};

/**
 * A Turkish title held in a body, parted into the body and the office: "Devlet Sınav Merkezi
 * Direktörü" → "Direktör" of "Devlet Sınav Merkezi", "Ulusal Gıda Ajansı Başkan Yardımcısı" →
 * "Başkan Yardımcısı", "DOKA Genel Sekreteri" → "Genel Sekreter" of "DOKA". A minister's,
 * governor's or ambassador's title stays whole.
 */
function turkishBodyRole(read: Role): Role {
  const title = read.title ?? '';
  // A former office is parted as the office is, "former" staying with the office: "eski X
  // Üniversitesi Rektörü" is the "eski Rektör" of "X Üniversitesi".
  const former = /^eski\s+(?=\p{Lu})/u.exec(title);
  if (former && !read.organisation) {
    const office = turkishBodyRole({ ...read, title: title.slice(former[0].length) });
    return office.title ? { ...office, title: `eski ${office.title}` } : office;
  }
  const words = title.split(' ');
  // An office written by its capitals with the Turkish possessive is a Turkish title: "CEO'su".
  // So is one the table knows written in small letters: "rahibi".
  const turkish =
    /[çğışöüİ]/u.test(title) ||
    TR_HEAD_BARE[words.at(-1) ?? ''] !== undefined ||
    TR_HEAD_BARE[(words.at(-1) ?? '').replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('tr'))] !==
      undefined ||
    /^\p{Lu}{2,}['’]s?[ıiuü]$/u.test(words.at(-1) ?? '');
  if (read.organisation || !turkish || /[а-яё]/iu.test(title)) return read;
  // A prime minister's or a president's too: a federation may be a state ("Bosna-Hersek
  // Federasyonu Başbakanı").
  if (
    /^(?:Bakan|Başbakan|Cumhurbaşkan|Valisi|Büyükelçisi|Başkonsolosu|Emiri|Kralı)/u.test(
      words.at(-1) ?? '',
    )
  )
    return read;
  // A state's collective presidency is no body to part from: "Devlet Başkanlığı Konseyi Üyesi";
  // nor is a president's administration, an office of state: "Cumhurbaşkanlığı İdaresi Başkanı".
  let body = words.findLastIndex(
    (w, i) =>
      i < words.length - 1 &&
      (isBodyNoun(w) || TR_BODY_NOUN.test(withoutLocative(w))) &&
      !(TR_BOARD.test(words[i - 1] ?? '') && /^(?:Kurulu|Komisyonu)$/u.test(w)) &&
      !(w === 'Başkanlığı' && words[i - 1] === 'Devlet') &&
      !(w === 'Konseyi' && TR_STATE_COUNCIL.test(words[i - 1] ?? '')) &&
      !(w === 'İdaresi' && words[i - 1] === 'Cumhurbaşkanlığı') &&
      !(w === 'Yönetimi' && TR_LOCAL_GOVERNMENT.test(words[i - 1] ?? '')) &&
      // A mosque's imam in a capitalised title is an office of the place, as a village's headman
      // is ("X Camii İmamı"); told in the genitive and small letters, the mosque is the body he
      // heads ("X Camii'nin imamı"). So is a church's priest ("X Kilisesi'nin rahibi").
      !((w === 'Camii' || w === 'Kilisesi') && /^\p{Lu}/u.test(words[i + 1] ?? '')) &&
      // A state's standing or national committee is an office of state ("Ulusal Meclis Daimi
      // Komitesi Başkanı"), and a committee of a parliament named by no country ("Meclis
      // Dış İlişkiler Komitesi Başkanı") no body of its own name.
      !(
        w === 'Komitesi' &&
        (/^(?:Daimi|Ulusal)$/u.test(words[i - 1] ?? '') || words[0] === 'Meclis')
      ),
  );
  // A body's short name opens the title of an office of two words: "DOKA Genel Sekreteri"; a
  // company's legal form in capitals opens no body, but its name: "PT Ardi Karya Genel Müdürü".
  if (
    body < 0 &&
    /^\p{Lu}{2,}$/u.test(words[0] ?? '') &&
    !TR_LEGAL_FORM_FIRST.test(words[0] ?? '') &&
    words.length > 2
  )
    body = 0;
  // A company's name, whatever its last word, stands before its executive's office: "Makpost
  // Genel Müdürü", "Vardar Enerji Grup İcra Başkanı".
  // A body's bare noun in the genitive, with no apostrophe, names again a body told before, no
  // company: "Otoritenin Genel Müdürü", "Ajansın Genel Müdürü" (found by `departmentOfBodyBefore`).
  const executive = TR_EXECUTIVE.exec(title);
  const namedAgain = executive?.index === words[0]?.length && TR_BARE_GENITIVE.test(words[0] ?? '');
  if (body < 0 && executive && executive.index > 0 && !namedAgain)
    body = title.slice(0, executive.index).trim().split(' ').length - 1;
  // So does a body of a name in its own language, or of no body noun, before a general's or a
  // secretary general's office: "Guardia Costiera Genel Komutanı", "Kalkınma Konseyi Genel
  // Sekreteri".
  if (
    body < 0 &&
    /^\s*Genel (?:Komutanı|Sekreteri)$/u.test(words.slice(-2).join(' ')) &&
    words.length > 3
  )
    body = words.length - 3;
  // A rector heads a university or a college, whose name in its own language, with none of
  // Turkish's own letters, may end with no body noun: "University College X Rektörü", "Trinity
  // College X Rektör Yardımcısı". Turkish words before the office name no body: "Üniversitenin
  // Rektörü" names one told before, "… İlişkilerden Sorumlu Rektör Yardımcısı" the deputy's field.
  const rectorWords =
    words.at(-1) === 'Rektörü' ? 1 : words.slice(-2).join(' ') === 'Rektör Yardımcısı' ? 2 : 0;
  const college = words.slice(0, words.length - rectorWords);
  if (
    body < 0 &&
    rectorWords > 0 &&
    college.length > 0 &&
    college.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) && !/[çğışöüİ]/iu.test(w))
  )
    body = college.length - 1;
  // A body's own name in quotation marks after its noun is the body's: "X Örgütü \"Y\" Başkanı".
  if (body >= 0 && /^["“«]/u.test(words[body + 1] ?? '')) {
    const close = words.findIndex((w, i) => i > body && /["”»]$/u.test(w));
    if (close > body && close < words.length - 1) body = close;
  }
  // A cleric's office alone, its mosque or city unnamed, is given back bare: "İmamı" → "İmam".
  if (body < 0 && words.length === 1 && /^(?:İmamı|Başimamı|Müftüsü)$/u.test(title))
    return { ...read, title: TR_HEAD_BARE[title] ?? title };
  if (body < 0) return read;
  // A department's head ("Daire Başkanı", a rank of its own) keeps the department in the title
  // when another body holds it: "KDK Araştırma Dairesi Başkanı" is the "Araştırma Dairesi
  // Başkanı" of "KDK", "X Genel Müdürlüğü Y Dairesi Başkanı" the "Y Dairesi Başkanı" of X.
  if (words[body] === 'Dairesi' && /^Başkan/u.test(words[body + 1] ?? '')) {
    const holder = words.findLastIndex(
      (w, i) => i < body && (TR_BODY_NOUN.test(w) || (i === 0 && /^\p{Lu}{2,}$/u.test(w))),
    );
    if (holder >= 0 && holder < body - 1) body = holder;
    // A department named with no body, or with one named again in the genitive ("Fon'un",
    // "Genel Müdürlüğün"), and no country, is of a body named before: the title stays whole, for
    // `departmentOfBodyBefore` to find its body.
    else if (!words.some((w) => countryCode(w.replace(/['’].*$/u, '')) !== null)) {
      const owner = words.findLastIndex(
        (w, i) => i < body && /(?:['’]n?|[^aeıioöuü])[ıiuü]n$/u.test(w),
      );
      return { ...read, title: words.slice(owner + 1).join(' ') };
    }
  }
  // An office written by its capitals is given back bare: "CEO'su" → "CEO".
  const office = words.slice(body + 1).map((w) => w.replace(/^(\p{Lu}{2,})['’]s?[ıiuü]$/u, '$1'));
  const last = office.at(-1) ?? '';
  const alone =
    office.length === 1 ||
    (office.length === 2 && /^(?:[Gg]enel|Daimi|Kıdemli)$/u.test(office[0] ?? ''));
  // So is one written in small letters, in them: "başkanı" → "başkan"; a permanent one too: "Daimi
  // Müsteşarı" → "Daimi Müsteşar", and a senior one: "Kıdemli Uzmanı" → "Kıdemli Uzman".
  const bare =
    TR_HEAD_BARE[last] ??
    TR_HEAD_BARE[last.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('tr'))]?.toLocaleLowerCase(
      'tr',
    );
  if (alone && bare) office[office.length - 1] = bare;
  // An office the table does not know, whose noun ends in a vowel, is given back bare by its
  // possessive's "-sı": "Sözcüsü" → "Sözcü", "Şeyh-ul-kurrası" → "Şeyh-ul-kurra".
  else if (alone && !TR_HEAD_BARE[last] && TR_POSSESSIVE_AFTER_VOWEL.test(last))
    office[office.length - 1] = last.replace(TR_POSSESSIVE_AFTER_VOWEL, '');
  const held = words.slice(0, body + 1);
  const end = held[body] ?? '';
  if (TR_BODY_NOUN.test(withoutGenitive(end))) held[body] = withoutGenitive(end);
  else if (TR_BODY_NOUN.test(withoutLocative(end))) held[body] = withoutLocative(end);
  return { ...read, title: office.join(' '), organisation: held.join(' ') };
}

// A Russian office held in a body named after it in the genitive: "директор", "генеральный
// директор", "заместитель руководителя", "президент-генеральный директор", "председатель
// правления", "председатель президиума" (of an academy), "заместитель председателя правления",
// "заместитель управляющего" (of a bank),
// "генеральный секретарь" (of a society), "главнокомандующий" (of an armed force), "главный
// редактор" (of a newspaper or a journal: "главный редактор газеты «Заря»"). A minister's or
// an envoy's title stays whole, and so does the head of a place governed: "глава городского
// округа «город Дербент»", "глава сельского поселения".
const RU_OFFICE =
  /^((?:[\p{L}-]+(?:ый|ий|ой)\s+)?[\p{L}]*-?(?:директор|председатель|руководитель|начальник|глава|ректор|президент|заместитель|управляющий|секретарь|главнокомандующий|командующий|депутат|муфтий|редактор)(?:\s+(?:председателя|руководителя|директора|начальника|главы|ректора|управляющего|генерального\s+директора|правления|президиума|совета\s+директоров)){0,2})\s+(\S.*)$/iu;

// A field written small after an office, before the body's capitalised name: "по научной
// работе", "по науке", "по связям с общественностью".
const RU_FIELD = /^(по\s+[а-яё-]+(?:\s+(?:и\s+|с\s+)?[а-яё-]+){0,4}?)\s+(?=[А-ЯЁ«])/u;

const RU_STATE_BODY =
  /^(?:\p{L}+(?:ого|его|ой|ей)\s+)*(?:министр|председател|заместител|руководител|директор|сенат|меджлис|маджлис|кабинет|совет|палат|собрани|парламент|дум|правительств|жогорку|мажилис|хурал|курултай|верховн|президент|премьер|народн|инспектор|прокурор|комиссар|губернатор|мэр|начальник|секретар(?!иат)|глав[ыу]\s|округ|район(?!н\p{L}*\s+(?!(?:исполнительн|совет|администраци|собрани)))|улус|наслег|кожуун|поселени|муниципалитет|(?:республик[иа]|королевства|султаната|эмирата)(?![\p{L}]))/iu;

// A place governed whose adjectives are joined by a hyphen: "Северо-Ненецкого муниципального
// района"; a Yakut or Tuvan district: "Озёрского улуса", "национального наслега", "кожууна"; a
// municipality named in quotation marks: "муниципального образования «Озёрский район»". A
// district's adjective names no district: "Озёрского районного общества охотников" is a society;
// but for the district's own government: "районного исполнительного комитета", "Совета".
const RU_PLACE_BODY =
  /^(?:[\p{L}-]+(?:ого|его|ой|ей)\s+)*(?:округ|район(?!н\p{L}*\s+(?!(?:исполнительн|совет|администраци|собрани)))|улус|наслег|кожуун|поселени|муниципалитет|(?<=муниципального\s+)образовани)/iu;

// A council of people named by who they are is a body of its own, no state's: "Совета старейшин
// народа", "Совета уполномоченных представителей народов", "Совета озёрских старейшин".
// A council of a place's people, the place named after its noun, is the place's: "Совета старейшин
// общины A", "Совета старейшин села B".
const RU_PEOPLES_COUNCIL =
  /^Совета\s+(?:\p{Ll}+(?:их|ых)\s+)?(?:старейшин|уполномоченных|ветеранов)(?![\p{L}])(?!\s+(?:общины|села|аула|города|района|посёлка|поселка|деревни)\s+\p{Lu})/u;

const RU_COURT = /^(?:\p{L}+(?:ого|его)\s+)*суда(?![\p{L}])/u;

// The head of a body named by a capitalised name in the instrumental after the office:
// "заведующая Озёрским краеведческим музеем".
const RU_HEAD_OF_INSTRUMENTAL = /^(заведующ(?:ий|ая))\s+(\p{Lu}\S*(?:\s+\S+)*)$/u;

// A body's noun in the instrumental and its nominative: "музеем", "центром", "библиотекой",
// "лабораторией".
const INSTRUMENTAL_NOUN: ReadonlyArray<[RegExp, string]> = [
  [/(?<=[аеиоуя])ем$/u, 'й'],
  [/ией$/u, 'ия'],
  [/(?<=[^аеёиоуыэюя])ом$/u, ''],
  [/(?<=[^аеёиоуыэюя])ой$/u, 'а'],
];

/**
 * A body named in the instrumental in its nominative: "Озёрским краеведческим музеем имени
 * А. Б. Петрова" → "Озёрский краеведческий музей имени А. Б. Петрова"; kept as written when its
 * noun is not known in the instrumental.
 */
function instrumentalBody(body: string): string {
  const words = body.split(' ');
  const head = words.findIndex((w) => !/(?:ым|им|ой|ей)$/u.test(w) || /(?:ем|ом)$/u.test(w));
  const noun = words[head] ?? '';
  const ending = INSTRUMENTAL_NOUN.find(([e]) => e.test(noun));
  if (head < 1 || !ending) return body;
  words[head] = noun.replace(ending[0], ending[1]);
  const feminine = /[ая]$/u.test(words[head] ?? '');
  for (let i = 0; i < head; i += 1) {
    const w = words[i] ?? '';
    const stem = w.replace(/(?:ым|им|ой|ей)$/u, '');
    const soft = /(?:им|ей)$/u.test(w) && !/[кгхжчшщ]$/u.test(stem);
    words[i] = `${stem}${feminine ? (soft ? 'яя' : 'ая') : /им$/u.test(w) ? 'ий' : 'ый'}`;
  }
  return words.join(' ');
}

/**
 * A Russian title held in a body, parted into the office and the body in its nominative:
 * "директор Института стратегических исследований" → "директор" of "Институт стратегических
 * исследований", "заместитель руководителя Росавиации" → "заместитель руководителя" of
 * "Росавиация". The body is a capitalised name, one in quotation marks ("компании «Андина»") or
 * one in Latin letters ("компании Endiama").
 */
function russianBodyRole(read: Role): Role {
  const title = read.title ?? '';
  if (read.organisation || !/[а-яё]/iu.test(title)) return read;
  const governed = RU_HEAD_OF_INSTRUMENTAL.exec(title);
  if (governed?.[1] && governed[2]) {
    const body = instrumentalBody(governed[2]);
    return body === governed[2] ? read : { ...read, title: governed[1], organisation: body };
  }
  const office = RU_OFFICE.exec(title);
  // The field a head answers for, after his office, stays in the title: "проректор по научной
  // работе" of "Университет A", "заместитель директора по науке" of "Институт A". A place after
  // the field is the government's, no body: "секретарь по вопросам экономики САР Макао".
  const fielded = RU_FIELD.exec(office?.[2] ?? '');
  const rest = fielded ? (office?.[2] ?? '').slice(fielded[0].length) : '';
  const field =
    fielded && !(countryOf(rest) !== null && rest.split(' ').length <= 2) ? fielded : null;
  const held = field ? `${office?.[1] ?? ''} ${field[1] ?? ''}` : (office?.[1] ?? '');
  const body = field ? (office?.[2] ?? '').slice(field[0].length) : (office?.[2] ?? '');
  // A firm named in Latin letters after its small words is a body too: "национальной нефтяной
  // компании Sonangol".
  if (
    !office?.[1] ||
    !(/^\p{Lu}/u.test(body) || /«/u.test(body) || /^(?:[\p{Ll}-]+\s+)+[A-Z][A-Za-z]/u.test(body))
  )
    return read;
  // A title written with a capital ("Председатель …", "заместитель Председателя …"), another office in the genitive ("Министра
  // …") and a state's parliament, cabinet or government ("Сената", "Кабинета Министров") keep the
  // title whole.
  // A court is a body of its own, whatever its adjectives ("Верховного административного суда").
  // A deputy is a member of the body, a parliament's too: "депутат Законодательного Собрания A".
  const deputy = /^депутат$/u.test(office[1]);
  // The head of a body's board or presidium is the body's, written with a capital too:
  // "Председатель Президиума Академии наук".
  const board = /\s(?:правления|президиума|совета\s+директоров)$/iu.test(office[1]);
  // The head of the council of a body named by its adjectives and a small noun, no state's, heads
  // that body's council: "председатель Совета Озёрской общины" of "Озёрская община"; not
  // "Совета Федерации".
  const council = /^Совета\s+(?=\p{Lu})/u.exec(body);
  const ofCouncil = council ? body.slice(council[0].length) : '';
  const councilNoun = ofCouncil.split(' ').find((w) => !/(?:ого|его|ой|ей)$/u.test(w)) ?? '';
  if (
    council &&
    /^\p{Ll}/u.test(councilNoun) &&
    !/\p{Lu}/u.test(held) &&
    !RU_STATE_BODY.test(ofCouncil) &&
    !RU_PLACE_BODY.test(ofCouncil) &&
    countryOf(ofCouncil) === null &&
    genitiveBody(ofCouncil) !== ofCouncil
  )
    return { ...read, title: `${held} Совета`, organisation: genitiveBody(ofCouncil) };
  if (
    (/\p{Lu}/u.test(held) && !board) ||
    ((RU_STATE_BODY.test(body) || RU_PLACE_BODY.test(body)) &&
      !RU_COURT.test(body) &&
      !RU_PEOPLES_COUNCIL.test(body) &&
      !deputy)
  )
    return read;
  // The head of a town named by the town alone governs it, no body: "глава Нальчика" stays whole.
  if (/^глава$/iu.test(held) && /^\p{Lu}[\p{Ll}-]+$/u.test(body) && cityCountry(body) !== null)
    return read;
  const named = genitiveBody(body);
  // A body whose head is not known in the genitive stays in the title, unless it is an acronym.
  if (named === body && !/^\p{Lu}{2,}/u.test(body)) return read;
  // Its short name in brackets after it is no part of its name: "Бюро … Таиланда (TCEB)".
  const bare = named.replace(/\s*\((?=\p{Lu}{2,})[\p{L}\d-]+\)$/u, '');
  return { ...read, title: held, organisation: bare || named };
}

// What follows a title to name its country, as written: "of Sri Lanka", "of the Republic of
// Korea", "of the Arab Republic of Egypt".
const COUNTRY_TAIL =
  /^ of (?:the )?(?:[A-Z][\w'’-]*\s)*?(?:(?:Republic|Kingdom|State|Sultanate|Federation|Emirates|Principality) of (?:the )?)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$/;

// A title cut inside a country's long name: "President of the Republic", "… of the Kingdom".
const DANGLING =
  / of the (?:[A-Z][\w'’-]*\s)*(?:Republic|Kingdom|State|Sultanate|Federation|Emirates|Principality)$/;

/**
 * The title with the country it names in its long form as the release writes it: "President of
 * the Republic of Azerbaijan", never "President of the Republic" with the country's name cut off
 * it. A country named by its name alone is still cut from the title ("Minister of Foreign Affairs"
 * of Tajikistan). The country is read into its own field either way.
 */
function asWritten(role: string, title: string): string {
  if (!role.startsWith(title) || role === title || !DANGLING.test(title)) return title;
  const tail = role.slice(title.length);
  return COUNTRY_TAIL.test(tail) && !ORG_WORD.test(tail) && countryOf(tail) !== null ? role : title;
}

// Honorifics and courtesy styles that stand last before a name ("Министром культуры … шейхом",
// "Başkanı Şeyh", "Bakanı Seyyid", "Bakanı Mevlevi", "Valisi Mir", "Yardımcısı Alhaji",
// "Komiseri Hajiya", a royal's after his office, "Emiri Prens" (but the heir's "Veliaht Prens",
// and "Prens" alone, are a title), an academician's "Rektörü Akademisyen", "президентом
// фестиваля принцессой", "министра Дато Сри", "Minister for Finance Dr", "and Eng.", the
// Filipino "Sen.", "Rep.", the Dutch degrees written small ("of X drs. A B", "ir.", "mr."), the
// British "Sir", "Dame"): no part of the title. English styles ("His Excellency Sheikh") are not
// cut here. A professor's rank keeps its "Professor": "Associate Professor A B", "Visiting
// Professor C D".
// prettier-ignore
const TRAILING_STYLE = new RegExp(
  `(?:(?:\\s|^)(?:H\\.\\s?E\\.|${SHORT_STYLE}|drs\\.?|ir\\.?|mr\\.?|Hon\\.|Ambassador|(?<!(?:Associate|Assistant|Adjunct|Visiting|Research)\\s)Professor|Sir|Dame|[Шш]ейх(?:ом|ой|а|е|у)?|Şeyh|Şeyha|Seyyid|Seyyide|(?<=\\S\\s)(?<!(?:Veliaht|Veliahd)\\s)Prens(?:es)?|${TURKISH_STYLE_BEFORE_NAME}|Akademisyen|Sayyid|Sayyida|С[еа]йид(?:ом|а|у|ой|е)?|принцесс(?:ой|ы|а)|принц(?:ем|а)?|княгин(?:ей|и|я)|Датук(?:ом|а|у)?|Дато|Датин|Тун|Тан|Сри|Шри|Сери))+\\s*$`,
);

/** The words of a role from its title on, tidied, as parseRole reads them. */
function roleText(phrase: string): string {
  const first = tidy(titleWords(phrase).split(TITLE_COMMA)[0] ?? '');
  return tidy(first.replace(TRAILING_STYLE, ''));
}

/**
 * `setOff`: the title is set off from the name by a comma or a parenthesis ("the Minister for
 * Fisheries of Kiribati, A B", "A B, President of Malawi,"): a country named by its name alone
 * after it stays in the title as written. A title that runs straight into the name ("Foreign
 * Secretary of Malawi A B") gives the country to its own field only.
 */
// A Turkish office written small after the small nouns of where it is held: "köy muhtarı",
// "okul öğretmeni".
const TR_SMALL_OFFICE =
  /^(?:\p{Ll}+\s+){1,3}(?:öğretmeni|muhtarı|imamı|müftüsü|rehberi|sorumlusu|temsilcisi|koordinatörü|küratörü|müdürü|başkanı)$/u;

const GOVERNMENT_SET_OFF =
  /^(?:the\s+)?((?:Government|Ministry|Department)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)$/u;

function readRole(phrase: string, setOff = false): Role {
  const acting = ACTING_OPENING.exec(titleWords(phrase));
  if (acting?.[1]) {
    const office = readRole(titleWords(phrase).slice(acting[0].length), setOff);
    return office.title ? { ...office, title: `${acting[1]} ${office.title}` } : office;
  }
  // A comma before capitalised parts that end with "and" joins a title's parts: "Minister of
  // Health, Labour and Welfare".
  const parts = titleWords(phrase)
    .split(TITLE_COMMA)
    .filter((part, i) => i === 0 || !/^(?:\S+\.?)?$/u.test(tidy(part)));
  const first = tidy(parts[0] ?? '');
  // A government, a ministry or a department set off by commas after the office is the body it is
  // held in: "Minister of State for X, Government of Y", "Joint Secretary, Ministry of Z". A
  // word alone after the last comma is the style before the name: "…, Government of Y, Shri".
  const heldIn = parts.length === 2 ? GOVERNMENT_SET_OFF.exec(tidy(parts[1] ?? '')) : null;
  if (heldIn?.[1]) {
    const office = readRole(first, setOff);
    if (office.title && !office.organisation) return { ...office, organisation: heldIn[1] };
  }
  const role = tidy(first.replace(TRAILING_STYLE, ''));
  // English small words alone ("to meet", "and") are what the sentence does, not a title: the
  // title may follow the name instead ("to meet H.E. A B, Minister of …"). Russian writes its
  // titles small ("министр …").
  if (
    role === '' ||
    (!/\p{Lu}/u.test(role) && !/[а-яё]/i.test(role) && !TR_SMALL_OFFICE.test(role))
  )
    return { title: null, organisation: null, department: null, country: null };
  // An English role opened by a small word that names no office ("delegations of A and B") is
  // what the name follows, not its title.
  const opening = /^\p{Ll}[\p{Ll}-]*/u.exec(role)?.[0];
  if (
    opening &&
    /^[\x20-\x7e]+$/.test(role) &&
    !new RegExp(TITLE_WORD.source, 'i').test(opening) &&
    !IN_TITLE.test(opening) &&
    // A chief of a kind written small names his office: "the paramount chief of X", "the
    // longhouse chief of Y", "the village chief of Z".
    !/^(?:\p{Ll}+\s+){1,2}chief\s+of\s+\p{Lu}/u.test(role)
  )
    return { title: null, organisation: null, department: null, country: null };
  if (/[а-яё]/i.test(role))
    return {
      title: nominativeTitle(role),
      organisation: null,
      department: null,
      country: countryOf(role),
    };
  // A country's possessive before the title names the country, not part of the title: "Peru's
  // Minister of Finance".
  const owner = /^(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)['’]s\s+(?=\p{Lu})/u.exec(role);
  const ownerCountry = owner?.[1] ? countryCode(owner[1]) : null;
  if (owner && ownerCountry) {
    const rest = readRole(role.slice(owner[0].length), setOff);
    if (rest.title) return { ...rest, country: rest.country ?? ownerCountry };
  }
  // A body's possessive before an office of its own, named short or by a body's word, is the
  // body: "ICRISAT's Deputy Director General (Research)", "the World Bank's Vice President for
  // Africa"; its name may join two fields with "and": "the X and Y Safety Authority's
  // Director-General". So is a region's government before a regional minister's or councillor's
  // office, in English or in the region's language: "the Autonomous Region of X's Regional
  // Councillor for Industry", "the Xunta de Galicia's Conselleira do Mar".
  const body =
    /^(\p{Lu}[\p{L}\d&-]*(?:\s(?:(?:of|de|do|da|del|di|and)\s)?\p{Lu}[\p{L}\d&-]*)*)['’]s\s+(\p{Lu}[^,]*)$/u.exec(
      role,
    );
  if (
    body?.[1] &&
    body[2] &&
    !ownerCountry &&
    (/^\p{Lu}{2,}[\p{Lu}\d]*$/u.test(body[1]) ||
      ORG_WORD.test(body[1]) ||
      REGIONAL_GOVERNMENT.test(body[1])) &&
    (TITLE_WORD.test(body[2]) || REGIONAL_OFFICE.test(body[2])) &&
    !ORG_WORD.test(body[2].replace(/\([^)]*\)/g, ''))
  )
    // An English gloss of the office in brackets after it is no part of it.
    return {
      title: body[2].replace(/\s*\(\p{Ll}[^()]*\)$/u, ''),
      organisation: body[1],
      department: null,
      country: null,
    };
  // A town's possessive before its head's office in small letters names the town he heads:
  // "X's mayor" is the "Mayor of X".
  const town = /^(\p{Lu}[\p{L}-]*)['’]s\s+(mayor|governor|prefect)$/u.exec(role);
  if (town?.[1] && town[2] && !ownerCountry && !ORG_WORD.test(town[1]))
    return {
      title: `${town[2].charAt(0).toUpperCase()}${town[2].slice(1)} of ${town[1]}`,
      organisation: null,
      department: null,
      country: null,
    };
  // A body's or a municipality's possessive before an office in small letters is the body the
  // office is held in: "X Municipality's leading councillor", "the Y Society's general secretary".
  const smallOffice =
    /^(\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*)*)['’]s\s+((?:\p{Ll}+\s){0,2}(\p{Ll}+))$/u.exec(role);
  if (
    smallOffice?.[1] &&
    smallOffice[2] &&
    smallOffice[3] &&
    !ownerCountry &&
    (ORG_WORD.test(smallOffice[1]) || /\sMunicipality$/u.test(smallOffice[1])) &&
    new RegExp(`^(?:${TITLE_WORD.source}|Councillor)$`, 'u').test(
      `${smallOffice[3].charAt(0).toUpperCase()}${smallOffice[3].slice(1)}`,
    )
  )
    return {
      title: `${smallOffice[2].charAt(0).toUpperCase()}${smallOffice[2].slice(1)}`,
      organisation: smallOffice[1],
      department: null,
      country: null,
    };
  const minister = ministerRole(role);
  if (minister) return minister;
  // A body's short name before an office of its own, a portfolio in parentheses at most: "MAS
  // Deputy Managing Director (Markets and Development)", "CBK Chief Data Officer". A country's
  // short name stays in the title ("UK Trade Envoy").
  const short = /^(\p{Lu}{2,}[\p{Lu}\d]*) (\p{Lu}[^,]*)$/u.exec(role);
  if (
    short?.[1] &&
    short[2] &&
    countryCode(short[1]) === null &&
    TITLE_WORD.test(short[2]) &&
    !/ (?:of|for|at|to) /.test(short[2]) &&
    !ORG_WORD.test(short[2].replace(/\([^)]*\)/g, ''))
  )
    return { title: short[2], organisation: short[1], department: null, country: null };
  // An office held "at" a body: "State Secretary at the Ministry of X", "Senior Adviser at the
  // National Bank of Y". A minister's "at" is his title's ("Minister at the Presidency"), and so
  // is an envoy's ("Ambassador at Large"). An office of a field keeps its field: "Director of
  // Water Planning at the X Office".
  const at = /^([^,]+?) at (?:the )?(\p{Lu}.*)$/u.exec(role);
  const field = at?.[1] ? OF_FIELD.exec(at[1])?.[1] : undefined;
  if (
    at?.[1] &&
    at[2] &&
    TITLE_WORD.test(at[1]) &&
    ORG_WORD.test(at[2]) &&
    (!/ of /.test(at[1]) ||
      (field !== undefined &&
        FIELD_WORD.test(field.split(/\s+/u).at(-1) ?? '') &&
        !ORG_WORD.test(field))) &&
    !/\b(?:Minister|Ambassador|Representative|Envoy|Delegate|Observer|High Commissioner)$/.test(
      at[1],
    )
  )
    return {
      title: tidy(at[1]),
      ...splitDepartment(withoutAcronym(at[2])),
      country: countryOf(at[2]),
    };
  // So is an office held "in" a ministry or a department: "Principal Secretary in the Ministry of
  // X", "Deputy Director in the Department of Y". A minister's "in" is his title's ("Minister in
  // the Presidency"), and so is a secretary of state's ("Secretary of State in the Office of Z").
  const inBody = /^([^,]+?) in (?:the )?((?:Ministry|Department|Office)\b.*)$/u.exec(role);
  if (inBody?.[1] && inBody[2] && TITLE_WORD.test(inBody[1]) && !/ of |\bMinister$/.test(inBody[1]))
    return {
      title: tidy(inBody[1]),
      ...splitDepartment(withoutAcronym(inBody[2])),
      country: countryOf(inBody[2]),
    };
  // "Chairman of the Board of the Eurasian Economic Commission": the first "of" that does not
  // name a board starts the organisation.
  const ofs = [...role.matchAll(/ of (?:the )?/g)];
  for (const of of ofs) {
    const tail = role.slice(of.index + of[0].length);
    const segment = tail.split(/ of /)[0] ?? '';
    if (/^(?:Board|Trustees|Directors|Management)\b/.test(segment)) continue;
    // An envoy of a country to a body or a country: "Permanent Representative of Chile to the
    // United Nations Office at Geneva", "Ambassador Extraordinary and Plenipotentiary of Chile to
    // the Kingdom of Spain" is a title whole; the body is not the envoy's.
    const to = / to (?:the )?\p{Lu}/u.exec(tail);
    const sent = to ? countryOf(tail.slice(0, to.index)) : null;
    if (
      sent &&
      /\b(?:Representative|Ambassador|Envoy|Delegate)(?: Extraordinary and Plenipotentiary)?$/.test(
        role.slice(0, of.index),
      )
    )
      return { title: role, organisation: null, department: null, country: sent };
    // A company's executive: "Managing Director of Van Hoorn Marine Logistics", "Chairman of the
    // Management Board of NordGas": the capitalised words after "of" name the company.
    if (
      EXECUTIVE.test(role.slice(0, of.index)) &&
      /^\p{Lu}/u.test(tail) &&
      countryCode(tail) === null &&
      cityCountry(tail) === null
    )
      return {
        title: tidy(role.slice(0, of.index)),
        organisation: withoutAcronym(tail),
        department: null,
        country: null,
      };
    // A body named by its short name alone: "Director-General of TICA"; not a country's: "of the
    // UAE"; or by it and the place of its branch: "Director of INFN Turin", "of UNDP Kenya"; not
    // by it and a field: "Minister of ICT Development".
    const city = /^\p{Lu}{2,}[\p{Lu}\d]* (\p{Lu}\p{Ll}+)$/u.exec(tail)?.[1];
    if (
      (/^\p{Lu}{2,}[\p{Lu}\d]*$/u.test(tail) ||
        (city && !FIELD_WORD.test(city) && !ORG_WORD.test(city) && !TITLE_WORD.test(city))) &&
      countryCode(tail) === null &&
      ofs.length === 1
    )
      return {
        title: tidy(role.slice(0, of.index)),
        organisation: tail,
        department: null,
        country: null,
      };
    // "Head of Government", "Head of State": a title whole, no body. "Secretary of State", a
    // rank, is no body either: the body, if any, is named after it ("Secretary of State in the
    // Office of X", "Secretary of State of the Ministry of Y").
    if (/^(?:Government|State)$/.test(segment) && /\bHead$/.test(role.slice(0, of.index))) continue;
    if (
      /^State(?:\s+(?:in|at|for)\b.*)?$/.test(segment) &&
      /\b(?:Secretary|Minister)$/.test(role.slice(0, of.index))
    )
      continue;
    // An office over a field ("Director of Research", "Dean of Studies") held in a body named
    // after it: "Director of Research of the University", "Dean of Studies of the University of X";
    // never a body's part the article names ("Head of the Delegation of the European Union").
    if (
      of[0] === ' of ' &&
      of !== ofs.at(-1) &&
      /^\p{Lu}[\p{L}-]*(?: (?:and )?\p{Lu}[\p{L}-]*)*$/u.test(segment) &&
      !ORG_WORD.test(segment) &&
      countryCode(segment) === null &&
      cityCountry(segment) === null &&
      ORG_WORD.test(tail.slice(segment.length))
    )
      continue;
    const body =
      ORG_WORD.test(tail) ||
      (BOARD_BODY.test(segment) && !(segment !== tail && BOARD_OF_BODY.test(segment))) ||
      (of[0] === ' of the ' && segment === tail && BODY_LAST_WORD.test(segment)) ||
      (of[0] === ' of ' && segment === tail && NAMED_BODY_LAST_WORDS.test(segment)) ||
      (of[0] === ' of the ' &&
        /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+Band$/u.test(segment));
    if (body || (countryCode(segment) && ofs.length === 1)) {
      const title = tidy(role.slice(0, of.index));
      if (!body)
        return {
          title: setOff ? role : title,
          organisation: null,
          department: null,
          country: countryCode(segment),
        };
      const org = withoutAcronym(tail);
      return { title, ...splitDepartment(org), country: countryOf(tail) ?? countryOf(title) };
    }
  }
  // An office held "to" a body, as a parliament's clerk is: "Clerk to the National Assembly". An
  // envoy's "to" names where he is sent, not his body.
  const to = /^([^,]+?) to (?:the )?(\p{Lu}.*)$/u.exec(role);
  if (
    to?.[1] &&
    to[2] &&
    TITLE_WORD.test(to[1]) &&
    ORG_WORD.test(to[2]) &&
    !/ of |\b(?:Ambassador|Representative|Envoy|Delegate|Observer|High Commissioner)\b/.test(to[1])
  )
    return {
      title: tidy(to[1]),
      ...splitDepartment(withoutAcronym(to[2])),
      country: countryOf(to[2]),
    };
  // "Centre for East Asian Studies Director": the body first, the title last; so a municipality
  // before its mayor ("X District Municipality Executive Mayor") and a gallery before its director.
  const trailing =
    /^(.*?\b[A-Z][a-z]+) ((?:(?:Deputy|Vice|Executive|General|First|Acting|Supervisory Board|Board) )*(?:Director|Chairman|Chairwoman|President|Rector|Head|Chair|Secretary|Dean|Coordinator|Mayor)(?: General)?)$/.exec(
      role,
    );
  if (
    trailing?.[1] &&
    trailing[2] &&
    (ORG_WORD.test(trailing[1]) || /\s(?:Municipality|Gallery)$/u.test(trailing[1]))
  ) {
    return {
      title: trailing[2],
      ...splitDepartment(withoutAcronym(tidy(trailing[1]))),
      country: countryOf(trailing[1]),
    };
  }
  // "Mohawk Council of X Grand Chief", "Y Tribe Tribal Chief": the council or tribe first, the
  // chief's title last.
  const chief = CHIEF_AFTER_BODY.exec(role);
  if (chief?.[1] && chief[2] && (ORG_WORD.test(chief[1]) || /\s(?:Nation|Band)$/u.test(chief[1])))
    return {
      // A council's member is its "Council member".
      title: chief[2] === 'member' ? 'Council member' : chief[2],
      ...splitDepartment(withoutAcronym(tidy(chief[1]))),
      country: countryOf(chief[1]),
    };
  const ofCountry = / of (?:the )?([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*)$/.exec(role);
  const code = ofCountry?.[1] ? countryCode(ofCountry[1]) : null;
  if (ofCountry && code) {
    return {
      title: setOff ? role : role.slice(0, ofCountry.index),
      organisation: null,
      department: null,
      country: code,
    };
  }
  return { title: role, organisation: null, department: null, country: countryOf(role) };
}

// A body's head noun in the genitive, standing alone after an office: "заместитель директора
// центра", each with its nominative.
const RU_HEAD_NOUN: Record<string, string> = {
  центра: 'центр',
  института: 'институт',
  университета: 'университет',
  агентства: 'агентство',
  комитета: 'комитет',
  службы: 'служба',
  управления: 'управление',
  корпорации: 'корпорация',
  компании: 'компания',
  фонда: 'фонд',
  банка: 'банк',
  академии: 'академия',
};

// A body's name in a text, its last word a body's noun with a case ending at most:
// "Han-Nôm Araştırmaları Enstitüsü'nü", "Ticaret ve Sanayi Odası'nı", of seven words at most: "X
// Üniversitesi Uluslararası Deniz Bilimleri Araştırma Enstitüsü'nü". Its fields may be listed
// with commas before "ve": "X Ticaret, Sanayi, Maden ve Tarım Odası'nı".
const BODY_NAMED =
  /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}-]*(?:,(?=\s+(?:\p{Lu}[\p{L}-]*,\s+)*\p{Lu}[\p{L}-]*\s+ve\s+\p{Lu}))?\s+(?:ve\s+(?=\p{Lu}))?){1,7}\p{Lu}[\p{L}-]*)(?:['’]\p{Ll}+)?(?![\p{L}'’-])/gu;
// A body's noun in a case written with no apostrophe, as a common noun takes it: "Derneğini",
// "Üniversitesinde", "Odasına", "Enstitüsünün".
const TR_BODY_CASE = /(?<=[ıiuü])n(?:[ıiuü]n?|[ae]|[dt][ae]n?)$/u;
/** A body's name with its noun's case, written with no apostrophe, taken off. */
function bodyWithoutCase(body: string): string {
  const last = body.split(' ').at(-1) ?? '';
  const bare = last.replace(TR_BODY_CASE, '');
  return bare !== last && TR_BODY_NOUN.test(bare) ? `${body.slice(0, -last.length)}${bare}` : body;
}
// A body called at, in the accusative before "ziyaret": "Denizcilik Genel Müdürlüğü'nü ziyaret
// ederek", "Ulusal Üniversitesi'ni ziyaret edecek olan".
// Initials may open the name: "L.N. Gumilyov Avrasya Ulusal Üniversitesi'ni ziyaret eden", or
// follow the place it is named for: "X-Y H. M. Z Devlet Üniversitesi'ni ziyaret edecek olan".
// The accusative may be written with no apostrophe, as a common noun takes it: "X Üniversitesini
// ziyaret eden". A body gone to, in the dative, is called at too: "X Üniversitesi'ne giden".
const BODY_CALLED_AT =
  /(?<![\p{L}'’-])((?:(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:\p{Lu}\.\s?){1,3}\s*)?(?:\p{Lu}[\p{L}-]*\s+(?:ve\s+(?=\p{Lu}))?){1,5}\p{Lu}[\p{L}-]*)(?:(?:['’]n?[ıiuü]|(?<=[ıiuü])n[ıiuü])\s+(?:d[ae]\s+)?ziyaret\s+(?:et|ed)\p{L}*|(?:['’][ny]?[ae]|(?<=[ıiuü])n[ae])\s+(?:d[ae]\s+)?(?:git|gid|geç)\p{L}*)/gu;
// A body the visitors were at, in the locative right before the head's office: "Manas
// Üniversitesi'nde Rektör Prof. Dr. A B ile bir araya geldi".
const BODY_AT_BEFORE =
  /(?<![\p{L}'’-])((?:(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:\p{Lu}\.\s?){1,3}\s*)?(?:\p{Lu}[\p{L}-]*\s+(?:ve\s+(?=\p{Lu}))?){1,5}\p{Lu}[\p{L}-]*)['’]n?[dt][ae]\s+$/u;
// The short titles that stand between an office and a name: "Rektör Prof. Dr. A B".
const SHORT_TITLES_LAST =
  /(?:(?<![\p{L}])(?:Prof|Doç|Dr|Op|Uzm|Yrd|Öğr|Gör|Arş|Dt|Ecz|Müh)\.\s*)+$/u;
// A Turkish head's office with no body in it: "Rektör", "Genel Müdür", "Başkan Yardımcısı",
// "Başhekim" (a hospital's head physician), one acting for the head: "Rektör Vekili".
const TR_BARE_OFFICE =
  /^(?:Genel\s+)?(?:Başkan|Müdür|Rektör|Dekan|Direktör|Sekreter|Başhekim)(?:\s+(?:Yardımcısı|Vekili))?$/u;
// A deputy's bare office, a field he answers for before it at most: "Rektör Yardımcısı",
// "Uluslararası İlişkilerden Sorumlu Rektör Yardımcısı".
const TR_DEPUTY_OF_HEAD =
  /^(?:(?:\p{Lu}\p{Ll}+\s+){1,4}Sorumlu\s+)?((?:Genel\s+)?(?:Başkan|Müdür|Rektör|Dekan|Direktör|Sekreter|Başhekim))\s+Yardımcısı$/u;
// A sentence's end, not an abbreviation's full stop ("Prof. Dr. A").
const SENTENCE_END =
  /(?<!(?:^|\s)(?:Prof|Dr|Doç|Av|Sn|Op|Uzm|Yrd|Arş|Dt|Ecz|Müh|Öğr|Gör))[.!?;]\s/u;
// A sentence's full stop, which a semicolon is not.
const FULL_STOP = new RegExp(SENTENCE_END.source.replace('[.!?;]', '[.!?]'), 'gu');
// A sentence adverb opening the sentence before the body's name is not the body's: one in the
// locative or in the ablative after its possessive ("Ardından", "Akabinde", "Sonrasında") or one
// that takes no ending ("Ayrıca", "Yine", "Bugün", "Dün"); a place may end as the locative does
// ("Kanada").
const TR_SENTENCE_ADVERB =
  /^(?:(\p{Lu}\p{Ll}+(?:[dt][ae]|n[dt][ae]n))|Ayrıca|Ancak|Yine|Keza|Sonra|Bunun|Öte|Bugün|Dün|Yarın)\s+/u;

// The words that end a sentence or a heading before the next one opens.
const SENTENCE_OPENS_AFTER = /(?:[.!?:;]\s+|\n\s*)$/u;

/**
 * A body's name found in `text`, a sentence adverb taken off only where the name opens the
 * sentence: inside it, a capitalised word is a name, though it ends as the locative does ("Aynı
 * gün Kalenda Üniversitesi'ni").
 */
function bodyFound(text: string, m: RegExpMatchArray): string {
  const at = m.index ?? 0;
  const opens = at === 0 || SENTENCE_OPENS_AFTER.test(text.slice(Math.max(0, at - 4), at));
  return opens ? withoutAdverb(m[1] ?? '') : (m[1] ?? '');
}

function withoutAdverb(body: string): string {
  const m = TR_SENTENCE_ADVERB.exec(body);
  const word = m?.[1];
  if (!m || (word && (cityCountry(word) !== null || countryCode(word) !== null))) return body;
  return body.slice(m[0].length);
}

// A body's noun in small letters, in the genitive, right before a head's office and his name:
// "tiyatronun Müdürü ", "merkezin Başkanı ", "hastanenin Başhekimi " (a short title after it
// taken off: "hastanenin Başhekimi Dr. A B"), a noun that ends in a consonant too ("merkezin").
const TR_SMALL_GENITIVE_BEFORE =
  /(?<![\p{L}'’])(\p{Ll}{3,}(?:(?<=[aeıioöuü])n|(?<![aeıioöuü]))[ıiuü]n) ((?:Genel )?(?:Başkan|Müdür|Direktör|Rektör|Dekan|Başhekim)\p{Ll}*)\s+$/u;

// The genitive's ending of a noun in small letters: "tiyatronun", "merkezin", "hastanenin".
const TR_SMALL_GENITIVE = /(?:(?<=[aeıioöuü])n|(?<=\p{Ll}{3}[^aeıioöuü]))[ıiuü]n$/u;

// A place's kind in the genitive, in small letters, right before a mayor's office and his name:
// "ilçenin Belediye Başkanı ", "kentin Belediye Başkanı ".
const TR_MAYOR_OF_PLACE_AGAIN =
  /(?<![\p{L}'’])(ilçe|kent|şehr|belde|kasaba)(?:n[ıi]n|[ıi]n) Belediye Başkanı\s+$/u;
// A place named by its capitalised words before its kind in the possessive: "A B ilçesini".
const TR_PLACE_OF_KIND =
  /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s+(ilçe|kent|şehr|belde|kasaba)(?:s[ıi]|[ıi])(?:n[ıi]n|n?[dt][ae]n?|n[ıiae])?(?!\p{L})/gu;

/**
 * A Turkish department's head named with no body ("Bilgi Teknolojileri Dairesi Başkanı", "Fon'un
 * Yatırım Dairesi Başkanı") is of the body named last before him, as someone else's, that is no
 * department itself; an office of a body named again by its noun ("Fon Başkan Yardımcısı") is of
 * the body with that noun named before. People are read in the order they were named.
 */
export function departmentOfBodyBefore(
  people: { name?: string; title: string | null; organisation: string | null }[],
  text = '',
): void {
  people.forEach((p, i) => {
    // The bodies the text names before the person, as the place called at: "Han-Nôm Araştırmaları
    // Enstitüsü'nü ziyaret ederek Enstitü Müdürü A B'le …".
    const at = p.name ? text.indexOf(p.name) : -1;
    const named = [...text.slice(0, Math.max(at, 0)).matchAll(BODY_NAMED)].map((m) =>
      bodyWithoutCase(bodyFound(text, m)),
    );
    const before = people.slice(0, i).map((q) => q.organisation ?? '');
    // A body named again by its bare noun is the one with that noun named before: "Ajans
    // yöneticileri A, B" and "Oda Yönetim Kurulu Üyesi C" are of the "… Ajansı", the "… Odası".
    if (p.organisation && /^\p{Lu}\p{Ll}{2,}$/u.test(p.organisation)) {
      const noun = p.organisation.slice(0, -1);
      const body = [...named, ...before].findLast((o) => {
        const last = o.split(' ').at(-1) ?? '';
        return o.includes(' ') && TR_BODY_NOUN.test(last) && last.startsWith(noun);
      });
      if (body) p.organisation = body;
    }
    if (p.organisation) return;
    // An office in small letters after the kind of place it is held in ("cami imamı A B", "müze
    // müdürü C D") is the office of the place of that kind named last before him in the sentence,
    // a semicolon between at most: "… Zomba Camii'nin ziyareti; cami imamı A B'yle görüşme".
    // The kind may take the genitive: "… Tiyatrosu'nu ziyaret eden heyet, tiyatronun müdürü A B".
    const kind = /^(\p{Ll}{3,}) (\p{Ll}+)$/u.exec(p.title ?? '');
    const bare = kind?.[2]
      ? TR_HEAD_BARE[kind[2].replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('tr'))]
      : undefined;
    const noun = kind?.[1]?.replace(TR_SMALL_GENITIVE, '');
    if (noun && bare && at > 0) {
      const lead = text.slice(0, at);
      const end = [...lead.matchAll(FULL_STOP)].at(-1);
      const opened = end ? end.index + end[0].length : 0;
      const place = [...lead.slice(opened).matchAll(BODY_NAMED)]
        .map((m) => withoutAdverb(m[1] ?? ''))
        .findLast((o) => {
          const last = (o.split(' ').at(-1) ?? '').toLocaleLowerCase('tr');
          return o.includes(' ') && last.startsWith(noun) && last.length <= noun.length + 3;
        });
      if (place) {
        p.title = bare.toLocaleLowerCase('tr');
        p.organisation = place;
        return;
      }
    }
    // A mayor of a place named again by its kind in the genitive, in small letters ("ilçenin
    // Belediye Başkanı A B"), is the mayor of the place of that kind named last before him:
    // "… A B ilçesini ziyaret etti".
    const mayorOf =
      at > 0 ? TR_MAYOR_OF_PLACE_AGAIN.exec(text.slice(Math.max(0, at - 80), at)) : null;
    if (mayorOf?.[1] && p.title === 'Belediye Başkanı') {
      const place = [...text.slice(0, at).matchAll(TR_PLACE_OF_KIND)]
        .filter((m) => m[2] === mayorOf[1])
        .at(-1)?.[1];
      if (place) {
        p.organisation = place;
        return;
      }
    }
    // A head named by his bare office is of the body called at just before him in the same
    // sentence: "… Üniversitesi'ni ziyaret edecek olan X'e, Rektör A B", "… Genel Müdürlüğü'nü
    // ziyaret ederek Genel Müdür A B'le".
    // The body may be named in the locative right before the office ("… Üniversitesi'nde Rektör
    // A B"), or called at in the sentence before one the office opens ("… Üniversitesi'ni ziyaret
    // etti. Rektör Yardımcısı A B'yle görüşen heyet").
    const title = p.title ?? '';
    if (at > 0 && TR_BARE_OFFICE.test(title)) {
      const lead = text
        .slice(Math.max(0, at - 300), at)
        .replace(SHORT_TITLES_LAST, '')
        .trimEnd();
      const office = lead.endsWith(title) ? lead.slice(0, -title.length) : null;
      const located = office === null ? null : BODY_AT_BEFORE.exec(office);
      const called = [...text.slice(0, at).matchAll(BODY_CALLED_AT)].at(-1);
      const body = located?.[1] ? withoutAdverb(located[1]) : called ? bodyFound(text, called) : '';
      const between = called && !located ? text.slice(called.index + called[0].length, at) : '';
      const opensNext =
        office !== null && /^[.!]\s+$/u.test(between.slice(0, between.lastIndexOf(title)));
      if (
        body.includes(' ') &&
        TR_BODY_NOUN.test(body.split(' ').at(-1) ?? '') &&
        between.length < 160 &&
        (!SENTENCE_END.test(between) || opensNext)
      ) {
        p.organisation = body;
        return;
      }
    }
    // A deputy named by his bare office right after the head of a body was met is that body's:
    // "… Üniversitesi'nde Rektör A B … Uluslararası İlişkilerden Sorumlu Rektör Yardımcısı C D".
    const deputy = TR_DEPUTY_OF_HEAD.exec(title);
    const head = people[i - 1];
    if (deputy && head?.organisation && head.title === deputy[1]) {
      p.organisation = head.organisation;
      return;
    }
    // So is an office of a body named again by its noun alone: "Fon Başkan Yardımcısı" after the
    // "Tasarruf Mevduatı Sigorta Fonu" is its "Başkan Yardımcısı".
    // The noun may take the genitive: "Üniversitenin Rektörü", "Enstitünün Müdürü", and the
    // office be a board's: "Kurulun İcra Kurulu Başkanı", or a deputy's for a field: "Üniversitenin
    // Araştırmadan Sorumlu Rektör Yardımcısı". The body named last in the text is it,
    // though someone met before was of another with the same noun.
    // The noun in the genitive may be written in small letters before the office, no part of the
    // title read: "Adını A'dan alan tiyatronun Müdürü B C".
    const small =
      at > 0
        ? TR_SMALL_GENITIVE_BEFORE.exec(
            text.slice(Math.max(0, at - 80), at).replace(SHORT_TITLES_LAST, ''),
          )
        : null;
    const office =
      small?.[1] && small[2] === p.title
        ? `${small[1].charAt(0).toLocaleUpperCase('tr')}${small[1].slice(1)} ${p.title}`
        : (p.title ?? '');
    const again =
      /^(\p{Lu}\p{Ll}{2,}) ((?:\p{Lu}\p{Ll}+[dt][ae]n Sorumlu )?(?:Genel |Başkan |Bakan |İcra Kurulu |Yönetim Kurulu )?(?:Başkan|Müdür|Sekreter|Direktör|Rektör|Dekan|Başhekim)\p{L}*(?: Yardımcısı| Vekili)?)$/u.exec(
        office,
      );
    if (again?.[1] && again[2] && !TR_BODY_NOUN.test(again[1])) {
      const noun = again[1].replace(/(?<=[aeıioöuü])n[ıiuü]n$/u, '').slice(0, -1);
      const body = [...before, ...named].findLast((o) => {
        const last = o.split(' ').at(-1) ?? '';
        return o.includes(' ') && TR_BODY_NOUN.test(last) && last.startsWith(noun);
      });
      if (body) {
        const office = again[2].split(' ');
        const head = office.at(-1) ?? '';
        const alone = office.length === 1 || (office.length === 2 && office[0] === 'Genel');
        if (alone && TR_HEAD_BARE[head]) office[office.length - 1] = TR_HEAD_BARE[head];
        p.title = office.join(' ');
        p.organisation = body;
        return;
      }
      // A place's kind in small letters before the office ("merkezin Müdürü A B") names the
      // place called at before him in the same sentence, whatever its name ends in: "… Kendo
      // Kaikan'ı ziyaret eden heyet, merkezin Müdürü A B'den bilgi aldı".
      const called = small ? [...text.slice(0, at).matchAll(BODY_CALLED_AT)].at(-1) : undefined;
      const between = called ? text.slice(called.index + called[0].length, at) : '';
      const place = withoutAdverb(called?.[1] ?? '');
      if (place.includes(' ') && between.length < 160 && !SENTENCE_END.test(between)) {
        const head = again[2];
        p.title = TR_HEAD_BARE[head] ?? head;
        p.organisation = place;
      }
      return;
    }
    if (!/^\p{Lu}.* Dairesi Başkan/u.test(p.title ?? '')) return;
    const body = before.findLast((o) => o !== '' && !/Dairesi$/u.test(o));
    if (body) p.organisation = body;
  });
}

// A body's noun in the genitive after an office, with its form in the prepositional after «в» and
// its nominative: "директор театра" of the theatre the visitors were "в … театре", "главный врач
// больницы" of the hospital they went round, "директор комбината" of the works.
const RU_VISITED_NOUN: Record<string, [string, string]> = {
  театра: ['театре', 'театр'],
  центра: ['центре', 'центр'],
  музея: ['музее', 'музей'],
  школы: ['школе', 'школа'],
  института: ['институте', 'институт'],
  университета: ['университете', 'университет'],
  библиотеки: ['библиотеке', 'библиотека'],
  колледжа: ['колледже', 'колледж'],
  лицея: ['лицее', 'лицей'],
  гимназии: ['гимназии', 'гимназия'],
  архива: ['архиве', 'архив'],
  мечети: ['мечети', 'мечеть'],
  общины: ['общине', 'община'],
  больницы: ['больнице', 'больница'],
  комбината: ['комбинате', 'комбинат'],
};
// A district's noun in the genitive, after its head's office, and in the nominative.
const RU_DISTRICT_NOUN: Record<string, string> = {
  района: 'район',
  округа: 'округ',
  улуса: 'улус',
};
// Adjectives whose nominative ends in a stressed "-ой", which "-ом" does not tell from "-ый".
const RU_STRESSED_OJ = /(?:городск|областн|краев|окружн|морск|речн|лесн)$/u;

/**
 * A Russian adjective in the prepositional back to the nominative: "драматическом" →
 * "драматический", "Озёрской" → "Озёрская".
 */
function adjectiveNominative(word: string): string {
  const stem = word.slice(0, -2);
  if (word.endsWith('ом')) {
    if (RU_STRESSED_OJ.test(stem)) return `${stem}ой`;
    return /[кгхжшчщ]$/u.test(stem) ? `${stem}ий` : `${stem}ый`;
  }
  if (word.endsWith('ем')) return `${stem}ий`;
  if (word.endsWith('ой')) return `${stem}ая`;
  return /[жшчщ]$/u.test(stem) ? `${stem}ая` : `${stem}яя`;
}

/**
 * The body the visitors were at, named in the prepositional after «в», «во» before `at` in
 * `text`, whose noun is `noun` in that case ("в Северском драматическом театре", "В школе имени
 * А. Б. Петрова"), in the nominative; no later mention of the noun between. An opening one opens
 * the text given.
 */
function bodyVisitedBefore(
  text: string,
  at: number,
  noun: string,
  nominative: string,
  opening = false,
): string {
  const lead = text.slice(0, at);
  const found = [
    ...lead.matchAll(
      new RegExp(
        String.raw`(?<![\p{L}])[Вв]о?\s+((?:[\p{L}-]+(?:ом|ем|ой|ей)\s+){0,4})${noun}` +
          String.raw`(\s+имени\s+(?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?=[\s,.;])|\s+«[^«»]+»)?` +
          String.raw`(?![\p{L}])`,
        'gu',
      ),
    ),
  ].at(-1);
  if (!found || (opening && found.index !== 0)) return '';
  // A body whose name goes on after its noun is another's: "в Озёрском музее Ключара".
  if (
    !found[2] &&
    /^\s+\p{Lu}\p{Ll}+[аяыи](?![\p{L}])/u.test(lead.slice(found.index + found[0].length))
  )
    return '';
  // "в местной школе" names no body: the one school of the place, whatever it is called.
  if (!found[2] && /^местн\p{L}+\s*$/u.test(found[1] ?? '')) return '';
  const stem = nominative.slice(0, 4);
  const after = lead.slice(found.index + found[0].length);
  if (after.toLocaleLowerCase('ru').includes(stem.toLocaleLowerCase('ru'))) return '';
  // Three sentences back at most: the body is the one the text is at.
  if ((after.match(/(?<![\s.]\p{Lu})[.!?]\s+\p{Lu}/gu) ?? []).length > 2) return '';
  const adjectives = (found[1] ?? '')
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => w.replace(/[\p{L}]+$/u, adjectiveNominative));
  const capital = noun.charAt(0) !== noun.charAt(0).toLocaleLowerCase('ru');
  const head = capital
    ? nominative.charAt(0).toLocaleUpperCase('ru') + nominative.slice(1)
    : nominative;
  return [...adjectives, head].join(' ') + (found[2] ?? '');
}

// A word of a body's name after its noun: one in the genitive, small ("наук", "культуры") and
// no verb, small word or adverb, or a place's capitalised ("Мьянмы"), a republic's with its name
// ("Республики Алтай") or a capitalised adjective before a capitalised noun ("Озёрской
// Республики") or a small word in the genitive ("Озёрского научного центра", "Уральского
// отделения"), the short name in capitals of a larger body it is part of ("РАН"), or its name in
// quotes; or one it is named after by initials: "Дом-музей А. С. Петрова".
const BODY_NAME_WORD =
  String.raw`(?:(?!(?:и|в|во|на|с|со|по|к|о|об|для|где|имени|вместе|также|а|но|что|как)(?![\p{L}]))` +
  String.raw`\p{Ll}[\p{L}-]*(?<!л|ли|ла|ло|ть|ет|ит|ют|ят|ут|ат|ся|сь)(?![\p{L}-])|` +
  String.raw`Республики\s+\p{Lu}\p{Ll}+(?![\p{L}-])|` +
  String.raw`\p{Lu}[\p{L}-]*(?:ой|ей|ого|его)` +
  String.raw`(?=\s+(?:\p{Lu}|\p{Ll}[\p{L}-]*(?:ого|его|ой|ей|ых|их|а|я|ы|и)(?![\p{L}-])))|` +
  String.raw`\p{Lu}{2,}(?![\p{L}-])|` +
  String.raw`(?:\p{Lu}\.\s*){1,3}\p{Lu}\p{Ll}+(?:а|я|ы|и)(?![\p{L}-])|` +
  String.raw`\p{Lu}\p{Ll}+(?:ы|и|а|я)(?![\p{L}-])|«[^»]+»)`;
// Whom a body is named after, a rank of his in small letters before his name too: "имени Б. Б.
// Городовикова", "имени Шер-е-Кашмира", "имени академика А. Б. Петрова".
const NAMED_AFTER = String.raw`(?:\s+имени\s+(?:\p{Ll}+\s+)?(?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})`;

// A comma inside a body's name, between words of a list closed by «и»: "Институт языка,
// литературы и искусства".
const LIST_COMMA = String.raw`,(?=\s+[\p{L}-]+(?:,\s+[\p{L}-]+)*\s+и\s)`;

/**
 * The body the visitors went round, named in the accusative after a verb of visiting before `at`
 * in `text`, whose noun is `nominative` in the nominative: "посетили Озёрский краеведческий
 * музей", "посетит Озёрскую среднюю школу", "посетил Центр вепсской культуры"; in the
 * nominative, with its end in `text`. A noun alone, small, names no body.
 */
function bodyGoneRound(
  text: string,
  at: number,
  nominative: string,
): { body: string; end: number } {
  const accusative = nominative.replace(/а$/u, 'у').replace(/ия$/u, 'ию');
  const noun = `[${accusative.charAt(0).toLocaleUpperCase('ru')}${accusative.charAt(0)}]${accusative.slice(1)}`;
  const found = [
    ...text
      .slice(0, at)
      .matchAll(
        new RegExp(
          String.raw`(?<![\p{L}])(?:посетил[аи]?|посетит|посетят|осмотрел[аи]?|осмотрит|осмотрят)\s+` +
            String.raw`((?:[\p{L}-]+(?:ый|ий|ой|ую|юю)\s+){0,4})((?:\p{Lu}\p{Ll}+-)?${noun})` +
            String.raw`((?:(?:\s+и|${LIST_COMMA})?\s+${BODY_NAME_WORD}){0,10}(?:${NAMED_AFTER}(?:\s+${BODY_NAME_WORD}){0,4})?)` +
            String.raw`(?=[\s,.;:])`,
          'gu',
        ),
      ),
  ].at(-1);
  if (!found || (!found[1] && !found[3] && !/^\p{Lu}/u.test(found[2] ?? '')))
    return { body: '', end: -1 };
  const end = found.index + found[0].length;
  // Three sentences back at most, with no other body of that noun named between.
  const after = text.slice(end, at);
  if (
    (after.match(/(?<![\s.]\p{Lu})[.!?]\s+\p{Lu}/gu) ?? []).length > 2 ||
    after.toLocaleLowerCase('ru').includes(nominative.slice(0, 4))
  )
    return { body: '', end: -1 };
  const adjectives = (found[1] ?? '')
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => w.replace(/ую$/u, 'ая').replace(/юю$/u, 'яя'));
  // A compound's first noun stays before the nominative: "Дом-музей".
  const compound = /^\p{Lu}\p{Ll}+-/u.exec(found[2] ?? '')?.[0] ?? '';
  const head = found[1]
    ? `${compound}${nominative}`
    : (found[2] ?? '').replace(/у$/u, 'а').replace(/ию$/u, 'ия');
  return {
    body: [...adjectives, head].join(' ') + (found[3] ?? ''),
    end,
  };
}

/**
 * The body named in full in the genitive before `at` in `text`, its first word a capitalised
 * adjective, whose noun is `noun` in that case ("перед студентами Озёрского университета науки и
 * технологий"), in the nominative, its noun `nominative`; none further back than three sentences
 * or with another mention of its noun between.
 */
function bodyNamedInGenitive(text: string, at: number, noun: string, nominative: string): string {
  const found = [
    ...text
      .slice(0, at)
      .matchAll(
        new RegExp(
          String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}-]*(?:ого|его|ой|ей)\s+)(?:[\p{L}-]+(?:ого|его|ой|ей)\s+){0,3})` +
            String.raw`${noun}((?:(?:\s+и)?\s+${BODY_NAME_WORD}){0,6}${NAMED_AFTER}?)(?=[\s,.;:])`,
          'gu',
        ),
      ),
  ].at(-1);
  if (!found) return '';
  const after = text.slice(found.index + found[0].length, at);
  if (
    (after.match(/(?<![\s.]\p{Lu})[.!?]\s+\p{Lu}/gu) ?? []).length > 2 ||
    after.toLocaleLowerCase('ru').includes(nominative.slice(0, 4))
  )
    return '';
  const adjectives = (found[1] ?? '')
    .trim()
    .split(/\s+/u)
    .map((w) => adjectiveNominative(w.replace(/ого$/u, 'ом').replace(/его$/u, 'ем')));
  return [...adjectives, nominative].join(' ') + (found[2] ?? '');
}

/**
 * Where a Russian name stands in the text, as written or in another case: "Верой Павловной
 * Ковригиной" for "Вера Павловна Ковригина", a style written small inside it ("Равиль хазрат
 * Мухаметшин") or not. A name `declined` is found where it first stands in any case.
 */
function nameAt(text: string, name: string, declined = false): number {
  const exact = declined ? -1 : text.indexOf(name);
  if (exact >= 0) return exact;
  const stems = name
    .split(' ')
    // A word of four letters declines in its last: "Анна", "Анной".
    .map((w) => (w.length > 4 ? w.slice(0, -2) : w.length === 4 ? w.slice(0, -1) : w))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const found = new RegExp(
    String.raw`(?<![\p{L}])` +
      stems.map((w) => String.raw`${w}[\p{L}]*`).join(String.raw`\s+(?:\p{Ll}+\s+)?`),
    'u',
  ).exec(text);
  return found ? found.index : -1;
}

// A clause on one just named that tells his office, in the instrumental after «является»:
// "A B (C), которая является директором музея", "A B, являющийся руководителем театра".
const RU_OFFICE_TOLD_AFTER =
  /^[^,.;!?]*,\s+(?:котор(?:ый|ая)\s+является|являющ(?:ийся|аяся))\s+([^,.;!?]*)/u;

/**
 * A Russian head of a body named by its noun alone, in the genitive after the office ("директор
 * театра"), is of the body the visitors were at, named before in the prepositional ("… побывали в
 * Северском драматическом театре"): parted into the office and that body. One named by a bare
 * office or one of his field ("директор", "учитель родного языка") is of the body the sentence
 * opens at: "В Озёрской средней школе учитель языка A B провела урок".
 */
export function bodyVisitedNamed(
  people: { name?: string; title: string | null; organisation: string | null }[],
  text: string,
): void {
  for (const p of people) {
    if (p.organisation || !p.title || !p.name) continue;
    const at = nameAt(text, p.name);
    if (at < 0) continue;
    // A noun of two joined by a hyphen is one: "директор музея-заповедника".
    const office = /^(\p{Ll}.*\S)\s+(\p{Ll}+(?:-\p{Ll}+)?)$/u.exec(p.title);
    const noun = office?.[2] ?? '';
    // Capitalised adjectives before the noun name the body: it is the one visited only if that
    // has them too ("профессор Токийского университета", "в Токийском университете"), and no
    // other ("имам-хатыб Озёрской мечети" is not of "деревянная мечеть").
    const named = /(?:\s+\p{Lu}[\p{L}-]*)+$/u.exec(office?.[1] ?? '');
    const heldIn = (body: string) =>
      !named ||
      named[0]
        .trim()
        .split(/\s+/u)
        .every((w) => body.split(' ').some((b) => b.slice(0, 4) === w.slice(0, 4)));
    const held = named ? (office?.[1] ?? '').slice(0, named.index) : (office?.[1] ?? '');
    // The head of a district named by its noun alone ("глава округа") heads the one the visitors
    // went to before: "посетил Озёрский муниципальный округ" → "глава Озёрского муниципального
    // округа".
    const district = RU_DISTRICT_NOUN[noun];
    // One whose title names its district by its adjective already keeps it as written: "глава
    // Озёрского района".
    if (office?.[1] && district && named && /(?:ого|его)$/u.test(named[0])) continue;
    if (office?.[1] && district) {
      const gone = bodyGoneRound(text, text.lastIndexOf(noun, at), district);
      const words = gone.body.split(' ');
      if (words.length > 1 && words.at(-1) === district)
        p.title = [
          office[1],
          ...words
            .slice(0, -1)
            .map((w) => w.replace(/(?<=[кгхжшчщ])ий$|[ыо]й$/u, 'ого').replace(/ий$/u, 'его')),
          noun,
        ].join(' ');
      continue;
    }
    // A body of two nouns the visitors went round: "посетили музей-заповедник «A»".
    const first = noun.split('-');
    if (office?.[1] && first.length === 2 && RU_VISITED_NOUN[first[0] ?? '']) {
      const gone = bodyGoneRound(text, text.lastIndexOf(noun, at), genitiveBody(noun));
      if (gone.body && heldIn(gone.body)) {
        p.title = held;
        p.organisation = gone.body;
      }
      continue;
    }
    // «вуз» stands for a university, an institute or an academy: "ректор вуза".
    const visited =
      RU_VISITED_NOUN[noun] ?? (noun === 'вуза' ? RU_VISITED_NOUN.университета : null);
    if (office?.[1] && visited) {
      // An office told after the name, in a clause on him, names its body's noun there: "… с A B,
      // которая является художественным руководителем театра".
      const told = RU_OFFICE_TOLD_AFTER.exec(text.slice(at));
      const toldNoun = told?.[1]?.endsWith(` ${noun}`) ? told[0].length - noun.length : -1;
      const said = toldNoun >= 0 ? at + toldNoun : text.lastIndexOf(noun, at);
      const body =
        bodyVisitedBefore(text, said, visited[0], visited[1]) ||
        bodyGoneRound(text, said, visited[1]).body ||
        bodyNamedInGenitive(text, said, noun, visited[1]);
      if (body && heldIn(body)) {
        p.title = held;
        p.organisation = body;
      }
      continue;
    }
    // An initial's full stop ends no sentence: "имени Т. З. A".
    const opened = [...text.slice(0, at).matchAll(/(?:^|(?<![\s.]\p{Lu})[.!?]\s+)(?=\p{Lu})/gu)].at(
      -1,
    );
    const sentence = text.slice(opened ? opened.index + opened[0].length : 0, at);
    // An office of the body «его» stands for is of the one the sentence named last before it:
    // "встреча в Озёрском университете с его ректором A B", "посетил Озёрский университет имени
    // C D и встретился с его ректором E F".
    if (/(?<![\p{L}])(?:его|её|ее)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u.test(sentence)) {
      const named = Object.values(RU_VISITED_NOUN)
        .map(([prepositional, nominative]) => ({
          body:
            bodyVisitedBefore(sentence, sentence.length, prepositional, nominative) ||
            bodyGoneRound(sentence, sentence.length, nominative).body,
          said: sentence.toLocaleLowerCase('ru').lastIndexOf(nominative.slice(0, 4)),
        }))
        // A capitalised noun alone is no body's whole name: "Университет" of "Университет A".
        .filter((b) => b.body.includes(' '))
        .sort((a, b) => b.said - a.said)[0];
      if (named && /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u.test(p.title)) {
        p.organisation = named.body;
        continue;
      }
    }
    if (
      !/^(?:директор|учитель|заведующ(?:ий|ая)|руководитель|ректор|главный\s+врач|главврач)(?:\s+\p{Ll}+){0,2}$/u.test(
        p.title,
      )
    )
      continue;
    // The sentence opens at the body, in the prepositional, before the office.
    // Or the body is where the visitor was, in the clause before «где» and the office: "побывал в
    // Озёрском университете, где ректор A B …"; the visitor may be the clause's subject, who
    // met the office there: "…, где провёл переговоры с ректором A B".
    const where = /,\s+где\s+(?:\p{Ll}+\s+){1,5}$/u.exec(sentence);
    for (const [prepositional, nominative] of Object.values(RU_VISITED_NOUN)) {
      const body =
        bodyVisitedBefore(sentence, sentence.length, prepositional, nominative, true) ||
        (where && sentence.slice(0, where.index).endsWith(prepositional)
          ? bodyVisitedBefore(sentence, where.index, prepositional, nominative)
          : '');
      if (body) {
        p.organisation = body;
        break;
      }
      // Or the body the sentence goes round, its head's office after it: "посетили Озёрский
      // музей, директор которого A B …", "посетит Озёрскую школу, где директор A B …".
      const round = bodyGoneRound(sentence, sentence.length, nominative);
      if (
        round.body &&
        /^\s*,\s*(?:где\s+(?:\p{Ll}+\s+){1,5}|(?:\p{Ll}+\s+){1,3}котор(?:ого|ой)\s+)$/u.test(
          sentence.slice(round.end),
        )
      ) {
        p.organisation = round.body;
        break;
      }
    }
  }
}

/**
 * A Russian office of a body named by its head noun alone ("заместитель директора центра") is of
 * the body with that head named before it, as someone else's ("Армянский центр метрологии"):
 * parted into the office and that body. People are read in the order they were named.
 */
export function bodyNamedBefore(
  people: readonly { name?: string; title: string | null; organisation: string | null }[],
  text = '',
): void {
  people.forEach((p, i) => {
    const office = /^(\p{Ll}.*\S)\s+(\p{Ll}+)$/u.exec(p.title ?? '');
    const head = office?.[2] ? RU_HEAD_NOUN[office[2]] : undefined;
    if (p.organisation || !office?.[1] || !head) return;
    // A body of that noun the visitors go round after the one met before is the office's:
    // "посетит Озёрский университет, где её примет ректор университета A".
    const at = p.name ? nameAt(text, p.name) : -1;
    const said = at >= 0 ? text.lastIndexOf(office[2] ?? '', at) : -1;
    if (said >= 0 && bodyGoneRound(text, said, head).body) return;
    const body = people
      .slice(0, i)
      .map((q) => q.organisation ?? '')
      .findLast((o) =>
        o
          .toLocaleLowerCase('ru')
          .split(' ')
          .find((w) => !/(?:ый|ий|ой|ая|яя|ое|ее)$/u.test(w))
          ?.startsWith(head),
      );
    if (!body) return;
    p.title = office[1];
    p.organisation = body;
  });
}

// The kinds of body a release names again by a small noun in the possessive before an office.
const BODY_KIND: Record<string, string> = {
  university: 'University',
  museum: 'Museum',
  institute: 'Institute',
  college: 'College',
  library: 'Library',
  academy: 'Academy',
  foundation: 'Foundation',
  centre: 'Centre',
  center: 'Center',
};

/**
 * An English office of a body named again by its kind in the possessive ("the university's
 * Rector, Professor A B") is held in the last body of that kind the text names in full before it:
 * "the V. I. X State University, …. The university's Rector".
 */
export function bodyOfKindNamedBefore(
  people: readonly { name: string; title: string | null; organisation: string | null }[],
  text: string,
): void {
  for (const p of people) {
    if (!p.title || p.organisation) continue;
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const given = escape(p.name.split(' ')[0] ?? '');
    const again = new RegExp(
      `\\b[Tt]he (${Object.keys(BODY_KIND).join('|')})['’]s ${escape(p.title)},?\\s+(?:\\S+\\s+){0,3}?${given}\\b`,
      'u',
    ).exec(text);
    const kind = again?.[1] ? BODY_KIND[again[1]] : undefined;
    if (!again || !kind) continue;
    const named = [
      ...text
        .slice(0, again.index)
        .matchAll(
          new RegExp(
            `(?<![\\p{L}.])((?:\\p{Lu}\\.\\s?){0,3}(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?){1,6}${kind})(?![\\p{L}])`,
            'gu',
          ),
        ),
    ].at(-1)?.[1];
    if (named) p.organisation = named;
  }
}

// A body's own name: words in capitals, joined by small words ("X Hoteliers and Guides
// Association", "Y Women Weavers' Cooperative").
const BODY_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*`;

// A word of a body's name in capitals, and the words after a body's head noun that name what it
// is of or for: "… Academy of Letters", "… Fund for Rural Wells".
const CAP_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const HEAD_AFTER = String.raw`\s+(?:of|for|on)\s+(?:the\s+)?${CAP_WORD}(?:\s+${CAP_WORD})*`;

/**
 * A body named again by its head noun alone ("the Bank", "the Academy") is the one body the text
 * names in full with that noun as its head, last or before its "of": "the X Rural Credit Bank",
 * "the Y Academy of Letters". Null when the text names none or more than one.
 */
export function bodyNamedInFullByHead(noun: string, text: string): string | null {
  const head = new RegExp(
    String.raw`(?<![\p{L}'’])((?:${CAP_WORD}\s+)+${noun}(?:${HEAD_AFTER})?` +
      String.raw`|${noun}${HEAD_AFTER})(?![\p{L}'’])`,
    'gu',
  );
  const named = new Set(
    [...text.matchAll(head)]
      .map((m) => (m[1] ?? '').replace(/^The\s+/u, ''))
      .filter((o) => o !== noun),
  );
  return named.size === 1 ? ([...named][0] ?? null) : null;
}

// The kinds of body, besides those of ORG_WORD, a head's office is held in: "X College", "Y Band".
const PLACE_OF_OFFICE = /\b(?:College|Hospital|Clinic|Band|Nation|Cathedral|Temple|Mosque)\b/;

/**
 * An English office named bare ("the Rector, Prof. A B") is held in the body the visitors went to
 * in the same sentence: "visited X University, …, where the Vice-Chancellor, A B", "at the Y
 * School, where the Principal, A B", "At Z University – … – she met the Rector, A B", "will go to
 * the W Institute at Bomsa, where the Director, A B" (the town after it is the body's seat). A
 * body named by a word of its own and then by its kind is held by its own name: "visited X, the
 * University of Y, where she met the Rector"; an office named for its body's kind heads the body
 * of that kind: "visited Barangay X, where Punong Barangay A B". An office of "its" is of the body
 * the sentence named before: "the X Association at a lunch hosted by its President, A B". A place
 * the visitors went to is no body.
 */
export function bodyWhereOfficeHeld(
  people: readonly { name: string; title: string | null; organisation: string | null }[],
  text: string,
): void {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const isBody = (s: string) => ORG_WORD.test(s) || PLACE_OF_OFFICE.test(s);
  for (const p of people) {
    if (!p.title || p.organisation || p.title.split(' ').length > 3) continue;
    if (/\bof\b|Minister|Ambassador|Governor|Mayor|Premier|Consul/.test(p.title)) continue;
    const given = escape(p.name.split(' ')[0] ?? '');
    const office = new RegExp(
      `(?:\\b([Tt]he|its) |(?<=\\bwhere ))${escape(p.title)},?\\s+(?:\\S+\\s+){0,3}?${given}\\b`,
      'u',
    ).exec(text);
    if (!office) continue;
    // The sentence the office is named in: a full stop after an initial or a style ends none.
    const opened = [
      ...text
        .slice(0, office.index)
        .matchAll(/(?<!(?:^|[\s(])(?:\p{Lu}|Dr|Prof|Mr|Ms|Mrs|St|Jr|Hon|Engr|Atty))[.!?]\s+/gu),
    ].at(-1);
    const start = opened ? opened.index + opened[0].length : 0;
    const sentence = text.slice(start, office.index);
    if (office[1] === 'its') {
      const named = [...sentence.matchAll(new RegExp(`(?<![\\p{L}])${BODY_NAME}`, 'gu'))]
        .map((m) => m[0])
        .filter(isBody)
        .at(-1);
      // A body named by its head noun alone is the one the text names in full with it.
      if (named)
        p.organisation = /^\p{Lu}\p{Ll}+$/u.test(named)
          ? (bodyNamedInFullByHead(named, text) ?? named)
          : named;
      continue;
    }
    const went = [
      ...sentence.matchAll(
        new RegExp(
          '\\b(?:visited|visit|toured|at|At|' +
            '(?:go|goes|went|travel(?:s|led|ed)?|drove|drive)\\s+to)\\s+' +
            `(?:the\\s+)?(${BODY_NAME})(?:\\s+(?:at|in)\\s+\\p{Lu}[\\p{L}'’-]*)?` +
            '(,\\s+\\p{Lu}\\p{Ll}+(?=,))?',
          'gu',
        ),
      ),
    ].at(-1);
    if (!went?.[1]) continue;
    const after = sentence.slice((went.index ?? 0) + went[0].length);
    // Where the office is held: "…, where the Rector", or the body opens the sentence ("At X").
    if (!/\bwhere\b/.test(after) && !/^At\s/.test(went[0]) && !/\bwhere\s$/.test(sentence))
      continue;
    // A university named with its seat: "X University, Makurdi".
    const body = /University$/.test(went[1]) && went[2] ? went[1] + went[2] : went[1];
    const described = new RegExp(`^,\\s+the\\s+(${BODY_NAME})`, 'u').exec(after);
    // An office named for its body's kind heads the body of that kind: "Punong Barangay" of
    // "Barangay X".
    const kind = p.title.split(' ').at(-1) ?? '';
    if (
      isBody(went[1]) ||
      (described?.[1] && isBody(described[1])) ||
      (p.title.includes(' ') && went[1].startsWith(`${kind} `))
    )
      p.organisation = body;
  }
}

/**
 * An English deputy named right after the head of the same office, joined by "and", is of the
 * head's body: "X Nation Principal Chief A B and Deputy Principal Chief C D" are both the X
 * Nation's. People are read in the order they were named.
 */
export function deputyOfBodyBefore(
  people: readonly { name: string; title: string | null; organisation: string | null }[],
  text: string,
): void {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  people.forEach((p, i) => {
    const head = people[i - 1];
    if (!p.title || p.organisation || !head?.title || !head.organisation) return;
    const deputy = /^(?:Deputy|Vice)[- ](.+)$/u.exec(p.title)?.[1];
    if (deputy !== head.title) return;
    const joined = new RegExp(
      `${escape(head.name)}(?:\\s+\\([^()]*\\))?,?\\s+and\\s+(?:the\\s+)?${escape(p.title)}\\b`,
      'u',
    );
    if (joined.test(text)) p.organisation = head.organisation;
  });
}

// Two offices in the instrumental joined by "и", the second with its field and the body after
// it, at the end of the words before the first of two names: "ректором и проректором по науке
// Озёрского университета".
const RU_TWO_OFFICES =
  /(?<![\p{L}])(\p{Ll}+(?:ом|ем|ём))\s+и\s+(\p{Ll}+(?:ом|ем|ём)\s+[^,;:.!?]+?)\s+$/u;

// Two offices of one kind in the instrumental joined by "и", each with its own field, and the
// country after the second, which is of both: "министром финансов и министром культуры,
// образования и спорта Озёрии — ", a dash before the names at most.
const RU_TWO_OFFICES_OF_COUNTRY =
  /(?<![\p{L}])((\p{Ll}+(?:ом|ем|ём))\s+[^,;:.!?]+?)\s+и\s+(\2\s+[^;:.!?]+?)\s+(\p{Lu}[\p{L}-]+)\s*[—–-]?\s*$/u;

/**
 * Two people received together, named after two offices joined by "и" and then joined by "и"
 * themselves: "был принят ректором и проректором по науке Озёрского университета A B и C D".
 * Each holds the office in its place, and the body after the second is of both. So is the country
 * after the second of two offices of one kind: "министром финансов и министром культуры Озёрии A
 * B и C D".
 */
export function officesBeforeNamesRu(
  people: { name?: string; title: string | null; organisation: string | null }[],
  text: string,
): void {
  for (let i = 0; i + 1 < people.length; i++) {
    const [a, b] = [people[i], people[i + 1]];
    if (!a?.name || !b?.name || (b.title && a.title?.includes(' и ') !== true)) continue;
    // Both names are in the instrumental, and may stand as written later.
    const at = nameAt(text, a.name, true);
    const next = nameAt(text, b.name, true);
    if (at < 0 || next <= at || !/^\S+(?:\s+\S+){0,2}\s+и\s+$/u.test(text.slice(at, next)))
      continue;
    const lead = text.slice(Math.max(0, at - 200), at);
    const ofCountry = RU_TWO_OFFICES_OF_COUNTRY.exec(lead);
    if (ofCountry?.[1] && ofCountry[3] && ofCountry[4] && countryOf(ofCountry[4]) !== null) {
      const first = parseRole(`${ofCountry[1]} ${ofCountry[4]}`);
      const second = parseRole(`${ofCountry[3]} ${ofCountry[4]}`);
      if (first.title && second.title) {
        a.title = first.title;
        a.organisation = first.organisation;
        b.title = second.title;
        b.organisation = second.organisation;
        continue;
      }
    }
    const two = RU_TWO_OFFICES.exec(lead);
    if (!two?.[1] || !two[2]) continue;
    const second = parseRole(two[2]);
    const first = parseRole(two[1]);
    if (!second.organisation || !second.title || !first.title || first.organisation) continue;
    a.title = first.title;
    a.organisation = second.organisation;
    b.title = second.title;
    b.organisation = second.organisation;
  }
}
