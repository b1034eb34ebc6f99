// Russian releases may write their dates with dots, day first: «04.12.2026», «03.12.26», a
// period «30.11–03.12.2026» or «с 01.12 по 03.12.2026». They are written out in words
// («4 декабря 2026») so that the dateline and the date reader read them as any other date.

// prettier-ignore
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** «04.12» → «4 декабря», or null when it is no day of a month. */
function dayMonth(day: string, month: string): string | null {
  const d = Number(day);
  const name = MONTHS[Number(month) - 1];
  return name && d >= 1 && d <= 31 ? `${d} ${name}` : null;
}

// A dotted date with its year (four digits, or two after a two-digit day and month), never one
// with an hour after it (the page's stamp, «27.05.2026 15:20», which its own reader reads), and
// before it, it may be, a day and month alone joined to it by a dash, «по», «до» or «и».
const FULL = '(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{2})\\.(\\d{2})\\.(\\d{2})';
const DOTTED = new RegExp(
  `(?<![\\d.,])(?:(\\d{1,2})\\.(\\d{1,2})(\\s*[–—-]\\s*|\\s+(?:по|до|и)\\s+))?(?:${FULL})(?![\\d.,]?\\d)(?!,?\\s+\\d{1,2}:\\d{2})`,
  'gu',
);

/** The text with its dotted dates written in words. */
export function dottedDatesInWords(text: string): string {
  return text.replace(
    DOTTED,
    (
      all: string,
      d1?: string,
      m1?: string,
      to?: string,
      d2?: string,
      m2?: string,
      y4?: string,
      d2s?: string,
      m2s?: string,
      y2?: string,
    ) => {
      const end = dayMonth(d2 ?? d2s ?? '', m2 ?? m2s ?? '');
      if (!end) return all;
      const year = y4 ?? `20${y2}`;
      if (d1 === undefined || m1 === undefined || to === undefined) return `${end} ${year}`;
      const start = dayMonth(d1, m1);
      return start ? `${start}${to}${end} ${year}` : all;
    },
  );
}
