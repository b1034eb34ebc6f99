import { countBetween, type SummaryLanes } from './summaryLanes.js';

/** Visits a view fetches and draws one by one at most; beyond, it draws the summary's counts. */
export const DETAIL_MOST = 4000;
/** How far before a period a visit may start and still reach into it, in days. */
export const REACH_BACK_DAYS = 62;

/** A period of days, [from, to). */
export interface DayRange {
  from: number;
  to: number;
}

/**
 * The period whose visits to fetch for a view, or null to keep drawing counts: the view widened by
 * its own width on each side, so that a small pan needs nothing new, or the view alone when the
 * wider period holds too many visits.
 */
export function detailRange(lanes: SummaryLanes, view: DayRange): DayRange | null {
  const w = view.to - view.from;
  const wide = { from: view.from - w, to: view.to + w };
  if (countBetween(lanes, wide.from - REACH_BACK_DAYS, wide.to) <= DETAIL_MOST) return wide;
  if (countBetween(lanes, view.from - REACH_BACK_DAYS, view.to) <= DETAIL_MOST) return view;
  return null;
}

/** True when the visits fetched for `held` are all a view of `view` needs. */
export function covers(held: DayRange | null, view: DayRange): boolean {
  return held !== null && held.from <= view.from && view.to <= held.to;
}
