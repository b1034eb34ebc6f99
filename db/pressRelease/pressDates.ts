import { MONTH, monthNumber } from './monthNames.js';

/** A day, month or year as the text writes it; `year` is null when the text gives none. */
export interface WrittenDate {
  year: number | null;
  month: number;
  day: number | null;
}

/**
 * A date or period written in the text, each end with the year written beside it (a day range in
 * one month, "10-14 April 2023", gives its year to both): dateRange.ts fills in the years.
 */
export interface DateMention {
  start: WrittenDate;
  end: WrittenDate | null;
  index: number;
  text: string;
}

const month = monthNumber;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function num(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

// What joins the two ends of a period: "28–30", "30 March – 2 April", "from 10 to 14", "22 and 23",
// "с 21 по 23", «с 20 до 23», "3 Ekim'den 5 Ekim'e", "1 ile 3 Aralık arasında".
const TO =
  "(?: ?[-–—] ?|,? to |,? until |,? through | and | по | до | и | ve | ile |['’]d[ae]n |['’]t[ae]n )";
// "from Monday, 11 September": the weekday adds nothing to the date.
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?';
const DAY = `${WEEKDAY}(?<!\\d)(\\d{1,2})`;
const NTH = '(?:st|nd|rd|th)?(?!\\d)';
// The comma after a day-month ("11 September, to") is no year's.
const YEAR = '(?:,? (\\d{4}))?';
/** The pattern with its first capturing group named. */
const g = (name: string, pattern: string) => pattern.replace(/\((?!\?)/, `(?<${name}>`);

// Longest forms first; each names its groups so one parser reads them all.
// prettier-ignore
const PATTERNS: RegExp[] = [
  // from 28 December 2023 to 3 January 2024 / 30 March – 2 April 2024
  new RegExp(`(?:(?:from|с) )?${g('d1', DAY)} ${g('m1', MONTH)}${g('y1', YEAR)}${TO}${g('d2', DAY)} ${g('m2', MONTH)}${g('y2', YEAR)}`, 'gu'),
  // from March 28 to April 2, 2024 / December 28, 2023 to January 3, 2024 / from Monday, Dec.
  // 14, through Wednesday, Dec. 16
  new RegExp(`(?:(?:from|с) )?${g('m1', MONTH)} ${g('d1', DAY)}${NTH}${g('y1', YEAR)}${TO}${WEEKDAY}${g('m2', MONTH)} ${g('d2', DAY)}${NTH}${g('y2', YEAR)}`, 'gu'),
  // from 10 to 14 April 2023 / 10-14 April 2023 / 22 and 23 February 2021 / 1, 2 and 4 December,
  // from the first day listed to the last
  new RegExp(`(?:(?:from|с) )?${g('d1', DAY)}(?:, \\d{1,2}(?!\\d))*${TO}${g('d2', DAY)} ${g('m1', MONTH)}${g('y', YEAR)}`, 'gu'),
  // March 28–30, 2024 / November 2nd to 4th, 2026 / December 2, 3 and 4, from the first day
  // listed to the last
  new RegExp(`${g('m1', MONTH)} ${g('d1', DAY)}${NTH}(?:, \\d{1,2}${NTH})*${TO}${g('d2', DAY)}${NTH}${g('y', YEAR)}`, 'gu'),
  // 22 February 2021 / 22 February
  new RegExp(`${g('d1', DAY)} ${g('m1', MONTH)}${g('y1', YEAR)}`, 'gu'),
  // September 2023
  new RegExp(`(?:in )?${g('m1', MONTH)} (?<y1>\\d{4})`, 'gu'),
  // February 22, 2021
  new RegExp(`${g('m1', MONTH)} ${g('d1', DAY)}${NTH}(?:, (?<y1>\\d{4}))?`, 'gu'),
];

// Days written as ordinal words: English ("the second of October") and Russian, in the genitive
// the date takes ("второго октября") or in the accusative of a period's end ("по первое июля").
// Each list runs from the first to the thirty-first.
// prettier-ignore
const EN_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
// prettier-ignore
const EN_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
// prettier-ignore
const RU_UNITS = ['первого', 'второго', 'третьего', 'четвёртого', 'пятого', 'шестого', 'седьмого', 'восьмого', 'девятого'];
// prettier-ignore
const RU_TEENS = ['десятого', 'одиннадцатого', 'двенадцатого', 'тринадцатого', 'четырнадцатого', 'пятнадцатого', 'шестнадцатого', 'семнадцатого', 'восемнадцатого', 'девятнадцатого'];

function ordinals(units: string[], teens: string[], tens: [string, string, string, string]) {
  const [twentieth, twenty, thirtieth, thirty] = tens;
  const all: [string, number][] = [
    ...units.map((w, i): [string, number] => [w, i + 1]),
    ...teens.map((w, i): [string, number] => [w, i + 10]),
    [twentieth, 20],
    ...units.map((w, i): [string, number] => [`${twenty}${w}`, i + 21]),
    [thirtieth, 30],
    [`${thirty}${units[0]}`, 31],
  ];
  return new Map(all);
}

/** A Russian ordinal from the genitive to the accusative, as a period's end takes it ("по первое"). */
const accusative = (word: string) => word.replace(/ьего$/, 'ье').replace(/ого$/, 'ое');

const DAY_WORDS = new Map([
  ...ordinals(EN_UNITS, EN_TEENS, ['twentieth', 'twenty-', 'thirtieth', 'thirty-']),
  ...ordinals(RU_UNITS, RU_TEENS, ['двадцатого', 'двадцать ', 'тридцатого', 'тридцать ']),
  ...ordinals(RU_UNITS.map(accusative), RU_TEENS.map(accusative), [
    'двадцатое',
    'двадцать ',
    'тридцатое',
    'тридцать ',
  ]),
  ['четвертого', 4],
  ['двадцать четвертого', 24],
  ['четвертое', 4],
  ['двадцать четвертое', 24],
]);
// A day may be written in figures with an ordinal's ending too ("1st", "22nd", "the 3rd of"),
// in Russian after a hyphen, in the genitive of a date or the accusative of a period's end ("со
// 2-го по 4-е декабря", "8-ое"), which the patterns of figures do not read: it is rewritten as
// the spelled ones are.
const DAY_WORD = `(${[...DAY_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')}|\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}-(?:го|ого|е|ое))`;
// "the second and third of October", "the ninth to the eleventh of February", "Monday the ninth
// to Thursday the twelfth of March", "второго и третьего октября", "from 1st to 3rd December",
// "the 21st and 22nd of October": only words a month follows are days. The last day may be
// written bare after one written with its ending: «со 2-го по 6 декабря».
const DAY_WORD_OR_FIGURE = `${DAY_WORD.slice(0, -1)}|\\d{1,2}(?!\\d))`;
const SPELLED = new RegExp(
  `(?<![\\p{L}\\d])(?:the )?${DAY_WORD}(?:( and | to | ?[-–—] ?| и | по )${WEEKDAY}(?:the )?${DAY_WORD_OR_FIGURE})?(?: of)? ${MONTH}`,
  'giu',
);

/** Where days written in words were, in the written text and in the text with numbers. */
interface Spelled {
  from: number;
  to: number;
  at: number;
  end: number;
}

/**
 * The text with each match of `re` rewritten (a match given back as it was stays), and where each
 * rewrite stands in the written text and in the new one.
 */
function rewritten(
  written: string,
  re: RegExp,
  rewrite: (m: RegExpExecArray) => string,
): { text: string; spans: Spelled[] } {
  const spans: Spelled[] = [];
  let text = '';
  let last = 0;
  for (const m of written.matchAll(re)) {
    const digits = rewrite(m);
    if (digits === m[0]) continue;
    text += written.slice(last, m.index);
    last = m.index + m[0].length;
    spans.push({ from: m.index, to: last, at: text.length, end: text.length + digits.length });
    text += digits;
  }
  return { text: text + written.slice(last), spans };
}

/** The text with days written in words as numbers: "the second of October" → "2 October". */
function spelledDays(written: string): { text: string; spans: Spelled[] } {
  const day = (w: string) => DAY_WORDS.get(w.toLowerCase()) ?? (parseInt(w, 10) || 0);
  return rewritten(written, SPELLED, ([, first = '', to, second, name = '']) => {
    const days = second && to ? `${day(first)}${to}${day(second)}` : `${day(first)}`;
    return `${days} ${name}`;
  });
}

/** A place in the text with numbers back in the written text; inside a span, its start or end. */
function writtenAt(spans: readonly Spelled[], at: number, isEnd: boolean): number {
  let shift = 0;
  for (const s of spans) {
    if (at < s.at || (isEnd && at === s.at)) break;
    if (at < s.end || (isEnd && at === s.end)) return isEnd ? s.to : s.from;
    shift = s.to - s.end;
  }
  return at + shift;
}

// prettier-ignore
const MONTH_WORDS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Days with their month as a number: "02.12.2026", "30.11-02.12.2026", "30/11-2/12", "2/12'de",
// "30/11/2026", "14.10.26". Dots need the year (else "1.5" is a number), two digits of it only
// after a day and a month of two digits each; a slash without one needs a period's other end or a
// case ending after an apostrophe. Either may open a period whose end has the year: "с 05.10 по
// 07.10.2026". Hyphens need the whole year and no other end: "04-12-2026". A first day written
// with its full stop and no month stands before the dash: "1.–3.12.2026". The other end may
// open on its weekday: "Monday 7/12 – Wednesday 9/12" (short weekdays are written whole first).
const NUMERIC_DATE = new RegExp(
  String.raw`(?<![\d.,/])(?:(?<open>\d{1,2})\.(?<dash> ?[-–—] ?)(?=\d{1,2}\.\d{1,2}\.\d{4}))?` +
    String.raw`(\d{1,2})([./]|-(?=\d{1,2}-\d{4}))(\d{1,2})` +
    String.raw`(?:(?<to> ?[-–—] ?${WEEKDAY})(\d{1,2})\4(\d{1,2}))?` +
    String.raw`(?:\4(?<year>\d{4}|\d{2}))?(?![\d/]|\.\d)`,
  'gu',
);
const PERIOD_END_DATED =
  /^\s+(?:по|до|и|to|and|until|ve|ile)\s+\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d/])/iu;

