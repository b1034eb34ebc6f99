import countries from 'i18n-iso-countries';

// Cities as Russian and Turkish releases write them, with the case forms that follow "в" and the
// Turkish suffixes' stems ("в Москве", "Ankara'da" is matched as "Ankara").
// prettier-ignore
export const FOREIGN_CITIES: Record<string, string> = {
  Москва: 'RU', Москве: 'RU', Москву: 'RU', Ташкент: 'UZ', Ташкенте: 'UZ', Бишкек: 'KG',
  Бишкеке: 'KG', Минск: 'BY', Минске: 'BY', Баку: 'AZ', Душанбе: 'TJ', Пекин: 'CN', Пекине: 'CN',
  Анкара: 'TR', Анкаре: 'TR', Анкару: 'TR', Астана: 'KZ', Астане: 'KZ', Алматы: 'KZ', Ереван: 'AM',
  Ереване: 'AM', Ашхабад: 'TM', Ашхабаде: 'TM', Стамбул: 'TR', Стамбуле: 'TR', Тегеран: 'IR',
  Тегеране: 'IR', Исламабад: 'PK', Исламабаде: 'PK', Тбилиси: 'GE', Женева: 'CH', Женеве: 'CH',
  Bakü: 'AZ', Bişkek: 'KG', Taşkent: 'UZ', Tahran: 'IR', Cidde: 'SA', İstanbul: 'TR',
  Tiflis: 'GE', Aşkabat: 'TM', Moskova: 'RU', Pekin: 'CN', Duşanbe: 'TJ', Erivan: 'AM',
  Semerkant: 'UZ', Buhara: 'UZ', Cenevre: 'CH', Riyad: 'SA', İslamabad: 'PK',
  Manila: 'PH', Yerevan: 'AM', Tbilisi: 'GE', Kabul: 'AF', Jakarta: 'ID',
};

function bare(name: string): string {
  return name.replace(/\s*\(.*\)$/, '');
}

// The names the Russian press uses beside the list's own: «Кыргызстан», the name the country
// gives itself, beside «Киргизия»; «Белоруссия» beside «Беларусь»; «Молдова», the name of the
// Republic of Moldova, beside «Молдавия».
const RU_BESIDE: readonly (readonly [string, readonly string[]])[] = [
  ['KG', ['Кыргызстан']],
  ['BY', ['Белоруссия']],
  ['MD', ['Молдова']],
];

const RU = [...Object.entries(countries.getNames('ru', { select: 'all' })), ...RU_BESIDE];
const TR = Object.entries(countries.getNames('tr', { select: 'all' }));

/**
 * The cases of a Russian name of an adjective and a noun ("Кыргызская Республика") that say where
 * one goes or is: "в Кыргызской Республике", "в Кыргызскую Республику", "Кыргызской Республикой".
 */
export function declinedNames(name: string): string[] {
  // The adjective may join two words by a hyphen: "Южно-Африканская Республика".
  const m = /^([А-ЯЁ](?:[а-яё]|-[А-ЯЁ]?)+)ая ([А-ЯЁ][а-яё]+?)(ия|а|я)$/u.exec(name);
  if (!m?.[1] || !m[2] || !m[3]) return [];
  const [, adjective, noun, ending] = m;
  // The noun's ending in each case, beside the adjective's: dative and prepositional, accusative,
  // instrumental. Not the genitive, which names the country of someone ("Секретарь … Российской
  // Федерации") rather than the place gone to; where the prepositional is the genitive's twin
  // ("Федерации") it is left out too.
  const forms: Record<string, Array<[string, string]>> = {
    ия: [
      ['ию', 'ую'],
      ['ией', 'ой'],
    ],
    а: [
      ['е', 'ой'],
      ['у', 'ую'],
      [/[жшчщц]$/u.test(noun) ? 'ей' : 'ой', 'ой'],
    ],
    я: [
      ['е', 'ой'],
      ['ю', 'ую'],
      ['ей', 'ой'],
    ],
  };
  return (forms[ending] ?? []).map(([end, own]) => `${adjective}${own} ${noun}${end}`);
}

/**
 * The cases of a Russian name of a noun and a name that keeps its form ("Республика Корея",
 * "Государство Палестина") that say where one goes or is: "в Республике Корея", "посетил
 * Республику Корея", "Республикой Корея". Not the genitive, which names the country of someone.
 */
export function titledNames(name: string): string[] {
  const m = /^([А-ЯЁ][а-яё]+)([ао]) (\p{Lu}[\p{L}-]+)$/u.exec(name);
  if (!m?.[1] || !m[3]) return [];
  const [, noun, ending, rest] = m;
  const ends = ending === 'а' ? ['е', 'у', 'ой'] : ['е', 'ом'];
  return [...ends.map((end) => `${noun}${end} ${rest}`), ...alone(rest)];
}

