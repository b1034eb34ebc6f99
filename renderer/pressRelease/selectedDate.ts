import { readDateInput } from '../forms/dateInput.js';

// Month names' stems in English, Russian (every case) and Turkish, January first.
// prettier-ignore
const MONTHS = [
  ['jan', 'январ', 'ocak'], ['feb', 'феврал', 'şubat'], ['mar', 'март', 'mart'],
  ['apr', 'апрел', 'nisan'], ['may', 'ма', 'mayıs'], ['jun', 'июн', 'haziran'],
  ['jul', 'июл', 'temmuz'], ['aug', 'август', 'ağustos'], ['sep', 'сентябр', 'eylül'],
  ['oct', 'октябр', 'ekim'], ['nov', 'ноябр', 'kasım'], ['dec', 'декабр', 'aralık'],
];

function monthOf(word: string): number | null {
  const lower = word.toLocaleLowerCase('tr');
  // "мая" and "май" only: "ма" alone is too short a stem to test first.
  if (/^ма[йя]$/.test(lower)) return 5;
  const i = MONTHS.findIndex((names) =>
    names.some((n) => n !== 'ма' && lower.startsWith(n.toLocaleLowerCase('tr'))),
  );
  return i >= 0 ? i + 1 : null;
}

/**
 * Selected words read as a date the archive stores: "14 марта 2025", "20 Mayıs 2025",
 * "3 June 2025", "June 3, 2025", "March 2025", or what the date field itself reads (2025-03-14).
 * Null when the words are no date.
 */
export function selectedDate(text: string): string | null {
  const typed = readDateInput(text);
  if (typed.complete && typed.value) return typed.value;
  const words = text.toLocaleLowerCase('tr').match(/\p{L}+|\d+/gu) ?? [];
  const year = words.find((w) => /^\d{4}$/.test(w));
  const day = words.find((w) => /^\d{1,2}$/.test(w));
  const month = words.map(monthOf).find((m) => m !== null);
  if (!year || !month) return null;
  const mm = String(month).padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}