/** The text with days whose month is a number written with its name: "30/11-2/12" → "30 November-2 December". */
function numericDays(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, NUMERIC_DATE, (m) => {
    const [all, , , d1, sep, m1, , d2, m2] = m;
    const groups: { open?: string; dash?: string; to?: string; year?: string } = m.groups ?? {};
    if (sep === '-' && (groups.to || groups.year?.length !== 4)) return all;
    const named = (d?: string, mo?: string) =>
      Number(d) >= 1 && Number(d) <= 31
        ? MONTH_WORDS[Number(mo) - 1] && `${Number(d)} ${MONTH_WORDS[Number(mo) - 1]}`
        : undefined;
    const first = named(d1, m1);
    const second = groups.to ? named(d2, m2) : '';
    const after = written.slice(m.index + all.length);
    const suffixed = /^['’]\p{L}/u.test(after);
    const year =
      groups.year?.length === 2
        ? d1?.length === 2 && m1?.length === 2 && !groups.to
          ? `20${groups.year}`
          : undefined
        : groups.year;
    if (groups.year && !year) return all;
    const dated =
      year ?? ((sep === '/' && (groups.to || suffixed)) || PERIOD_END_DATED.test(after));
    if (!first || second === undefined || !dated) return all;
    const opened = groups.open ? `${Number(groups.open)}${groups.dash ?? ''}` : '';
    return `${opened}${first}${groups.to ? `${groups.to}${second}` : ''}${year ? ` ${year}` : ''}`;
  });
}

// A period with its month as a number and no year, told by the dashes between its days: "7–9.12.",
// "7.–9.12.", "30.11.–2.12.", and "7–9.12" with a month of two figures; never a sum ("7–9.5 %").
const NUMERIC_PERIOD = new RegExp(
  String.raw`(?<![\d.,/])(\d{1,2})(?:\.(\d{1,2}))?\.?( ?[-–—] ?)(\d{1,2})\.(\d{1,2})(\.)?(?![\d.,/])(?!\s*(?:%|per ?cent|percent|процент|yüzde))`,
  'gu',
);

// A period opened by "from" («с») with its days' months as numbers of two figures and no year,
// its ends joined by a word: «с 29.11 по 03.12», "from 29.11 to 03.12".
const NUMERIC_FROM_TO = new RegExp(
  String.raw`(?<=(?:^|[\s(])(?:[Сс]о?|[Ff]rom)\s)(\d{1,2})\.(\d{2})(\s+(?:по|до|to|until)\s+)` +
    String.raw`(\d{1,2})\.(\d{2})(?![\d,/]|\.\d)(?!\s*(?:%|per ?cent|percent|процент))`,
  'gu',
);

/** The text with a period opened by "from", its months as numbers, written with their names. */
function numericFromTo(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, NUMERIC_FROM_TO, (m) => {
    const [all, d1 = '', m1 = '', to = '', d2 = '', m2 = ''] = m;
    const [from, until] = [Number(m1), Number(m2)];
    if (!MONTH_WORDS[from - 1] || !MONTH_WORDS[until - 1]) return all;
    if (Number(d1) < 1 || Number(d1) > daysIn(2000, from)) return all;
    if (Number(d2) < 1 || Number(d2) > daysIn(2000, until)) return all;
    return `${Number(d1)} ${MONTH_WORDS[from - 1]}${to}${Number(d2)} ${MONTH_WORDS[until - 1]}`;
  });
}

/**
 * The text with a period whose month is a number and whose year is left out written with the
 * month's name.
 */
function numericPeriods(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, NUMERIC_PERIOD, (m) => {
    const [all, d1 = '', m1, dash = '', d2 = '', m2 = '', stop] = m;
    const [first, last] = [Number(d1), Number(d2)];
    const [from, to] = [Number(m1 ?? m2), Number(m2)];
    const named = (d: number, mo: number) => `${d} ${MONTH_WORDS[mo - 1]}`;
    if (!MONTH_WORDS[from - 1] || !MONTH_WORDS[to - 1] || first < 1 || last < 1) return all;
    if (first > daysIn(2000, from) || last > daysIn(2000, to)) return all;
    if (m1 === undefined && (first >= last || (!stop && m2.length < 2))) return all;
    if (m1 !== undefined && !stop && m1.length < 2) return all;
    return m1 === undefined
      ? `${first}${dash}${named(last, to)}`
      : `${named(first, from)}${dash}${named(last, to)}`;
  });
}

// A month written short with a full stop before its day: "Nov. 30", "Sept. 2", "Dec.2".
const SHORT_MONTH = /(?<![\p{L}])(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s?(?=\d)/gu;

/** The text with months written short before a day written whole: "Nov. 30" → "November 30". */
function shortMonths(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, SHORT_MONTH, ([, short = '']) => {
    const whole = MONTH_WORDS.find((w) => w.startsWith(short.slice(0, 3)));
    return whole ? `${whole} ` : short;
  });
}

// A weekday written short before its day ("Mon 14", "Wed. 16"), and a month written short after
// a day, with no full stop needed: "Mon 14 – Wed 16 Dec", "4 Dec 2026".
const SHORT_WEEKDAY =
  /(?<![\p{L}])(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? (?=\d{1,2}(?!\d))/gu;
const SHORT_MONTH_AFTER = new RegExp(
  String.raw`(?<=(?<![\d.,])\d{1,2}(?:st|nd|rd|th)? )` +
    String.raw`(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?!\p{L})`,
  'gu',
);
/** The English weekdays, Sunday first, as a date's day of the week counts them. */
export const WEEKDAY_WORDS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** The text with weekdays written short before a day written whole: "Mon 14" → "Monday 14". */
function shortWeekdays(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, SHORT_WEEKDAY, ([, short = '']) => {
    const whole = WEEKDAY_WORDS.find((w) => w.startsWith(short.slice(0, 3)));
    return whole ? `${whole} ` : short;
  });
}

// A Russian month written short after its day, always with its full stop: «с 14 по 16 дек.»,
// «3 нояб. 2026 г.», «5 сент.».
const RU_SHORT_MONTH_AFTER = new RegExp(
  String.raw`(?<=(?<![\d.,])\d{1,2} )` +
    String.raw`(янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.(?=\s|$|[,;:)])`,
  'gu',
);
// prettier-ignore
const RU_MONTH_WORDS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

// Either language's month written short after its day.
const ANY_SHORT_MONTH_AFTER = new RegExp(
  `${SHORT_MONTH_AFTER.source}|${RU_SHORT_MONTH_AFTER.source}`,
  'gu',
);

/** The text with months written short after a day: "16 Dec" → "16 December", «16 дек.» too. */
function shortMonthsAfter(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, ANY_SHORT_MONTH_AFTER, ([all, short, ru]) => {
    const whole = short
      ? MONTH_WORDS.find((w) => w.startsWith(short.slice(0, 3)))
      : RU_MONTH_WORDS.find((w) => w.startsWith((ru ?? '').slice(0, 3)));
    return whole ?? all;
  });
}

