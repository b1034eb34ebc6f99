/** The timeline: visits in time order, and their summary by lane and period. */
import * as z from 'zod';
import { QuerySchema } from './query.js';
import type { EventStatus, VisitStatus } from './tables.js';

/**
 * One visit on the timeline, as a tuple to keep 100,000 of them small: id, title, city, country,
 * traveller, first day (lo), last day (hi), 1 when a partial date makes the span approximate,
 * status, and the days of its meetings, counted from the visit's first day (0 is that day).
 * Code reads it by the names in VISIT (db/timeline/timelineFields.ts).
 */
export type TimelineVisit = [
  id: string,
  title: string,
  city: string | null,
  country: string | null,
  traveller: string | null,
  lo: string,
  hi: string,
  approximate: 0 | 1,
  status: VisitStatus,
  meetings: number[],
];

/** One event of the timeline's period: id, title, first day, last day, approximate, status. */
export type TimelineEvent = [
  id: string,
  title: string,
  lo: string,
  hi: string,
  approximate: 0 | 1,
  status: EventStatus,
];

export interface TimelineData {
  /** The visits the query matches that have a start date, sorted by it. */
  visits: TimelineVisit[];
  /** Events that overlap the period of those visits. */
  events: TimelineEvent[];
  /** Matching visits without a start date, which cannot be placed. */
  undated: number;
  /** True when more visits matched than the timeline sends. */
  truncated: boolean;
}

export const TIMELINE_SUMMARY_LANES = ['one', 'country', 'traveller'] as const;

export const TimelineSummaryInputSchema = z.strictObject({
  query: QuerySchema,
  /** What a lane stands for: one lane, a country, or a traveller (regions group countries). */
  lanes: z.enum(TIMELINE_SUMMARY_LANES).default('country'),
});
export type TimelineSummaryInput = z.input<typeof TimelineSummaryInputSchema>;

/** How many visits start in one lane (its key, '' when unknown) and one month or year. */
export type TimelineCell = [lane: string, period: string, count: number];

/** A visits query counted by lane and period: the timeline's first picture, in a few KB. */
export interface TimelineSummary {
  /** Cells are months ('2021-02') or, for a long period with many lanes, years ('2021'). */
  period: 'month' | 'year';
  /** The first day of the earliest start and the last day of the latest end, or null if none. */
  first: string | null;
  last: string | null;
  /** Matching visits with a start date. */
  total: number;
  /** Matching visits without a start date, which cannot be placed. */
  undated: number;
  /** Sorted by lane, then period. */
  cells: TimelineCell[];
  /** Events that overlap the period, when there are 200 at most; else none (`timeline` has them). */
  events: TimelineEvent[];
}
