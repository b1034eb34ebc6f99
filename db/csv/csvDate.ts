import { monthName } from '../../i18n/dateText.js';
import { LANGUAGES } from '../../i18n/language.js';

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Each month's names as the interface's languages write them, short and long, beside a day and
 * alone ("сент.", "сентября", "сентябрь"; "мая", "май"), lower-cased without a final dot. Made
 * when a date is first read, not when the module loads: the date formats behind them take the
 * time of a whole command's start.
 */
let shownMonths: ReadonlyArray<ReadonlySet<string>> | undefined;
function monthsShown(): ReadonlyArray<ReadonlySet<string>> {
  shownMonths ??= ENGLISH_MONTHS.map((_, i) => {
    const names = new Set<string>();
    for (const language of LANGUAGES) {
      for (const withDay of [true, false]) {
        for (const long of [true, false]) {
          names.add(
            monthName(language, i + 1, withDay, long)
              .toLowerCase()
              .replace(/\.$/, ''),
          );
        }
      }
    }
    return names;
  });
  return shownMonths;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/** A day that is on the calendar: 30 Feb is not, and is left as typed for its check to name. */
function realDay(year: string, month: number, day: string): string | null {
  const d = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== Number(day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `Sep`, `Sept` or `September` in any case, or a month as any interface language shows it. */
function month(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  const english = ENGLISH_MONTHS.findIndex(
    (m) => m === word || (word.length >= 3 && m.startsWith(word)),
  );
  if (english !== -1) return english + 1;
  const shown = monthsShown().findIndex((names) => names.has(word));
  return shown === -1 ? null : shown + 1;
}

/**
 * A date cell as the archive stores it: dates written as the tables show them in any interface
 * language (`19 Sep 2023`, `Sep 2023`, `19 сент. 2023`, also with the month in full) and as Excel writes them in Russian and Kazakh
 * settings (`19.09.2023`) become `2023-09-19` and `2023-09`; anything else is returned as written,
 * for the save's own check to accept (`2023-09-19`, `2023`) or refuse with its sentence.
 */
export function storedDate(text: string): string {
  const value = text.trim();
  const shownDay = /^(\d{1,2}) (\p{L}{3,9})\.? (\d{4})$/u.exec(value);
  if (shownDay) {
    const m = month(shownDay[2]!);
    if (m !== null) return realDay(shownDay[3]!, m, shownDay[1]!) ?? value;
  }
  const shownMonth = /^(\p{L}{3,9})\.? (\d{4})$/u.exec(value);
  if (shownMonth) {
    const m = month(shownMonth[1]!);
    if (m !== null) return `${shownMonth[2]}-${pad(m)}`;
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (dotted) return realDay(dotted[3]!, Number(dotted[2]), dotted[1]!) ?? value;
  return value;
}