// A period from a weekday alone to a dated one ("from next Monday to Thursday, 10 December"), or
// from a dated weekday to one alone ("from Monday, 7 December, to Thursday", "from 30 November
// 2026 to the Thursday that followed", the weekday of a day with its year known): the other end
// is counted from the dated one.
const WEEKDAY_NAME = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const DAY_MONTH = `(?:(\\d{1,2}) ${MONTH}|${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?!\\d))`;
const WEEKDAY_TO_DATED = new RegExp(
  `(?<![\\p{L}])([Ff]rom) (?:(?:next|this|coming) )?${WEEKDAY_NAME}( to | until | through )${WEEKDAY_NAME},? ${DAY_MONTH}(,? \\d{4})?`,
  'gu',
);
const DATED_TO_WEEKDAY = new RegExp(
  `(?<![\\p{L}])([Ff]rom) (?:${WEEKDAY_NAME},? )?${DAY_MONTH}(,? \\d{4})?,?( to | until | through )` +
    `(?:the )?${WEEKDAY_NAME}(?: that (?:followed|follows)| after(?=[,.;]))?(?![\\p{L}])(?!,? (?:the )?\\d)`,
  'gu',
);
// prettier-ignore
const WEEKDAY_NUMBERS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdayNumber = (name = '') => WEEKDAY_NUMBERS.indexOf(name.toLowerCase());

/** The day `days` after a day written without its year (the year given, else a common one). */
function dayMoved(day: number, monthName: string, year: string | undefined, days: number): string {
  const at = new Date(
    Date.UTC(Number(year?.replace(/\D/g, '') || 2001), month(monthName) - 1, day + days),
  );
  return `${at.getUTCDate()} ${MONTH_WORDS[at.getUTCMonth()]}`;
}

/** The text with a period from a weekday alone to a dated one written with both dates. */
function weekdayToDated(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, WEEKDAY_TO_DATED, (m) => {
    const [, from = '', first, to = '', last, d1, m1, m2, d2, year = ''] = m;
    const day = Number(d1 ?? d2);
    const name = m1 ?? m2 ?? '';
    const back = (weekdayNumber(last) - weekdayNumber(first) + 7) % 7;
    return `${from} ${dayMoved(day, name, year, -back)}${to}${day} ${name}${year}`;
  });
}

