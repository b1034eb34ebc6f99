// prettier-ignore
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December)';

/** A date or period written in the text; `year` is null when the text gives none. */
export interface DateMention {
  start: { year: number | null; month: number; day: number | null };
  end: { year: number | null; month: number; day: number | null } | null;
  index: number;
  text: string;
}

function month(name: string): number {
  return MONTHS.indexOf(name.toLowerCase() as (typeof MONTHS)[number]) + 1;
}

function num(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

// Longest forms first; each names its groups so one parser reads them all.
// prettier-ignore
const PATTERNS: RegExp[] = [
  // from 10 to 14 April 2023 / 10-14 April 2023 / 22 and 23 February 2021
  new RegExp(`(?:from )?(?<d1>\\d{1,2})(?: ?[-–] ?| to | and )(?<d2>\\d{1,2}) ${MONTH}(?:,? (?<y>\\d{4}))?`, 'g'),
  // from 28 March to 2 April 2024
  new RegExp(`(?:from )?(?<d1>\\d{1,2}) ${MONTH}(?: ?[-–] ?| to | and )(?<d2>\\d{1,2}) (?<m2>${MONTH.slice(1, -1)})(?:,? (?<y>\\d{4}))?`, 'g'),
  // 22 February 2021 / 22 February
  new RegExp(`(?<d1>\\d{1,2}) ${MONTH}(?:,? (?<y>\\d{4}))?`, 'g'),
  // September 2023
  new RegExp(`(?:in )?${MONTH} (?<y>\\d{4})`, 'g'),
  // February 22, 2021
  new RegExp(`${MONTH} (?<d1>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:, (?<y>\\d{4}))?`, 'g'),
];

/** Every date or period in a sentence, each once, in order. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const g = m.groups ?? {};
      const m1 = month(m[1] && /^\d/.test(m[1]) ? (m[3] ?? m[2] ?? '') : (m[1] ?? ''));
      const monthName = [...m].slice(1).find((x) => x !== undefined && /^[A-Z][a-z]+$/.test(x));
      const startMonth = monthName ? month(monthName) : m1;
      const year = num(g.y);
      const endMonth = g.m2 ? month(g.m2) : startMonth;
      const start = { year, month: startMonth, day: num(g.d1) };
      const end = g.d2 ? { year, month: endMonth, day: num(g.d2) } : null;
      taken.push([from, to]);
      found.push({ start, end, index: from, text: m[0] });
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

// Words just before a date that make it another occasion's (a past summit, a signing).
const PAST_CONTEXT =
  /\b(?:summit|signed|took place|was held|were held|founded|established|adopted|since|last|previous|earlier|in 19\d\d|held in)\b[^.;]{0,60}$/i;

/** Whether a date belongs to something the release only recalls. */
export function isPastMention(sentence: string, mention: DateMention): boolean {
  return PAST_CONTEXT.test(sentence.slice(0, mention.index));
}

/** The year of a year-only mention for announced events ("events in 2023"). */
export function yearIn(text: string): number | null {
  const m = /\b(?:in|for|of) (20\d\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}

export function monthIn(text: string): number | null {
  const m = new RegExp(`\\b(?:in|on|during) ${MONTH}\\b`).exec(text);
  return m?.[1] ? month(m[1]) : null;
}
