/**
 * The visits of a visits query laid out in time, for the timeline: every match at once, sorted by
 * start, as compact tuples (a list of 100,000 objects with repeated keys would weigh several
 * times more over IPC or HTTP), with the meeting dates of each visit and the events of the period.
 */
import type Database from 'better-sqlite3';
import type {
  ParsedQuery,
  TimelineData,
  TimelineEvent,
  TimelineVisit,
  VisitStatus,
  EventStatus,
} from '../api.js';
import { VISIT } from './timelineFields.js';
import { dateSpan } from '../values/dates.js';
import { ArchiveError } from '../errors.js';
import { compileQuery } from '../query/compileQuery.js';
import { oneSnapshot } from '../readers/oneSnapshot.js';
import { plannedQuery } from '../query/query.js';

/** More visits than a timeline can show apart; the rest is reported, not sent. */
export const TIMELINE_LIMIT = 250_000;

// In the order the rows are read back as arrays.
const VISIT_COLUMNS = [
  'id',
  'title',
  'city',
  'country',
  'traveller',
  'start_date',
  'end_date',
  'status',
];

type Raw = Record<string, string | null>;

/** The first day of a start and the last day of an end; a missing end is the start's own span. */
function span(start: string, end: string | null): { lo: string; hi: string; approx: 0 | 1 } {
  // Most dates are whole days: their span is themselves, with no parsing.
  if (start.length === 10 && (end === null || (end.length === 10 && end >= start))) {
    return { lo: start, hi: end ?? start, approx: 0 };
  }
  const s = dateSpan(start);
  const e = end ? dateSpan(end) : null;
  const lo = s?.lo ?? start;
  let hi = e?.hi ?? s?.hi ?? start;
  if (hi < lo) hi = s?.hi ?? lo;
  const approx = start.length < 10 || (end !== null && end.length < 10) ? 1 : 0;
  return { lo, hi, approx };
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
}

/**
 * The meeting dates of the given visits. Meeting rows are wide (notes, summaries), so reading
 * them costs the whole table; the (visit_id, date_lo) index holds all this needs, trashed
 * meetings included, and the few in the trash are taken back out through their own index.
 */
function meetingDates(db: Database.Database, ids: ReadonlySet<string>): Map<string, string[]> {
  const byVisit = new Map<string, string[]>();
  if (ids.size === 0) return byVisit;
  // One row per visit rather than per meeting: a tenth of the values to carry out of SQLite.
  const rows = db
    .prepare(
      `SELECT visit_id, group_concat(date_lo) FROM meetings INDEXED BY meetings_visit
       WHERE visit_id IS NOT NULL AND date_lo IS NOT NULL GROUP BY visit_id`,
    )
    .raw()
    .all() as [string, string][];
  const trashed = db
    .prepare(
      `SELECT visit_id, date_lo FROM meetings INDEXED BY meetings_trash
       WHERE deleted_at IS NOT NULL AND visit_id IS NOT NULL AND date_lo IS NOT NULL`,
    )
    .raw()
    .all() as [string, string][];
  const inTrash = new Map<string, number>();
  for (const [v, d] of trashed) {
    if (ids.has(v)) inTrash.set(`${v} ${d}`, (inTrash.get(`${v} ${d}`) ?? 0) + 1);
  }
  for (const [v, joined] of rows) {
    if (!ids.has(v)) continue;
    const days = joined.split(',');
    if (inTrash.size > 0) {
      for (let i = days.length - 1; i >= 0; i--) {
        const key = `${v} ${days[i]}`;
        const n = inTrash.get(key);
        if (!n) continue;
        inTrash.set(key, n - 1);
        days.splice(i, 1);
      }
    }
    if (days.length > 0) byVisit.set(v, days.sort());
  }
  return byVisit;
}

export function eventsBetween(db: Database.Database, lo: string, hi: string): TimelineEvent[] {
  const rows = db
    .prepare(
      `SELECT id, title, start_date, end_date, status FROM events
       WHERE deleted_at IS NULL AND start_date_lo IS NOT NULL AND start_date_lo <= ?
         AND coalesce(end_date_hi, start_date_hi) >= ?
       ORDER BY start_date_lo, rid`,
    )
    .all(hi, lo) as Raw[];
  return rows.map((r) => {
    const { lo: from, hi: to, approx } = span(r.start_date ?? '', r.end_date ?? null);
    return [r.id ?? '', r.title ?? '', from, to, approx, (r.status ?? 'planned') as EventStatus];
  });
}

/**
 * The timeline of the visits a query matches, whatever its limit, offset and sort: visits with
 * no start date cannot be placed and are counted apart.
 */
export function timeline(db: Database.Database, query: ParsedQuery): TimelineData {
  if (query.table !== 'visits') {
    throw new ArchiveError('invalid_input', 'errors.timeline.visitsOnly', { table: query.table });
  }
  // The query as asked is checked whole, so that a wrong sort or column is refused, not ignored.
  compileQuery(query);
  // The visits, their meetings' days and the events of their period, from one state.
  return oneSnapshot(db, () => readTimeline(db, query));
}

function readTimeline(db: Database.Database, query: ParsedQuery): TimelineData {
  const c = plannedQuery(db, {
    ...query,
    columns: VISIT_COLUMNS,
    sort: [{ field: 'start_date', dir: 'asc' }],
    limit: 1,
    offset: 0,
    withTotal: false,
  });
  // The compiled page ends with LIMIT ? OFFSET ?: the same statement, over every match.
  const params = [...c.params.slice(0, -2), TIMELINE_LIMIT + 1, 0];
  // Arrays rather than objects: the same values, without a key per value to build and drop.
  const rows = db
    .prepare(c.sql)
    .raw()
    .all(...params) as (string | null)[][];
  const truncated = rows.length > TIMELINE_LIMIT;
  if (truncated) rows.length = TIMELINE_LIMIT;

  const visits: TimelineVisit[] = [];
  let undated = 0;
  for (const [id, title, city, country, traveller, start, end, status] of rows) {
    if (!start) {
      undated += 1;
      continue;
    }
    const { lo, hi, approx } = span(start, end ?? null);
    visits.push([
      id ?? '',
      title ?? '',
      city ?? null,
      country ?? null,
      traveller ?? null,
      lo,
      hi,
      approx,
      (status ?? 'planned') as VisitStatus,
      [],
    ]);
  }
  const dates = meetingDates(db, new Set(visits.map((v) => v[VISIT.id])));
  for (const v of visits) {
    const days = dates.get(v[VISIT.id]);
    if (!days) continue;
    const lo = dayNumber(v[VISIT.lo]);
    v[VISIT.meetings] = days.map((d) => dayNumber(d) - lo);
  }

  const first = visits[0]?.[VISIT.lo];
  const last = visits.reduce((m, v) => (v[VISIT.hi] > m ? v[VISIT.hi] : m), first ?? '');
  const events = first ? eventsBetween(db, first, last) : [];
  return { visits, events, undated, truncated };
}