/** The text with a period from a dated weekday to one alone written with both dates. */
function datedToWeekday(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, DATED_TO_WEEKDAY, (m) => {
    const [all, from = '', first, d1, m1, m2, d2, year = '', to = '', last] = m;
    const day = Number(d1 ?? d2);
    const name = m1 ?? m2 ?? '';
    if (first) {
      const ahead = (weekdayNumber(last) - weekdayNumber(first) + 7) % 7;
      return `${from} ${day} ${name}${year}${to}${dayMoved(day, name, year, ahead)}${year}`;
    }
    // With no weekday written, the day's own year tells it; the weekday after is the next one.
    const written = Number(year.replace(/\D/g, ''));
    if (!written || month(name) === 0) return all;
    const at = new Date(Date.UTC(written, month(name) - 1, day));
    const ahead = (weekdayNumber(last) - at.getUTCDay() + 7) % 7 || 7;
    at.setUTCDate(at.getUTCDate() + ahead);
    const moved = `${at.getUTCDate()} ${MONTH_WORDS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
    return `${from} ${day} ${name}${year}${to}${moved}`;
  });
}

// A month written in Roman numerals after its day, with a full stop: "8.XII.2026", "10.XII",
// "8–10.XII.2026". The month cannot be a number of another kind, so a day without the year is a
// date too.
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ROMAN_MONTH = new RegExp(
  String.raw`(?<![\d.,/])(\d{1,2})\.\s?(${[...ROMAN_MONTHS].reverse().join('|')})(?![\p{L}\d])(?:\.\s?(\d{4})(?!\d))?`,
  'gu',
);

/** The text with months written in Roman numerals written with their name: "8.XII.2026" → "8 December 2026". */
function romanMonths(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, ROMAN_MONTH, ([all, day = '', roman = '', year]) => {
    const name = MONTH_WORDS[ROMAN_MONTHS.indexOf(roman)];
    if (!name || Number(day) < 1 || Number(day) > 31) return all;
    return `${Number(day)} ${name}${year ? ` ${year}` : ''}`;
  });
}

// Days told by their place at a month's start or end, with no figure: "the last day of
// November", "the first two days of December", «в последний день ноября», «первые два дня
// декабря», «Kasım'ın son günü», «Aralık'ın ilk iki günü»; two joined by "and" («и», «ve»,
// «ile») are one period, from the first day of the one to the last of the other. Each language's
// edge gives its place, its count of days, its word for day or days, its month and its year.
// prettier-ignore
const EDGE_COUNTS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  два: 2, двух: 2, три: 3, трёх: 3, трех: 3, четыре: 4, четырёх: 4, четырех: 4, пять: 5,
  пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7,
  iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7,
};
const EDGE_COUNT = `(${Object.keys(EDGE_COUNTS).join('|')})`;
// A day told by its place from a month's start, a few days in: "the second day of December",
// «Aralık'ın ikinci günü». One of them is a day alone, never the first of a count of days.
// prettier-ignore
const NTH_DAYS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5,
  birinci: 1, ikinci: 2, üçüncü: 3, dördüncü: 4, beşinci: 5,
};
const EN_NTH = 'second|third|fourth|fifth';
const TR_NTH = 'birinci|ikinci|üçüncü|dördüncü|beşinci';
interface MonthEdge {
  place: string;
  count: string | undefined;
  word: string;
  month: string;
  year: string | undefined;
}
const MONTH_EDGES: ReadonlyArray<[string, number, (g: (string | undefined)[]) => MonthEdge]> = [
  [
    `(?:the )?(first|last|final|${EN_NTH})(?: ${EDGE_COUNT})? (days?) of ${MONTH}(?:,? (\\d{4}))?`,
    5,
    ([place = '', count, word = '', month = '', year]) => ({ place, count, word, month, year }),
  ],
  [
    `(первый|первые|первого|первых|последний|последние|последнего|последних)(?: ${EDGE_COUNT})? (день|дня|дней) ${MONTH}(?: (\\d{4}))?`,
    5,
    ([place = '', count, word = '', month = '', year]) => ({ place, count, word, month, year }),
  ],
  [
    `${MONTH}(?:['’]n?[ıiuü]n|\\s+ay[ıi]n[ıi]n)\\s+(ilk|son|${TR_NTH})\\s+(?:${EDGE_COUNT}\\s+)?(gün\\p{L}*)`,
    4,
    ([month = '', place = '', count, word = '']) => ({
      place,
      count,
      word,
      month,
      year: undefined,
    }),
  ],
];
const EDGE_JOIN = '(?:,? (?:and|и|ve|ile) (?:on |in |during |в |во )?)';
// The words of a place at a month's edge, without which a text names none.
const EDGE_PLACE =
  /first|last|final|second|third|fourth|fifth|перв|последн|(?<![\p{L}])(?:ilk|son|birinci|ikinci|üçüncü|dördüncü|beşinci)(?![\p{L}])/iu;
// Each language's edge, alone or joined to a second.
const MONTH_EDGE_PATTERNS = MONTH_EDGES.map(
  ([edge, groups, read]) =>
    [
      new RegExp(`(?<![\\p{L}])${edge}(?:${EDGE_JOIN}${edge})?(?![\\p{L}])`, 'giu'),
      groups,
      read,
    ] as const,
);

/** The first and last days an edge of a month names, or null when it names none for sure. */
function edgeDays(edge: MonthEdge, year: string | undefined): [number, number] | null {
  const count = edge.count ? EDGE_COUNTS[edge.count.toLocaleLowerCase('tr')] : 1;
  const number = month(edge.month);
  const nth = NTH_DAYS[edge.place.toLocaleLowerCase('tr')];
  if (nth !== undefined)
    return edge.count || !/^(?:day|gün(?!ler))/iu.test(edge.word) || number === 0
      ? null
      : [nth, nth];
  // A count left out says one day: "the last day", never "the last days".
  if (!count || number === 0) return null;
  if (!edge.count && /^(?:days|дней|günler)/iu.test(edge.word)) return null;
  const last = daysIn(Number(edge.year ?? year ?? 2001), number);
  return /^(?:first|перв|ilk)/iu.test(edge.place) ? [1, count] : [last - count + 1, last];
}

// A month whose days follow it in brackets: "in the first days of December (1–3)", "in December
// (7 and 8)". The days are written before their month: "1–3 December".
const MONTH_DAYS_AFTER = new RegExp(
  `(?<![\\p{L}])${MONTH} \\((\\d{1,2})(?:st|nd|rd|th)?( ?[-–—] ?| to | and | и | по | ve )` +
    `(\\d{1,2})(?:st|nd|rd|th)?\\)`,
  'gu',
);

/** The text with days in brackets after their month written before it. */
function monthDaysAfter(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, MONTH_DAYS_AFTER, ([all, name = '', d1 = '', to = '', d2 = '']) => {
    const number = month(name);
    const [first, last] = [Number(d1), Number(d2)];
    if (number === 0 || first < 1 || first >= last || last > daysIn(2000, number)) return all;
    return `${first}${to}${last} ${name}`;
  });
}

// Days written after their month: Turkish, after the month's genitive, «Aralık'ın 1'i ile 3'ü
// arasında», «Aralık ayının 7'sinde», «Aralık'ın 7'sinden 10'una kadar»; Russian, after a dash or
// a comma, the last with its ending, «в середине декабря — 14, 15 и 16-го». The days are written
// before their month: "1 ile 3 Aralık", "14, 15 и 16 декабря".
const TR_DAYS_AFTER_MONTH = new RegExp(
  `(?<![\\p{L}])${MONTH}(?:['’]n?[ıiuü]n|\\s+ay[ıi]n[ıi]n)\\s+(\\d{1,2})['’]\\p{L}*` +
    `(?:(\\s+(?:ile|ve)\\s+|\\s?[-–—]\\s?|(?<=[dt][ae]n)\\s+)(\\d{1,2})['’]\\p{L}*)?`,
  'gu',
);
const RU_ENDING = '(?:-(?:го|ого))';
const RU_DAYS_AFTER_MONTH = new RegExp(
  `(?<![\\p{L}])${MONTH}(?:,| [—–-]) (\\d{1,2})${RU_ENDING}?((?:, \\d{1,2}${RU_ENDING}?)*)` +
    `( и | по | ?[-–—] ?)(\\d{1,2})${RU_ENDING}(?![\\p{L}\\d])`,
  'gu',
);

/** The text with days written after their month written before it: "1 ile 3 Aralık". */
function daysAfterMonth(written: string): { text: string; spans: Spelled[][] } {
  const valid = (name: string, ...days: string[]) =>
    month(name) > 0 && days.every((d) => Number(d) >= 1 && Number(d) <= daysIn(2000, month(name)));
  const tr = rewritten(written, TR_DAYS_AFTER_MONTH, (m) => {
    const [all, name = '', d1 = '', join, d2] = m;
    if (!valid(name, d1, d2 ?? d1) || (d2 !== undefined && Number(d2) <= Number(d1))) return all;
    if (d2 === undefined) return `${d1} ${name}`;
    return `${d1}${join?.trim() === '' ? '–' : join}${d2} ${name}`;
  });
  const ru = rewritten(tr.text, RU_DAYS_AFTER_MONTH, (m) => {
    const [all, name = '', d1 = '', list = '', join = '', d2 = ''] = m;
    const days = list.replace(/-(?:го|ого)/gu, '');
    if (!valid(name, d1, d2) || Number(d2) <= Number(d1)) return all;
    return `${d1}${days}${join}${d2} ${name}`;
  });
  return { text: ru.text, spans: [tr.spans, ru.spans] };
}

/**
 * The text with days told by their place at a month's start or end written with figures, and
 * where each language's rewrites stand, in the order they were made.
 */
function monthEdges(written: string): { text: string; spans: Spelled[][] } {
  if (!EDGE_PLACE.test(written)) return { text: written, spans: [] };
  return MONTH_EDGE_PATTERNS.reduce(
    (at, [re, groups, read]) => {
      const next = rewritten(at.text, re, (m) => {
        const first = read(m.slice(1, groups + 1));
        const second = m[groups + 1] === undefined ? null : read(m.slice(groups + 1));
        const year = second?.year ?? first.year;
        const from = edgeDays(first, year);
        const to = second ? edgeDays(second, year) : from;
        if (!from || !to) return m[0];
        const name = (edge: MonthEdge) => MONTH_WORDS[month(edge.month) - 1] ?? '';
        const own = (edge: MonthEdge) => (edge.year ? ` ${edge.year}` : '');
        if (!second) {
          const days = from[0] === from[1] ? `${from[0]}` : `${from[0]}–${from[1]}`;
          return `${days} ${name(first)}${own(first)}`;
        }
        return `${from[0]} ${name(first)}${own(first)} – ${to[1]} ${name(second)}${own(second)}`;
      });
      return { text: next.text, spans: [...at.spans, next.spans] };
    },
    { text: written, spans: [] as Spelled[][] },
  );
}

// A date written the ISO way, the year first: "2026-12-04".
const ISO_DATE = /(?<![\d.,/-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu;

/** The text with dates written the ISO way written with their month's name: "4 December 2026". */
function isoDates(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, ISO_DATE, ([all, year = '', mo = '', day = '']) => {
    const name = MONTH_WORDS[Number(mo) - 1];
    if (!name || Number(day) < 1 || Number(day) > daysIn(Number(year), Number(mo))) return all;
    return `${Number(day)} ${name} ${year}`;
  });
}

// A Turkish day written in words before its month: «yirmi altı Kasım», «otuz Kasım», «bir
// Aralık'ta»; tens and units are two words, as Turkish writes them. Only a Turkish month follows.
const TR_UNITS = ['bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const TR_TENS: Record<string, number> = { on: 10, yirmi: 20, otuz: 30 };
const TR_DAY_WORDS = new RegExp(
  `(?<![\\p{L}\\d])(?:(on|yirmi|otuz)(?: (${TR_UNITS.join('|')}))?|(${TR_UNITS.join('|')})) ` +
    '(Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)(?![\\p{L}])',
  'giu',
);

/** The text with Turkish days written in words as numbers: «yirmi altı Kasım» → «26 Kasım». */
function turkishDayWords(written: string): { text: string; spans: Spelled[] } {
  const unit = (w: string | undefined) => (w ? TR_UNITS.indexOf(w.toLocaleLowerCase('tr')) + 1 : 0);
  return rewritten(written, TR_DAY_WORDS, ([all, tens, units, alone, name = '']) => {
    const day = (tens ? (TR_TENS[tens.toLocaleLowerCase('tr')] ?? 0) : 0) + unit(units ?? alone);
    return day >= 1 && day <= daysIn(2000, month(name)) ? `${day} ${name}` : all;
  });
}

// A Russian period from a weekday to a weekday, each with its day, the month once at the end or
// after each day: «со вторника, 8-го, по четверг, 10 декабря», «со среды, 18 ноября, по вторник,
// 24 ноября». The weekdays add nothing to the days.
const RU_WEEKDAYS_DATED = new RegExp(
  '(?<![\\p{L}])(?:[Сс]о?) (?:понедельника|вторника|среды|четверга|пятницы|субботы|' +
    `воскресенья),? (\\d{1,2})(?:-(?:го|ого))?(?:,? ${MONTH})?,? ` +
    'по (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье),? ' +
    `(\\d{1,2})(?:-(?:е|ое|го|ого))?(?= ${MONTH})`,
  'gu',
);

/** The text with a Russian period's weekdays left out: «с 8 по 10 декабря». */
function russianWeekdaysDated(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, RU_WEEKDAYS_DATED, ([all, d1 = '', first = '', d2 = '', last = '']) => {
    const days = Number(d1) >= 1 && Number(d1) <= 31 && Number(d2) >= 1 && Number(d2) <= 31;
    // A month after the first day keeps it: a period may run into the next month.
    if (first && monthNumber(first) && days) {
      const later = monthNumber(first) !== monthNumber(last) || Number(d1) < Number(d2);
      return later ? `с ${d1} ${first} по ${d2}` : all;
    }
    return days && Number(d1) < Number(d2) ? `с ${d1} по ${d2}` : all;
  });
}

// The part of the day a period's end is told by, before its day: "from the evening of Saturday 12
// to the morning of Tuesday 15 December", «с вечера 12 по утро 15 декабря». The day is the
// period's end, whatever part of it.
const PART_OF_DAY = new RegExp(
  String.raw`(?<=(?:^|\s)(?:[Ff]rom|to|until|till|through) )the (?:early |late )?` +
    String.raw`(?:morning|afternoon|evening|night) of ` +
    String.raw`(?=(?:[A-Z][a-z]+day,? )?(?:the )?\d|the \p{L})|` +
    String.raw`(?<=(?:^|\s)(?:[Сс]о?|по|до) )(?:утра|вечера|ночи|утро|вечер|ночь) (?=\d)`,
  'gu',
);

/** The text with the parts of the day before a period's ends left out: "from 12 to 15 December". */
function partsOfDay(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, PART_OF_DAY, () => '');
}

// A Turkish period whose month is said once, with its first day, the last day told as the
// month's by its possessive ending, each day's weekday after it: «24 Kasım Salı'dan 26'sı
// Perşembe'ye kadar», «3 Aralık'tan 5'ine kadar».
const TR_WEEKDAY_WORD = '(?:Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar)';
const TR_MONTH_ONCE = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2}) (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|` +
    String.raw`Eylül|Ekim|Kasım|Aralık)(?: ${TR_WEEKDAY_WORD})?['’]([dt][ae]n) ` +
    String.raw`(\d{1,2})['’]\p{Ll}+` +
    String.raw`(?: ${TR_WEEKDAY_WORD}['’]\p{Ll}+)?(?![\p{L}\d])`,
  'gu',
);

