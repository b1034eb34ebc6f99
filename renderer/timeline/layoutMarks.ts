import type { Layout, Placed } from './layoutLanes.js';

/** A bar narrower than this cannot be told apart from its neighbour closer than MIN_GAP_PX. */
export const MIN_BAR_PX = 6;
/** Small bars closer than this many pixels are drawn as one mark with a count. */
export const MIN_GAP_PX = 3;

/** What is drawn for one row at one zoom: a visit's bar, or a cluster of visits too close to part. */
export interface Mark {
  lane: number;
  row: number;
  x0: number;
  x1: number;
  /** The visits the mark stands for, in start order; one for a plain bar. */
  items: Placed[];
  /** A mark drawn from the summary, before its visits are known: how many, and their period. */
  count?: number;
  span?: { lo: number; hi: number };
}

/** How many visits a mark stands for. */
export function markCount(mark: Mark): number {
  return mark.count ?? mark.items.length;
}

/** The first index of a sorted row whose start is at least `day`. */
function lowerBound(row: readonly Placed[], day: number): number {
  let a = 0;
  let b = row.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (row[m]!.lo < day) a = m + 1;
    else b = m;
  }
  return a;
}

/**
 * The marks of the visible period [from, to) in days, with `x(day)` mapping days to pixels: only
 * the visible part of each row is read, so that the cost follows the screen, not the archive.
 */
export function layoutMarks(
  layout: Layout,
  from: number,
  to: number,
  x: (day: number) => number,
): Mark[] {
  const marks: Mark[] = [];
  layout.lanes.forEach((lane, laneIndex) => {
    lane.byRow.forEach((row, rowIndex) => {
      const start = lowerBound(row, from - (lane.longest[rowIndex] ?? 0));
      let current: Mark | null = null;
      for (let i = start; i < row.length; i++) {
        const p = row[i]!;
        if (p.lo >= to) break;
        if (p.hi <= from) continue;
        const x0 = x(p.lo);
        const x1 = Math.max(x(p.hi), x0 + 1);
        const small =
          current !== null &&
          (x1 - x0 < MIN_BAR_PX ||
            current.items.length > 1 ||
            current.x1 - current.x0 < MIN_BAR_PX);
        if (current && small && x0 - current.x1 < MIN_GAP_PX) {
          current.x1 = Math.max(current.x1, x1);
          current.items.push(p);
        } else {
          current = { lane: laneIndex, row: rowIndex, x0, x1, items: [p] };
          marks.push(current);
        }
      }
    });
  });
  return marks;
}
