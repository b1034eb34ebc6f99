const MONTHS = [
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

const pad = (n: number | string) => String(n).padStart(2, '0');

/** A day that is on the calendar: 30 Feb is not, and is left as typed for its check to name. */
function realDay(year: string, month: number, day: string): string | null {
  const d = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== Number(day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `Sep`, `Sept` or `September`, in any case. */
function month(name: string): number | null {
  const word = name.toLowerCase();
  const at = MONTHS.findIndex((m) => m === word || (word.length >= 3 && m.startsWith(word)));
  return at === -1 ? null : at + 1;
}

/**
 * A date cell as the archive stores it: dates written as the tables show them (`19 Sep 2023`,
 * `Sep 2023`, also with the month in full) and as Excel writes them in Russian and Kazakh
 * settings (`19.09.2023`) become `2023-09-19` and `2023-09`; anything else is returned as written,
 * for the save's own check to accept (`2023-09-19`, `2023`) or refuse with its sentence.
 */
export function storedDate(text: string): string {
  const value = text.trim();
  const shownDay = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/.exec(value);
  if (shownDay) {
    const m = month(shownDay[2]!);
    if (m !== null) return realDay(shownDay[3]!, m, shownDay[1]!) ?? value;
  }
  const shownMonth = /^([A-Za-z]{3,9})\.? (\d{4})$/.exec(value);
  if (shownMonth) {
    const m = month(shownMonth[1]!);
    if (m !== null) return `${shownMonth[2]}-${pad(m)}`;
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (dotted) return realDay(dotted[3]!, Number(dotted[2]), dotted[1]!) ?? value;
  return value;
}