/** The text with a Turkish period's month written at both ends: «24 Kasım'dan 26 Kasım». */
function turkishMonthOnce(written: string): { text: string; spans: Spelled[] } {
  return rewritten(written, TR_MONTH_ONCE, ([all, d1 = '', name = '', from = '', d2 = '']) =>
    Number(d1) >= 1 && Number(d1) < Number(d2) && Number(d2) <= daysIn(2000, month(name))
      ? `${d1} ${name}'${from} ${d2} ${name}`
      : all,
  );
}

// The mark of another calendar's era after a year: "18 December 2569 BE" (the Buddhist Era),
// "1448 AH" (the Hijri), "1405 SH" (the Persian). Such a date stands beside its Gregorian one,
// which alone is read: "18 December 2569 BE (18 December 2026)".
const OTHER_ERA = /^\s*(?:B\.\s?E\.|BE|A\.\s?H\.|AH|S\.\s?H\.|SH)(?![\p{L}\d])/u;

/** Every date or period in a sentence, each once, in order, with its place in the text. */
export function findDates(original: string): DateMention[] {
  const parts = partsOfDay(original);
  const monthOnce = turkishMonthOnce(parts.text);
  const iso = isoDates(monthOnce.text);
  const trWords = turkishDayWords(iso.text);
  const ruWeekdays = russianWeekdaysDated(trWords.text);
  const edges = monthEdges(ruWeekdays.text);
  const bracketed = monthDaysAfter(edges.text);
  const after = daysAfterMonth(bracketed.text);
  const roman = romanMonths(after.text);
  const weekdays = shortWeekdays(roman.text);
  const abbreviated = shortMonthsAfter(weekdays.text);
  const toDated = weekdayToDated(abbreviated.text);
  const fromDated = datedToWeekday(toDated.text);
  const short = shortMonths(fromDated.text);
  const numeric = numericDays(short.text);
  const fromTo = numericFromTo(numeric.text);
  const periods = numericPeriods(fromTo.text);
  const written = periods.text;
  const { text, spans: spelled } = spelledDays(written);
  const spans = {
    map: (at: number, isEnd: boolean) =>
      [
        spelled,
        periods.spans,
        fromTo.spans,
        numeric.spans,
        short.spans,
        fromDated.spans,
        toDated.spans,
        abbreviated.spans,
        weekdays.spans,
        roman.spans,
        ...[...after.spans].reverse(),
        bracketed.spans,
        ...[...edges.spans].reverse(),
        ruWeekdays.spans,
        trWords.spans,
        iso.spans,
        monthOnce.spans,
        parts.spans,
      ].reduce((place, layer) => writtenAt(layer, place, isEnd), at),
  };
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const { d1, m1 = '', y1, d2, m2, y } = m.groups ?? {};
      const start = { year: num(y1 ?? y), month: month(m1), day: num(d1) };
      const end = d2
        ? { year: num(m.groups?.y2 ?? y), month: m2 ? month(m2) : start.month, day: num(d2) }
        : null;
      taken.push([from, to]);
      const index = spans.map(from, false);
      const until = spans.map(to, true);
      if ((y1 ?? y ?? m.groups?.y2) && OTHER_ERA.test(original.slice(until))) continue;
      found.push({ start, end, index, text: original.slice(index, until) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** ISO text of a date, partial when the day is unknown; null without a year. */
export function isoOf(
  date: { year: number | null; month: number; day: number | null },
  fallbackYear: number | null = null,
): string | null {
  const year = date.year ?? fallbackYear;
  if (year === null) return null;
  const mm = String(date.month).padStart(2, '0');
  if (date.day === null) return `${year}-${mm}`;
  return `${year}-${mm}-${String(date.day).padStart(2, '0')}`;
}

// Words just before a date that make it another occasion's (a past summit, a signing), or the
// days a visit was set for before it was moved ("originally planned for 7 to 10 December").
// "Last" is past when it says "the last time" ("the two last met on …"), not when it is the verb
// of a stay's length: "a visit which will last until 12 December", "set to last from 8 to 9 …",
// nor when it tells the week or day the visit was in: "travelled through A last week, from …".
const PAST_CONTEXT =
  /\b(?:(?:originally|initially|previously) (?:planned|scheduled|set) for|summit|signed|took place|was held|were held|founded|established|adopted|since|(?<!\b(?:will|shall|would|to|may|might|should|could) )last(?! (?:until|till|through|from|for|into|week|weekend|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|previous|earlier|in 19\d\d|held in)\b[^.;]{0,60}$/i;

// The visit itself told as having taken place: "his visit to X, which took place from …", "visits
// to X and Y, which took place from …".
const VISIT_TOOK_PLACE =
  /\b(?:visit|trip|mission|tour|stay)s?\b[^.;]{0,60}\b(?:took place|was held|lasted)\s+(?:from|on|between|in)?\s*$/i;

// The words just before the days a visit was set for before it was moved: "postponed from 2–4
// December to 14–16 December", «первоначально намеченный на 2–4 декабря, перенесён на 14–16
// декабря», «перенесён с 2–4 на 14–16 декабря».
const RU_SET_FOR = String.raw`(?:намеч|заплан|планир|планов|назнач|предполага)\p{L}*`;
const FORMER_DAYS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:postponed|moved|rescheduled|put\s+off|pushed\s+back|` +
    String.raw`brought\s+forward|changed)\s+(?:from\s+)?(?:the\s+)?|` +
    String.raw`(?:первоначально|изначально|ранее|прежде)\s+(?:\p{L}+\s+)?${RU_SET_FOR}\s+на\s+|` +
    String.raw`${RU_SET_FOR}\s+(?:первоначально|изначально|ранее|прежде)\s+на\s+|` +
    String.raw`перен[её]с\p{L}*\s+(?:(?!на\s)\p{L}+\s+){0,3}?(?:со?\s+)?)$`,
  'iu',
);

/** Whether a date belongs to something the release only recalls. */
export function isPastMention(sentence: string, mention: DateMention): boolean {
  const before = sentence.slice(0, mention.index);
  if (FORMER_DAYS.test(before)) return true;
  return PAST_CONTEXT.test(before) && !VISIT_TOOK_PLACE.test(before);
}

/** The year of a year-only mention for announced events ("events in 2023"). */
export function yearIn(text: string): number | null {
  const m = /\b(?:in|for|of) (20\d\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}

export function monthIn(text: string): number | null {
  const m = new RegExp(`\\b(?:in|on|during) ${MONTH}`, 'u').exec(text);
  return m?.[1] ? month(m[1]) : null;
}

// A day named by its weekday alone ("concluded on Tuesday", "will leave this Thursday", "во вторник", "Salı günü"), never one
// that a date follows ("on Tuesday, 10 February"); two weekdays joined by "and" ("on Monday and
// Tuesday", "во вторник и среду", "Pazartesi ve Salı günleri") are the two days of a period.
const NOT_DATED = '(?![\\p{L}])(?!,? (?:the )?\\d)';
// A weekday that opens a place's name is no day: "arrived on Thursday Island", "Friday Harbor".
const NOT_PLACE = '(?! (?:Island|Islands|Harbou?r|Bay|Creek|Street|Road)(?![\\p{L}]))';
const EN_WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const RU_WEEKDAY = '(воскресенье|понедельник|вторник|среду|четверг|пятницу|субботу)';
// The weekday a Russian period starts from, in the genitive: «с понедельника».
const RU_WEEKDAY_FROM = '(воскресенья|понедельника|вторника|среды|четверга|пятницы|субботы)';
const TR_WEEKDAY = '(Pazar|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi)';
// The adjectives that put a Russian weekday in the week gone by or the week to come; one in the
// plural says it of two weekdays («в минувшие четверг и пятницу»).
const RU_PAST_WEEK = '(?:минувш|прошл|последн)(?:ий|ую|ее|юю|ое|ие) ';
const RU_NEXT_WEEK = '(?:следующ|ближайш|наступающ)(?:ий|ую|ее|юю|ие) ';
// The Turkish words that put a weekday in the week gone by or the week to come.
const TR_PAST_WEEK = '(?:geçen|geçtiğimiz)';
const TR_NEXT_WEEK = '(?:önümüzdeki|gelecek)';
const TR_WEEK_SAID = `(?:${TR_PAST_WEEK}|${TR_NEXT_WEEK})`;
// Two weekdays of one span: "Pazartesi ve Çarşamba", "Pazartesi ile Çarşamba (arasında)".
const TR_AND = '(?:ve|ile)';
// A weekday written after the date it names ("17 Mart Salı günü", «17 марта, во вторник») adds
// nothing to that date.
const AFTER_DATE = `(?<!\\d\\s+${MONTH.replace(/^\(/, '(?:')}(?:\\s+\\d{4})?,?\\s+)`;
// The weekend named with no date, its Saturday and Sunday: "over the weekend", "last weekend",
// "this weekend"; never "the weekend of 5 and 6 December", which its dates tell; «geçen hafta
// sonu», «bu hafta sonunda», the week said (a weekend alone may be told of one of its days).
const WEEKEND = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:(?:over|during|at|on|for) the|last|this(?: past| coming)?|` +
    String.raw`the (?:past|coming)|next) weekend(?![\p{L}])(?!,? of\b)|` +
    String.raw`(?:geçen|geçtiğimiz|önümüzdeki|gelecek|bu)\s+hafta\s?sonu(?:nda)?(?![\p{L}]))`,
  'giu',
);
// The English words a weekday alone follows; the last day of a stay told by its length: "a
// two-day visit ending Tuesday"; and, as American releases write it, a verb of its first or last
// day straight before it: "a trip that wrapped up Tuesday", "which began Saturday".
const EN_WEEKDAY_SAID =
  '(?:[Oo]n|[Ll]ast|[Tt]his(?: past)?|[Tt]he past|[Nn]ext|[Ss]tarting|[Bb]eginning|[Ee]nding|' +
  '[Bb]egan|[Ss]tarted|[Ee]nded|[Cc]oncluded|[Ww]rapped up)';
const WEEKDAY_ALONE = [
  // "on Monday", "last Monday", and the first or last day of a stay: "over three days starting
  // Monday", "a two-day visit ending Tuesday".
  new RegExp(
    `(?<![\\p{L}])${EN_WEEKDAY_SAID} ${EN_WEEKDAY}(?: and (?:on )?${EN_WEEKDAY})?(?: last)?${NOT_DATED}${NOT_PLACE}`,
    'gu',
  ),
  // "Tuesday last", "on Monday and Tuesday last": the week gone by said after the weekday.
  new RegExp(
    `(?<![\\p{L}])(?<!(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|past) )${EN_WEEKDAY}(?: and (?:on )?${EN_WEEKDAY})? last(?![\\p{L}])${NOT_DATED}`,
    'gu',
  ),
  // «в минувший четверг», «в прошлую среду», «в следующий вторник»: the week is said.
  new RegExp(
    `${AFTER_DATE}(?<![\\p{L}])[Вв]о? (?:${RU_PAST_WEEK}|${RU_NEXT_WEEK})?${RU_WEEKDAY}(?: и (?:во? )?${RU_WEEKDAY})?${NOT_DATED}`,
    'gu',
  ),
  new RegExp(
    `${AFTER_DATE}(?<![\\p{L}])(?<!(?:${TR_WEEK_SAID}|bu)\\s(?:hafta(?:nın)?\\s)?)(?<!${TR_WEEKDAY.replace('(', '(?:')} ${TR_AND} )${TR_WEEKDAY}(?: ${TR_AND} ${TR_WEEKDAY})? gün(?:ü|leri)${NOT_DATED}`,
    'giu',
  ),
  // "geçtiğimiz salı", "geçen Cuma günü", "önümüzdeki Pazartesi", "geçen hafta Pazartesi ile
  // Çarşamba": the week is said, "günü" may be left out. So it may after "bu" (this), the
  // sentence's tense telling the week: "bu cumartesi ve pazar Ufa'da olacak" is the Saturday
  // and Sunday after the day of issue.
  new RegExp(
    `(?<![\\p{L}])(?:${TR_WEEK_SAID}|bu)\\s+(?:hafta(?:nın)?\\s+)?${TR_WEEKDAY}(?: ${TR_AND} ${TR_WEEKDAY})?(?: gün(?:ü|leri))?(?![\\p{L}])${NOT_DATED}`,
    'giu',
  ),
  // "from Monday to Wednesday", "from next Monday until Wednesday", «с понедельника по среду»,
  // "Pazartesi'den Çarşamba'ya kadar", «önümüzdeki hafta pazartesiden perşembeye»: the week said
  // before the Turkish one is its week. After a comma the English needs no "from": "in the second
  // week of December, Tuesday to Thursday"; nor after the word of the week to come: "will travel
  // next Tuesday to Thursday".
  new RegExp(
    `(?<![\\p{L}])(?:[Ff]rom |(?<=, )|(?=(?:next|this|coming) ))(?:(?:next|this|coming) )?${EN_WEEKDAY} (?:to|until|through) ${EN_WEEKDAY}${NOT_DATED}`,
    'gu',
  ),
  new RegExp(`(?<![\\p{L}])[Сс]о? ${RU_WEEKDAY_FROM} по ${RU_WEEKDAY}${NOT_DATED}`, 'gu'),
  new RegExp(
    `(?<![\\p{L}])(?:${TR_WEEK_SAID}\\s+hafta(?:nın)?\\s+)?${TR_WEEKDAY}['’]?(?:[dt][ae]n) ${TR_WEEKDAY}['’]?(?:y?[ae])(?: kadar)?${NOT_DATED}`,
    'giu',
  ),
  WEEKEND,
];
// prettier-ignore
const WEEKDAY_NUMBER = new Map<string, number>(
  [
    ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
    ['воскресенье', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу'],
    ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'],
    ['воскресенья', 'понедельника', 'вторника', 'среды', 'четверга', 'пятницы', 'субботы'],
  ].flatMap((names) => names.map((name, i) => [name, i] as const)),
);
// Words of what is still to come, whose weekday is one after the day of issue: the Russian
// perfective verbs of a visit in the future («посетит», «проведёт») among them.
const FUTURE =
  /\b(?:will|shall|is to|are to|is expected|are expected|is scheduled|are scheduled)\b|(?<![\p{L}])(?:будет|будут|предстоит|состоится|ожидается|планиру\p{L}*|запланирован\p{L}*|посет[ия]т|соверш[иа]т|провед[её]т|проведут|прим[еу]т|встрет[ия]тся|отправ[ия]тся|прибуд[еу]т|выступ[ия]т|подпиш[еу]т|откро[ею]т)(?![\p{L}])|planlan\p{L}*|bekleniyor|(?<![\p{L}])на следующей неделе(?![\p{L}])/iu;
// The Turkish future in «-acak», «-ecek»: «görüşecek», «ziyaret edecekler».
const TR_FUTURE = /\p{L}(?:acak|ecek)\p{L}*/giu;
// One before a noun, not before a conjunction, describes the noun: «verilecek burslar» (grants to
// be given), «hazırlanacak kitaplar».
const TR_PARTICIPLE = /^\s+(?!(?:ve|ile|veya|ya da)(?!\p{L}))\p{Ll}/u;
// A Turkish sentence ends on its verb; one in the past («görüştü», «karşıladılar», «etmiştir»)
// tells of what was, whatever the participles before it.
const TR_PAST_END = /\p{L}(?:[dt][ıiuü](?:lar|ler)?|m[ıiuü]ş(?:t[ıiuü]r|lar|ler)?)[.!]?["»”]?\s*$/u;

/** Whether a sentence tells of what is still to come. */
function toCome(sentence: string): boolean {
  if (FUTURE.test(sentence)) return true;
  const pastEnd = TR_PAST_END.test(sentence);
  return [...sentence.matchAll(TR_FUTURE)].some(
    (m) => !pastEnd || !TR_PARTICIPLE.test(sentence.slice(m.index + m[0].length)),
  );
}

const PAST_WEEK = new RegExp(
  `^(?:[Вв]о? ${RU_PAST_WEEK}|${TR_PAST_WEEK}\\s|(?:last|this past|the past) (?=weekend)|(?:this|the) past |.* last$)`,
  'iu',
);
// The week before the release's, said of a sentence's weekdays: «прошлой недели», «на минувшей
// неделе», "last week", "on Monday of last week", "the previous week" (never "the week before
// last", two weeks back), «geçen hafta», «geçtiğimiz hafta», «önceki hafta».
const WEEK_BEFORE =
  /(?<![\p{L}])(?:(?:прошл|минувш|предыдущ)(?:ой|ую)\s+недел[иею]|(?:last|the previous|the preceding) week|the week before(?! last)|(?:geçen|geçtiğimiz|önceki)\s+hafta(?:nın)?(?!\s?sonu))(?![\p{L}])/iu;

// The week two weeks before the release's: "a fortnight ago", "two weeks ago", "the week before
// last", «две недели назад», «на позапрошлой неделе», «iki hafta önce».
const TWO_WEEKS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:a|one) fortnight ago|two weeks ago|the week before last|` +
    String.raw`две недели назад|позапрошл(?:ой|ую)\s+недел[иею]|iki hafta önce)(?![\p{L}])`,
  'iu',
);

/**
 * The last day (a Sunday) of the week before the one a release was issued in (ISO), or of the
 * week before that, when the sentence puts its weekdays in that week; else null. A Russian week
 * runs Monday to Sunday.
 */
export function lastWeekEnd(sentence: string, issued: string | null): string | null {
  const twoBack = TWO_WEEKS_BEFORE.test(sentence);
  if (issued?.length !== 10 || (!twoBack && !WEEK_BEFORE.test(sentence))) return null;
  const day = new Date(`${issued}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - (day.getUTCDay() === 0 ? 7 : day.getUTCDay()));
  // Two weeks back, the week before that one: its weekdays end a week earlier.
  if (twoBack) day.setUTCDate(day.getUTCDate() - 7);
  return day.toISOString().slice(0, 10);
}
// The week after the release's said with the word "week": «önümüzdeki hafta Pazartesi».
const NEXT_WEEK_SAID = new RegExp(`^${TR_NEXT_WEEK}\\s+hafta(?!\\s?sonu)`, 'iu');
// "next Monday", "from next Monday to Wednesday": the week to come, whatever the tense.
const NEXT_WEEK = new RegExp(
  `^(?:[Вв]о? ${RU_NEXT_WEEK}|${TR_NEXT_WEEK}\\s|(?:from )?next |(?:this|the) coming )`,
  'iu',
);

/**
 * The days a sentence names by their weekday alone. Told in the past, each is the last such
 * weekday on or before the day the release was issued (ISO): "concluded on Tuesday" in a release
 * of Wednesday 11 February is 10 February. Told as still to come, it is the next such weekday
 * after that day: "will visit on Tuesday" in the same release is 17 February.
 */
export function weekdayDates(
  sentence: string,
  issued: string | null,
  anchored = false,
  forward = false,
): DateMention[] {
  if (issued?.length !== 10) return [];
  // Weekdays said of the week before the release's («с понедельника по среду прошлой недели»)
  // are told from that week's last day, in the past.
  const lastWeek = anchored ? null : lastWeekEnd(sentence, issued);
  const ahead = forward || (!lastWeek && toCome(sentence));
  const issuedDay = new Date(`${lastWeek ?? issued}T00:00:00Z`);
  const found: DateMention[] = [];
  const weekdayOf = (name: string | undefined) =>
    name === undefined ? undefined : WEEKDAY_NUMBER.get(name.toLocaleLowerCase('tr'));
  const dateOf = (day: Date) => ({
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
  });
  for (const re of WEEKDAY_ALONE) {
    for (const m of sentence.matchAll(re)) {
      const weekend = re === WEEKEND;
      const first = weekend ? 6 : weekdayOf(m[1]);
      if (first === undefined) continue;
      // Gone by, the last weekday named falls on or before the day of issue and the first the
      // days before it; to come, the first falls after the day of issue and the last the days after.
      const last = weekend ? 0 : (weekdayOf(m[2]) ?? first);
      const between = (last - first + 7) % 7;
      const daysAfterIssue = (at: number) => {
        const day = new Date(issuedDay);
        day.setUTCDate(day.getUTCDate() + at);
        return day;
      };
      const weekday = issuedDay.getUTCDay();
      // The week said with the weekday ("в минувший четверг") outweighs the sentence's tense.
      const pastSaid = PAST_WEEK.test(m[0]);
      const coming = NEXT_WEEK.test(m[0]) || (ahead && !pastSaid);
      // "В минувшую пятницу" in a release of a Friday is the Friday a week before.
      // Told from the last week's Sunday, "geçen hafta Pazar" is that Sunday itself.
      const back = (weekday - last + 7) % 7 || (pastSaid && !lastWeek ? 7 : 0);
      // "Önümüzdeki hafta Salı" is the Tuesday of the week after the release's, even when a
      // Tuesday of the release's own week is still to come.
      const nextWeekSaid = coming && NEXT_WEEK_SAID.test(m[0]);
      const startAt = nextWeekSaid
        ? 7 - ((weekday + 6) % 7) + ((first + 6) % 7)
        : coming
          ? ((first - weekday + 6) % 7) + 1
          : -back - between;
      const start = daysAfterIssue(startAt);
      const end = daysAfterIssue(startAt + between);
      found.push({
        start: dateOf(start),
        end: m[2] === undefined && !weekend ? null : dateOf(end),
        index: m.index,
        text: m[0],
      });
    }
  }
  // A period of weekdays goes before its first weekday read alone at the same place: "next
  // Tuesday to Thursday" before "next Tuesday".
  return found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
}

// A week a sentence names by its place in a month, with no day: "in the first week of December",
// «в первую неделю декабря», «на второй неделе декабря», «Aralık'ın ilk haftasında», «Aralık
// ayının son haftasında».
const WEEK_PLACES: ReadonlyArray<[RegExp, number]> = [
  [/^(?:first|перв|ilk|birinci)/iu, 1],
  [/^(?:second|втор|ikinci)/iu, 2],
  [/^(?:third|треть|üçüncü)/iu, 3],
  [/^(?:fourth|четв|dördüncü)/iu, 4],
  [/^(?:last|final|последн|son)/iu, 0],
];
const MONTH_WEEK = [
  new RegExp(
    `(?<![\\p{L}])(first|second|third|fourth|last|final) week of ${MONTH}(?:,? (\\d{4}))?`,
    'iu',
  ),
  new RegExp(
    `(?<![\\p{L}])(первую|первой|вторую|второй|третью|третьей|четв[её]ртую|четв[её]ртой|последнюю|последней) недел[юеи] ${MONTH}(?: (\\d{4}))?`,
    'iu',
  ),
  new RegExp(
    `(?<![\\p{L}\\d])(?:(\\d{4}) )?${MONTH}(?:['’]n?[ıiuü]n|\\s+ay[ıi]n[ıi]n)\\s+(ilk|birinci|ikinci|üçüncü|dördüncü|son)\\s+hafta(?:s[ıi](?:nda)?)?(?![\\p{L}])`,
    'u',
  ),
];

/**
 * The days of a week a sentence names by its place in a month ("the first week of December" is
 * its 1st to 7th, "the last" its last seven days), the year its own or `year`; null when it names
 * none.
 */
export function monthWeek(sentence: string, year: number | null): DateMention | null {
  for (const [i, re] of MONTH_WEEK.entries()) {
    const m = re.exec(sentence);
    if (!m) continue;
    // The Turkish names the year and the month before the week's place.
    const [place, name, written] = i === 2 ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
    const at = WEEK_PLACES.find(([p]) => p.test(place ?? ''))?.[1];
    const number = monthNumber(name ?? '');
    if (at === undefined || number === 0) continue;
    const y = written ? Number(written) : year;
    const last = daysIn(y ?? 2001, number);
    const first = at === 0 ? last - 6 : 7 * (at - 1) + 1;
    return {
      start: { year: y, month: number, day: first },
      end: { year: y, month: number, day: at === 0 ? last : first + 6 },
      index: m.index,
      text: m[0],
    };
  }
  return null;
}

// A date that names the week it falls in: "the week of 7 December", "the week beginning 14
// December", "the week commencing Monday, 7 December".
const WEEK_NAMED = /(?<![\p{L}])week (?:of|beginning|commencing|starting)(?: on)?,? $/iu;

/**
 * The Monday (ISO) of the week a sentence names by one of its dates (`day`, ISO), or null when
 * the date names a day and not its week.
 */
export function namedWeekStart(
  sentence: string,
  mention: DateMention,
  day: string | null,
): string | null {
  if (day?.length !== 10 || mention.end !== null) return null;
  if (!WEEK_NAMED.test(sentence.slice(0, mention.index))) return null;
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - ((at.getUTCDay() + 6) % 7));
  return at.toISOString().slice(0, 10);
}

