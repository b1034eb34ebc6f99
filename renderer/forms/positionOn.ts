/** One of a person's positions, as the archive lists it. */
export interface HeldPosition {
  title: string;
  organisationId: string | null;
  organisation: string | null;
  start: string;
  end: string;
}

/** The first day a partial date covers, as text that sorts like a day: `2023` -> `2023-01-01`. */
const firstDay = (date: string) => (date + '-01-01').slice(0, 10);
/** The last day, enough to compare as text: `2023-02` -> `2023-02-31`. */
const lastDay = (date: string) => (date + '-12-31').slice(0, 10);

/**
 * The position a person held on a date of any precision: one whose period meets that date (an
 * empty start or end is open), the latest started when several do; null when none does or the
 * date is not known.
 */
export function positionOn(positions: readonly HeldPosition[], date: string): HeldPosition | null {
  if (!date) return null;
  const held = positions.filter(
    (p) =>
      (!p.start || firstDay(p.start) <= lastDay(date)) &&
      (!p.end || lastDay(p.end) >= firstDay(date)),
  );
  held.sort((a, b) => firstDay(b.start || '0000').localeCompare(firstDay(a.start || '0000')));
  return held[0] ?? null;
}