/** A name in -а or -я said alone, in the cases that say where: "Корея", "в Корее", "Корею". */
function alone(word: string): string[] {
  const m = /^(\p{Lu}\p{Ll}+)([ая])$/u.exec(word);
  if (!m?.[1]) return [];
  const ends = m[2] === 'а' ? ['а', 'е', 'у', 'ой'] : ['я', 'е', 'ю', 'ей'];
  return ends.map((end) => `${m[1]}${end}`);
}

const RU_NAMED = [
  ...RU.flatMap(([code, names]) => names.map((n) => [bare(n), code] as const)),
  ['Турецкая Республика', 'TR'] as const,
  ['Кыргызская Республика', 'KG'] as const,
  ['Азербайджанская Республика', 'AZ'] as const,
  // A republic's official name of an adjective, whose stem is no longer the country's short name:
  // "с визитом в Латвийской Республике и Литовской Республике".
  ...([
    ['Латвийская Республика', 'LV'],
    ['Литовская Республика', 'LT'],
    ['Эстонская Республика', 'EE'],
    ['Финляндская Республика', 'FI'],
    ['Французская Республика', 'FR'],
    ['Итальянская Республика', 'IT'],
    ['Португальская Республика', 'PT'],
    ['Греческая Республика', 'GR'],
    ['Словацкая Республика', 'SK'],
    ['Чешская Республика', 'CZ'],
    ['Австрийская Республика', 'AT'],
    ['Киргизская Республика', 'KG'],
    ['Тунисская Республика', 'TN'],
    ['Ливанская Республика', 'LB'],
    ['Йеменская Республика', 'YE'],
    ['Аргентинская Республика', 'AR'],
    ['Южно-Африканская Республика', 'ZA'],
  ] as const),
];

/**
 * The cases that say where of a short one-word name, too short to be found by its stem: "Куба" →
 * "на Кубе", "посетил Кубу"; "Кипр" → "на Кипре". Not the genitive ("Кубы"), which names the
 * country of someone, nor the instrumental, which may end a person's surname ("Лаосом").
 */
function shortNameCases(name: string): string[] {
  if (!/^\p{Lu}\p{Ll}{2,3}$/u.test(name)) return [];
  if (/[ая]$/u.test(name)) return alone(name).filter((n) => /[еую]$/u.test(n));
  return /[бвгджзклмнпрстфхцчшщ]$/u.test(name) ? [`${name}е`] : [];
}

// Russia's regions: a trip inside Russia is told by them ("рабочую поездку в Чеченскую Республику
// и Республику Дагестан"), as one abroad is by the country.
// prettier-ignore
const RU_REGIONS: readonly string[] = [
  'Чеченская Республика', 'Кабардино-Балкарская Республика', 'Карачаево-Черкесская Республика',
  'Удмуртская Республика', 'Чувашская Республика', 'Республика Дагестан', 'Республика Татарстан',
  'Республика Ингушетия', 'Республика Калмыкия', 'Республика Башкортостан', 'Республика Адыгея',
  'Республика Бурятия', 'Республика Карелия', 'Республика Коми', 'Республика Тыва',
  'Республика Хакасия', 'Республика Мордовия', 'Республика Саха',
];
// prettier-ignore
const RU_KRAI: readonly string[] = [
  'Пермский', 'Краснодарский', 'Ставропольский', 'Хабаровский', 'Приморский', 'Красноярский',
  'Алтайский', 'Забайкальский', 'Камчатский',
];
// prettier-ignore
const RU_REGION_WORDS: readonly string[] = [
  'Дагестан', 'Татарстан', 'Башкортостан', 'Ингушетия', 'Чечня', 'Калмыкия', 'Якутия',
  'Кабардино-Балкария', 'Карачаево-Черкесия', 'Адыгея', 'Бурятия', 'Мордовия', 'Хакасия',
  'Удмуртия', 'Чувашия', 'Башкирия', 'Кубань', 'Приморье', 'Ставрополье', 'Камчатка', 'Чукотка',
];

// Russia's republics by their Turkish names: a Turkish release of a trip there names the republic
// ("Tataristan'ı ziyaret etti", "Çuvaşistan Cumhuriyeti'nin başkenti"), as one abroad the country.
// prettier-ignore
const RU_REGIONS_TR: readonly string[] = [
  'Tataristan', 'Başkurdistan', 'Çuvaşistan', 'Dağıstan', 'Çeçenistan', 'İnguşetya', 'Kalmukya',
  'Yakutistan', 'Buryatya', 'Hakasya', 'Mordovya', 'Udmurtya', 'Kabardey-Balkarya',
  'Karaçay-Çerkesya',
];

/**
 * The cases of a region's one word that say where one goes or is: "Дагестан", "в Дагестане",
 * "Дагестаном"; "в Якутии", "Якутию"; "на Кубани"; "в Приморье". The genitive is left out where it
 * has its own form ("Дагестана"), as it names the region of someone.
 */
