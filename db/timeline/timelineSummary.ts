/**
 * A visits query summed up for the timeline's first picture: how many visits start in each lane
 * and month, and the period they cover. SQLite counts them from the start-date indexes, so that
 * the answer is a few KB and a few milliseconds whatever the archive holds; the visits themselves
 * are asked for (`timeline`) only for the period a reader zooms into.
 */
import type Database from 'better-sqlite3';
import type { ParsedQuery, TimelineSummary, TimelineSummaryInputSchema } from '../api.js';
import { compileQuery } from '../query/compileQuery.js';
import { ArchiveError } from '../errors.js';
import { fieldSql } from '../query/fields.js';
import { oneSnapshot } from '../readers/oneSnapshot.js';
import { plannedQuery } from '../query/query.js';
import type { z } from 'zod';
import { eventsBetween } from './timeline.js';

/** More cells than this are summed by year instead of by month, to keep the answer small. */
export const SUMMARY_MOST_CELLS = 2000;
/** More events than this are left to the visits of a period, which bring their own. */
export const SUMMARY_MOST_EVENTS = 200;

const LIVE = 't.deleted_at IS NULL';
/** Without filters, the counts come from an index that holds lane and start alone. */
const COUNT_INDEX: Record<string, string> = {
  one: 'visits_start',
  country: 'visits_country_start',
};
const YEAR_DAYS = 366;

/** The summary's input as the API parsed it: its query checked, its lanes filled in. */
export type ParsedSummaryInput = z.output<typeof TimelineSummaryInputSchema>;
type Lanes = ParsedSummaryInput['lanes'];

const LANE_SQL: Record<Lanes, string> = {
  one: "''",
  country: `coalesce(${fieldSql('visits', 'country')?.select ?? 't.country'}, '')`,
  traveller: `coalesce(${fieldSql('visits', 'traveller')?.select ?? 'NULL'}, '')`,
};

type Cell = [lane: string, period: string, count: number];

function byYear(cells: readonly Cell[]): Cell[] {
  const sums = new Map<string, Cell>();
  for (const [lane, month, count] of cells) {
    const key = `${lane}\u0000${month.slice(0, 4)}`;
    const cell = sums.get(key);
    if (cell) cell[2] += count;
    else sums.set(key, [lane, month.slice(0, 4), count]);
  }
  return [...sums.values()];
}

/**
 * The last day of the latest end, from the latest start (`lastStart`). A date's span is a year at
 * most, so the visit that ends last starts, or ends, within a year of the latest of either: only
 * those are read, through the start and end indexes, rather than every row.
 */
function lastDay(
  db: Database.Database,
  where: string,
  params: readonly unknown[],
  lastStart: string,
): string {
  const lastEnd = (
    db
      .prepare(`SELECT max(t.end_date_lo) FROM visits t WHERE ${where}`)
      .raw()
      .get(...params) as [string | null]
  )[0];
  const since = (iso: string) =>
    new Date(Date.parse(iso) - YEAR_DAYS * 86_400_000).toISOString().slice(0, 10);
  // Each through its own index where the query keeps to live visits (the indexes are partial).
  const live = where.startsWith(LIVE);
  const latest = (index: string, column: string, from: string) =>
    (
      db
        .prepare(
          `SELECT max(max(coalesce(t.end_date_hi, t.start_date_hi), t.start_date_hi))
           FROM visits t ${live ? `INDEXED BY ${index}` : ''} WHERE ${where} AND t.${column} >= ?`,
        )
        .raw()
        .get(...params, from) as [string | null]
    )[0];
  const byStart = latest('visits_start', 'start_date_lo', since(lastStart));
  const byEnd = lastEnd ? latest('visits_end', 'end_date_lo', since(lastEnd)) : null;
  const row = [byStart && byEnd ? (byStart > byEnd ? byStart : byEnd) : (byStart ?? byEnd)];
  return row[0] ?? lastStart;
}

export function timelineSummary(db: Database.Database, input: ParsedSummaryInput): TimelineSummary {
  const { query } = input;
  if (query.table !== 'visits') {
    throw new ArchiveError('invalid_input', 'errors.timeline.visitsOnly', { table: query.table });
  }
  const counted = { ...query, limit: 1, offset: 0, withTotal: false };
  // Checked before the snapshot begins, so that a refused query runs nothing.
  compileQuery(counted);
  // The counts, the last day and the events of the period, from one state.
  return oneSnapshot(db, () => summarise(db, counted, input.lanes));
}

/** One lane's visits starting in one month (null: no start date), with the earliest and latest start. */
type Row = [
  lane: string,
  month: string | null,
  count: number,
  lo: string | null,
  hi: string | null,
];

/**
 * The whole archive in lanes of one or of countries: from the counts the triggers keep
 * (visitMonthCounts.ts), and the first and latest start from the start-date index.
 */
function keptRows(db: Database.Database, lanes: 'one' | 'country'): Row[] {
  const cells = db
    .prepare(
      lanes === 'country'
        ? 'SELECT country, month, visits FROM visit_month_counts'
        : "SELECT '', month, sum(visits) FROM visit_month_counts GROUP BY month",
    )
    .raw()
    .all() as [string, string, number][];
  const [first, latest] = db
    .prepare(
      `SELECT min(start_date_lo), max(start_date_lo) FROM visits t INDEXED BY visits_start WHERE ${LIVE}`,
    )
    .raw()
    .get() as [string | null, string | null];
  // Every dated cell carries the archive's bounds: the caller keeps the least and the most.
  return cells.map(([lane, month, count]) =>
    month === '' ? [lane, null, count, null, null] : [lane, month, count, first, latest],
  );
}

function summarise(db: Database.Database, query: ParsedQuery, lanes: Lanes): TimelineSummary {
  const c = plannedQuery(db, query);
  // The count statement's conditions are the query's own: the summary counts what a list shows.
  const where = c.countSql.slice(c.countSql.indexOf(' WHERE ') + ' WHERE '.length);
  const params = c.countParams;
  const index = where === LIVE ? COUNT_INDEX[lanes] : undefined;
  const rows: Row[] =
    where === LIVE && lanes !== 'traveller'
      ? keptRows(db, lanes)
      : (db
          .prepare(
            `SELECT ${LANE_SQL[lanes]}, substr(t.start_date_lo, 1, 7), count(*),
               min(t.start_date_lo), max(t.start_date_lo)
             FROM visits t ${index ? `INDEXED BY ${index}` : ''} WHERE ${where} GROUP BY 1, 2`,
          )
          .raw()
          .all(...params) as Row[]);

  let cells: Cell[] = [];
  let undated = 0;
  let total = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const [lane, month, count, lo, hi] of rows) {
    if (month === null || lo === null) {
      undated += count;
      continue;
    }
    total += count;
    cells.push([lane, month, count]);
    if (first === null || lo < first) first = lo;
    if (last === null || (hi ?? lo) > last) last = hi ?? lo;
  }
  if (last !== null) last = lastDay(db, where, params, last);
  const period = cells.length > SUMMARY_MOST_CELLS ? 'year' : 'month';
  if (period === 'year') cells = byYear(cells);
  cells.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  const all = first && last ? eventsBetween(db, first, last) : [];
  const events = all.length <= SUMMARY_MOST_EVENTS ? all : [];
  return { period, first, last, total, undated, cells, events };
}
