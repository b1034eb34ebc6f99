const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day (`2023-09-19`): the timeline's unit, cheap to compare. */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) || 1;
  const d = Number(iso.slice(8, 10)) || 1;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function dayToDate(day: number): Date {
  return new Date(day * DAY_MS);
}

export function dateToDay(date: Date): number {
  return date.getTime() / DAY_MS;
}
