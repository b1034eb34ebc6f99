import type { Layout } from './layoutLanes.js';

/** Sizes of the drawing in CSS pixels. */
export const LABEL_WIDTH = 150;
export const AXIS_HEIGHT = 26;
export const EVENTS_HEIGHT = 18;
export const ROW_HEIGHT = 12;
export const ROW_GAP = 3;
export const LANE_PAD = 6;

export interface LaneBox {
  top: number;
  height: number;
}

/** Where each lane sits, top to bottom, below the axis and the events band. */
export function laneBoxes(layout: Layout): { boxes: LaneBox[]; height: number } {
  let top = AXIS_HEIGHT + EVENTS_HEIGHT;
  const boxes = layout.lanes.map((lane) => {
    const height = LANE_PAD * 2 + Math.max(1, lane.rows) * (ROW_HEIGHT + ROW_GAP) - ROW_GAP;
    const box = { top, height };
    top += height;
    return box;
  });
  return { boxes, height: top + 1 };
}

export function rowTop(box: LaneBox, row: number): number {
  return box.top + LANE_PAD + row * (ROW_HEIGHT + ROW_GAP);
}

/** The lane and row under a height, or null between rows. */
export function rowAt(boxes: readonly LaneBox[], y: number): { lane: number; row: number } | null {
  const lane = boxes.findIndex((b) => y >= b.top && y < b.top + b.height);
  if (lane < 0) return null;
  const offset = y - boxes[lane]!.top - LANE_PAD;
  const row = Math.floor(offset / (ROW_HEIGHT + ROW_GAP));
  if (offset < 0 || offset - row * (ROW_HEIGHT + ROW_GAP) > ROW_HEIGHT) return null;
  return { lane, row };
}
