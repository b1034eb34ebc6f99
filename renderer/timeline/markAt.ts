import type { Mark } from './layoutMarks.js';
import type { Frame } from './timelineFrame.js';
import { rowAt } from './timelineGeometry.js';

/** A row's marks in drawing order (by start), with the furthest end reached so far at each. */
interface RowIndex {
  marks: Mark[];
  reach: number[];
}

const indexes = new WeakMap<Frame, Map<string, RowIndex>>();

/** Built on the first pointer move over a frame, not while a gesture paints frames. */
function rowsOf(frame: Frame): Map<string, RowIndex> {
  let rows = indexes.get(frame);
  if (rows) return rows;
  rows = new Map();
  for (const mark of frame.marks) {
    const key = `${mark.lane} ${mark.row}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { marks: [], reach: [] }));
    row.reach.push(Math.max(row.reach.at(-1) ?? -Infinity, mark.x1));
    row.marks.push(mark);
  }
  indexes.set(frame, rows);
  return rows;
}

/**
 * The mark under a point, give or take a pixel, or null: the first drawn there, as a linear search
 * of the frame's marks would find it, in a binary search of its row.
 */
export function markAt(frame: Frame | null, x: number, y: number): Mark | null {
  if (!frame) return null;
  const at = rowAt(frame.boxes, y);
  if (!at) return null;
  const row = rowsOf(frame).get(`${at.lane} ${at.row}`);
  if (!row) return null;
  // The first mark whose row has reached x by its end: no mark before it can hold x.
  let a = 0;
  let b = row.marks.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (row.reach[m]! + 1 < x) a = m + 1;
    else b = m;
  }
  for (let i = a; i < row.marks.length; i++) {
    const mark = row.marks[i]!;
    if (mark.x0 - 1 > x) break;
    if (x <= mark.x1 + 1) return mark;
  }
  return null;
}