// Days written with no month, which the release's own day gives: "on the 7th and 8th", "from the
// 7th to the 9th", "on the 30th and the 1st", «7-го и 8-го числа», «с 7-го по 9-е», «ayın 7'si ile
// 9'u arasında», «ayın 7'sinde», «ayın 14'ünde başlayıp 17'sinde», "the 3rd and 4th in Zagreb",
// "in A on the 1st and in B on the 3rd". A month named after them is theirs, and the patterns
// read it.
const EN_ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)';
const EN_BARE_DAYS = new RegExp(
  `(?<=(?:^|[\\s(])(?:[Oo]n|[Ff]rom|[Bb]etween|[Uu]ntil|[Tt]ill|[Bb]y|[Tt]hrough|[Aa]nd) )the ${EN_ORDINAL}` +
    `(?:( and | to | until | through | ?[-–—] ?)(?:the )?${EN_ORDINAL})?(?![\\p{L}\\d])` +
    `(?!(?: of)? ${MONTH})(?:(?= ?[,.;:)–—-]| ?$| (?:and|to|until|through) \\d| (?:the|he|she|they|it|we|his|her) |\\s\\p{Lu}| (?:in|at) \\p{Lu}| and (?:in|at|on) )| of (?:this|the) month(?![\\p{L}]))`,
  'gu',
);
const RU_ORDINAL = '(\\d{1,2})(?:-(?:го|ого|е|ое))?';
const RU_BARE_DAYS = new RegExp(
  `(?<![\\p{L}\\d.])${RU_ORDINAL}(?:( и | по | ?[-–—] ?)${RU_ORDINAL})? числ[ао](?![\\p{L}])|` +
    `(?<=(?:^|\\s)[Сс]о? )(\\d{1,2})-(?:го|ого)( по )(\\d{1,2})-(?:е|ое)(?![\\p{L}\\d])(?! ${MONTH})|` +
    // Two days after their month and a comma, the last with its ending: «декабря, 2 и 3-го»
    // (MONTH holds a group of its own).
    `(?<=\\p{L}, )(\\d{1,2})(?:-(?:го|ого))?( и | по )(\\d{1,2})-(?:го|ого)(?![\\p{L}\\d])(?! ${MONTH})`,
  'gu',
);
const TR_BARE_DAYS = new RegExp(
  `(?<![\\p{L}])(?:(geçen|geçtiğimiz|önceki|önümüzdeki|gelecek|bu)\\s+)?ayın\\s+(\\d{1,2})['’]\\p{L}*` +
    `(?:(\\s+(?:ile|ve|başla\\p{L}*)\\s+|\\s+|\\s?[-–—]\\s?)(\\d{1,2})['’]\\p{L}*)?`,
  'giu',
);
// Days written with no month after their weekday, which makes them days whatever follows: "from
// Tuesday the 8th to Thursday the 10th for a fair", "end on Thursday the 10th with a dinner"; or
// before it in Turkish: «8'i Salı günü gidecek, 10'u Perşembe gününe kadar kalacak».
const EN_WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const EN_WEEKDAY_DAYS = new RegExp(
  `(?<=(?:${EN_WEEKDAY_NAMES}),? )the ${EN_ORDINAL}` +
    `(?:( and | to | until | through | ?[-–—] ?)(?:(?:${EN_WEEKDAY_NAMES}),? )?(?:the )?` +
    `${EN_ORDINAL})?(?![\\p{L}\\d]|-\\p{L})(?!(?: of)? ${MONTH})`,
  'gu',
);
const TR_DAY_WEEKDAY = new RegExp(
  `(?<![\\p{L}\\d.,'’])(\\d{1,2})['’]\\p{L}*(?= ${TR_WEEKDAY_WORD} gün)`,
  'giu',
);
// A day that ends the period in another month: "from the 30th to 2 December", «ayın 30'u ile 2
// Aralık arasında».
const DATED_END = new RegExp(
  `^(?: to | and | until | ile | ve | по | и | ?[-–—] ?)(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}`,
  'u',
);