function regionWordCases(name: string): string[] {
  const m = /^(.+?)(ия|я|а|ь|е|)$/u.exec(name);
  if (!m?.[1]) return [name];
  const ends: Record<string, string[]> = {
    ия: ['ия', 'ии', 'ию', 'ией'],
    я: ['я', 'е', 'ю', 'ей'],
    а: ['а', 'е', 'у', 'ой'],
    ь: ['ь', 'и', 'ью'],
    е: ['е', 'ю', 'ем'],
    '': ['', 'е', 'у', 'ом'],
  };
  return (ends[m[2] ?? ''] ?? ['']).map((end) => `${m[1]}${end}`);
}

/** "Пермский" → "Пермский край", "в Пермском крае", "Пермским краем"; not the genitive. */
function krayCases(adjective: string): string[] {
  const stem = adjective.replace(/[иы]й$/u, '');
  const ending = /[кгх]$/u.test(stem) ? 'и' : 'ы';
  return [`${adjective} край`, `${stem}ом крае`, `${stem}${ending}м краем`];
}

const RU_REGION_NAMES: Array<readonly [string, string]> = [
  ...RU_REGIONS.flatMap((n) => [n, ...declinedNames(n), ...titledNames(n)]),
  ...RU_KRAI.flatMap(krayCases),
  ...RU_REGION_WORDS.flatMap(regionWordCases),
  ...RU_REGIONS_TR,
  // A name of two words that keeps its form: "в Республике Марий Эл".
  ...['Марий Эл'].flatMap((n) => [
    n,
    ...['Республика', 'Республике', 'Республику', 'Республикой'].map((r) => `${r} ${n}`),
  ]),
].map((n) => [n, 'RU'] as const);

/** Country names in Turkish and Russian (Russian in each case), each with its ISO code. */
export const FOREIGN_COUNTRIES: Record<string, string> = Object.fromEntries([
  ...TR.flatMap(([code, names]) => names.map((n) => [bare(n), code] as const)),
  ...RU_NAMED,
  ...RU_NAMED.flatMap(([name, code]) => declinedNames(name).map((n) => [n, code] as const)),
  ...RU_NAMED.flatMap(([name, code]) => titledNames(name).map((n) => [n, code] as const)),
  ...RU_NAMED.flatMap(([name, code]) => shortNameCases(name).map((n) => [n, code] as const)),
  ...RU_REGION_NAMES,
  ['Türkiye', 'TR'],
  // Short Turkish names the press uses where the list has the long one: «Çekya» for «Çek
  // Cumhuriyeti», «Filistin» for «Filistin Devleti», «Doğu Timor» for «Timor-Leste».
  ['Çekya', 'CZ'],
  ['Filistin', 'PS'],
  ['Doğu Timor', 'TL'],
  ['Турция', 'TR'],
  ['КНР', 'CN'],
  // China's names the list lacks, in the cases that say where (not the genitive): «посетит Китай»,
  // «в Китае», «поездку в Китайскую Народную Республику».
  ...['Китай', 'Китае', 'Китаю', 'Китаем'].map((n) => [n, 'CN'] as const),
  ...[
    'Китайская Народная Республика',
    'Китайской Народной Республике',
    'Китайскую Народную Республику',
    'Китайской Народной Республикой',
  ].map((n) => [n, 'CN'] as const),
]);

// A Russian one-word name is found in any case by its stem: "Армения", "в Армении", "Арменией".
const RU_STEMS = new Map<string, string>(
  RU.flatMap(([code, names]) =>
    names
      .map(bare)
      .filter((n) => !n.includes(' ') && n.length > 4)
      .map((n) => [n.replace(/[аяйеоьи]$/, ''), code] as const),
  ),
);

// The letters of the case endings a Russian country's name takes after its stem.
const CASE_ENDING_LETTERS = /^[аяйеёоьиуюымх]*$/u;

/** The ISO code of a Russian or Turkish country word in any case or with a suffix, or null. */
export function foreignCountryCode(word: string): string | null {
  const stem = word.replace(/['’]\p{L}*$/u, '');
  if (FOREIGN_COUNTRIES[stem]) return FOREIGN_COUNTRIES[stem];
  // What is cut off is a case ending, not a word's own letters: "Данией", never the given name
  // "Данияр" beside "Дания".
  for (let cut = 0; cut <= 3 && cut < stem.length - 3; cut += 1) {
    if (!CASE_ENDING_LETTERS.test(stem.slice(stem.length - cut))) break;
    const code = RU_STEMS.get(stem.slice(0, stem.length - cut));
    if (code) return code;
  }
  // A longer form of the same name in any case: "Туркменистана" beside "Туркмения".
  if (/^[А-ЯЁ][а-яё]{6,}$/.test(stem)) {
    for (const [short, code] of RU_STEMS)
      if (short.length >= 7 && stem.startsWith(short)) return code;
  }
  return null;
}
