// Month names as releases write them with a day: English, Russian (genitive, "5 июня") and
// Turkish ("5 Haziran"). Each list is in calendar order.
// prettier-ignore
const NAMES = [
  ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
] as const;

const NUMBER = new Map<string, number>(
  NAMES.flatMap((list) => list.map((name, i) => [name.toLocaleLowerCase('tr'), i + 1] as const)),
);

/** A capturing group for any month name, longest first. */
export const MONTH = `(${[...NAMES.flat()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`;

/** The month's number (1–12) of a name of MONTH, or 0. */
export function monthNumber(name: string): number {
  return NUMBER.get(name.toLocaleLowerCase('tr')) ?? 0;
}