/** The year and month `shift` months from a year and month. */
function monthMoved(year: number, month: number, shift: number): [number, number] {
  const at = year * 12 + month - 1 + shift;
  return [Math.floor(at / 12), (at % 12) + 1];
}

/**
 * The month of a day written without one, told from the day of issue: the month said ("geçen
 * ayın 30'u"), else of something still to come the first such day on or after the day of issue,
 * else the nearest to it.
 */
function monthOfDay(day: number, issued: string, ahead: boolean, shift: number | null) {
  const [year = 0, month = 1, today = 1] = issued.split('-').map(Number);
  if (shift !== null) return monthMoved(year, month, shift);
  const issuedAt = Date.UTC(year, month - 1, today);
  const candidates = [-1, 0, 1]
    .map((k) => monthMoved(year, month, k))
    .filter(([y, m]) => day <= daysIn(y, m))
    .map(([y, m]) => ({ at: Date.UTC(y, m - 1, day), ym: [y, m] as [number, number] }));
  const chosen = ahead
    ? candidates.find((c) => c.at >= issuedAt)
    : [...candidates].sort((a, b) => Math.abs(a.at - issuedAt) - Math.abs(b.at - issuedAt))[0];
  return chosen?.ym ?? [year, month];
}

const TR_SHIFT: Record<string, number> = {
  geçen: -1,
  geçtiğimiz: -1,
  önceki: -1,
  önümüzdeki: 1,
  gelecek: 1,
  bu: 0,
};

