const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T)/;

/**
 * A stored date as the tables show it, keeping its precision: `2021-02-22` -> `22 Feb 2021`,
 * `2023-09` -> `Sep 2023`, `2023` -> `2023`; anything else as written.
 */
export function shownDate(value: string): string {
  const match = PARTIAL.exec(value);
  if (!match) return value;
  const [, year = '', month, day] = match;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!month) return year;
  if (!name) return value;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** A status as the tables show it (`planned` -> `Planned`); import reads it in any case. */
export function shownChoice(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
