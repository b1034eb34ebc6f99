import type { TimelineSummary } from '../../db/api.js';
import { dayNumber } from './days.js';
import { laneOrder, type LaneMode } from './layoutLanes.js';
import { MIN_BAR_PX, type Mark } from './layoutMarks.js';
import { regionOf } from './regions.js';

/** The visits that start in one lane and period, as a half-open span of days. */
export interface SummaryCell {
  lo: number;
  hi: number;
  count: number;
}

/** A summary in the timeline's units: lanes in the order drawn, each with its cells by start. */
export interface SummaryLanes {
  keys: string[];
  cells: SummaryCell[][];
  /** The whole period in days, [first, last); NaN when nothing is dated. */
  first: number;
  last: number;
  total: number;
}

/** The day after a period: '2021-02' ends where March begins, '2021' where 2022 does. */
function periodEnd(period: string): number {
  const y = Number(period.slice(0, 4));
  if (period.length === 4) return dayNumber(`${y + 1}-01-01`);
  const m = Number(period.slice(5, 7));
  return m === 12
    ? dayNumber(`${y + 1}-01-01`)
    : dayNumber(`${y}-${String(m + 1).padStart(2, '0')}-01`);
}

/** The lane of a summary cell for a lane mode: regions gather the cells of their countries. */
function laneOf(key: string, mode: LaneMode): string {
  return mode === 'region' ? regionOf(key || null) : mode === 'one' ? '' : key;
}

export function summaryLanes(
  summary: TimelineSummary,
  mode: LaneMode,
  label: (key: string) => string = (key) => key,
): SummaryLanes {
  const byLane = new Map<string, Map<string, SummaryCell>>();
  for (const [key, period, count] of summary.cells) {
    const lane = laneOf(key, mode);
    let cells = byLane.get(lane);
    if (!cells) byLane.set(lane, (cells = new Map()));
    const cell = cells.get(period);
    if (cell) cell.count += count;
    else cells.set(period, { lo: dayNumber(period), hi: periodEnd(period), count });
  }
  const keys = laneOrder(mode, [...byLane.keys()], label);
  const cells = keys.map((key) => [...byLane.get(key)!.values()].sort((a, b) => a.lo - b.lo));
  return {
    keys,
    cells,
    first: summary.first ? dayNumber(summary.first) : NaN,
    last: summary.last ? dayNumber(summary.last) + 1 : NaN,
    total: summary.total,
  };
}

/** How many visits start in [from, to), counting each cell that overlaps it whole. */
export function countBetween(lanes: SummaryLanes, from: number, to: number): number {
  let n = 0;
  for (const row of lanes.cells) for (const c of row) if (c.hi > from && c.lo < to) n += c.count;
  return n;
}

/**
 * The marks of the summary in view: one per cell, and neighbouring cells too narrow to tell
 * apart drawn as one, so that a decade of months at the fitted zoom stays a few hundred marks.
 */
export function summaryMarks(
  lanes: SummaryLanes,
  from: number,
  to: number,
  x: (day: number) => number,
): Mark[] {
  const marks: Mark[] = [];
  lanes.cells.forEach((row, lane) => {
    let current: Mark | null = null;
    for (const c of row) {
      if (c.hi <= from || c.lo >= to) continue;
      const x0 = x(c.lo);
      const x1 = Math.max(x(c.hi) - 1, x0 + 1);
      if (current && current.x1 - current.x0 < MIN_BAR_PX && x0 - current.x1 <= 1) {
        current.x1 = x1;
        current.count = (current.count ?? 0) + c.count;
        current.span = { lo: current.span?.lo ?? c.lo, hi: c.hi };
      } else {
        current = { lane, row: 0, x0, x1, items: [], count: c.count, span: { lo: c.lo, hi: c.hi } };
        marks.push(current);
      }
    }
  });
  return marks;
}