// A day told by its weekday's place in a month, in English: "the last Sunday of November", "the
// first Wednesday of December 2026", "on the second Tuesday of May".
const NTH_WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:the )?(first|second|third|fourth|last|final) ` +
    `(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday) of ${MONTH}(?:,? (\\d{4}))?` +
    '(?![\\p{L}\\d])',
  'gu',
);
const NTH_PLACES: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };

/**
 * The sentence with days told by their weekday's place in a month written as dates, in the year
 * written or else the one of the day of issue (ISO) whose month is nearest to it: "from the last
 * Sunday of November to the first Wednesday of December" in a release of 4 December 2026 → "from
 * 29 November 2026 to 2 December 2026". The sentence as it is without a year for it.
 */
export function withWeekdaysOfMonths(sentence: string, issued: string | null): string {
  const [issuedYear = 0, issuedMonth = 0] = (issued ?? '').split('-').map(Number);
  return rewritten(sentence, NTH_WEEKDAY, (m) => {
    const [all, place = '', weekday = '', name = '', written] = m;
    const number = month(name);
    if (number === 0 || (!written && !issuedYear)) return all;
    // A month more than half a year from the day of issue falls in the year before or after.
    const shift =
      issuedMonth === 0 ? 0 : number - issuedMonth > 6 ? -1 : issuedMonth - number > 6 ? 1 : 0;
    const year = written ? Number(written) : issuedYear + shift;
    const wanted = weekdayNumber(weekday);
    const firstOn = (wanted - new Date(Date.UTC(year, number - 1, 1)).getUTCDay() + 7) % 7;
    const nth = NTH_PLACES[place.toLowerCase()];
    const lastDay = daysIn(year, number);
    const day =
      nth === undefined
        ? firstOn + 1 + Math.floor((lastDay - firstOn - 1) / 7) * 7
        : firstOn + 1 + nth * 7;
    return `${day} ${MONTH_WORDS[number - 1]} ${year}`;
  }).text;
}

/**
 * The sentence with days written without their month written with the month and year the day of
 * issue (ISO) gives them: "On the 7th, he will …" in a release of 4 December 2026 → "On 7
 * December 2026, he will …". The sentence as it is without a day of issue.
 */
export function withMonthsOfDays(sentence: string, issued: string | null): string {
  if (issued?.length !== 10) return sentence;
  const ahead = toCome(sentence);
  const named = ([y, m]: [number, number], day: number) => `${day} ${MONTH_WORDS[m - 1]} ${y}`;
  const rewrite = (
    m: RegExpExecArray,
    first: string | undefined,
    join: string | undefined,
    second: string | undefined,
    shift: number | null,
  ) => {
    const d1 = Number(first);
    const d2 = second === undefined ? null : Number(second);
    // A first day told as where the stay begins («14'ünde başlayıp 17'sinde») opens a period.
    const to = join && /^\s+başla/iu.test(join) ? ' – ' : join;
    if (!(d1 >= 1 && d1 <= 31) || (d2 !== null && !(d2 >= 1 && d2 <= 31))) return m[0];
    const dated = d2 === null ? DATED_END.exec(sentence.slice(m.index + m[0].length)) : null;
    if (dated) {
      // The first day in the month of the dated end, or the month before when it falls after it.
      const endMonth = month(dated[2] ?? '');
      const [year] = monthOfDay(Number(dated[1]), issued, ahead, null);
      const startMonth = d1 <= Number(dated[1]) ? endMonth : endMonth - 1;
      const [y, mo] = monthMoved(year, startMonth, 0);
      return named([y, mo], d1);
    }
    const start = monthOfDay(d1, issued, ahead, shift);
    if (d2 === null) return named(start, d1);
    if (d2 >= d1) return `${d1}${to}${named(start, d2)}`;
    return `${named(start, d1)}${to}${named(monthMoved(start[0], start[1], 1), d2)}`;
  };
  const en = rewritten(sentence, EN_BARE_DAYS, (m) => rewrite(m, m[1], m[2], m[3], null)).text;
  const ru = rewritten(en, RU_BARE_DAYS, (m) =>
    m[1]
      ? rewrite(m, m[1], m[2], m[3], null)
      : m[4]
        ? rewrite(m, m[4], m[5], m[6], null)
        : rewrite(m, m[8], m[9], m[10], null),
  ).text;
  const tr = rewritten(ru, TR_BARE_DAYS, (m) =>
    rewrite(m, m[2], m[3], m[4], m[1] ? (TR_SHIFT[m[1].toLocaleLowerCase('tr')] ?? null) : null),
  ).text;
  const enWeekdays = rewritten(tr, EN_WEEKDAY_DAYS, (m) => rewrite(m, m[1], m[2], m[3], null)).text;
  return rewritten(enWeekdays, TR_DAY_WEEKDAY, (m) => rewrite(m, m[1], undefined, undefined, null))
    .text;
}
