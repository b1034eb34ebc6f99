import { EVENT, VISIT, type TimelineData } from '../../db/api.js';
import { markCount } from './layoutMarks.js';
import type { Frame } from './timelineFrame.js';
import { COLORS, EVENT_COLORS, VISIT_COLORS } from './timelineColors.js';
import { AXIS_HEIGHT, EVENTS_HEIGHT, LABEL_WIDTH, ROW_HEIGHT, rowTop } from './timelineGeometry.js';

const FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Meetings are drawn once a day is this wide: below, their ticks would fill the bar. */
export const MEETING_MIN_DAY_PX = 4;

function drawLanes(ctx: CanvasRenderingContext2D, frame: Frame): void {
  frame.boxes.forEach((box, i) => {
    ctx.fillStyle = i % 2 ? COLORS.laneB : COLORS.laneA;
    ctx.fillRect(0, box.top, frame.width, box.height);
  });
  ctx.strokeStyle = COLORS.grid;
  ctx.beginPath();
  for (const tick of frame.ticks) {
    ctx.moveTo(Math.round(tick.x) + 0.5, AXIS_HEIGHT);
    ctx.lineTo(Math.round(tick.x) + 0.5, frame.height);
  }
  ctx.stroke();
}

function drawBars(ctx: CanvasRenderingContext2D, frame: Frame, data: TimelineData): void {
  const dayPx = frame.x(1) - frame.x(0);
  ctx.textBaseline = 'middle';
  for (const mark of frame.marks) {
    const box = frame.boxes[mark.lane];
    if (!box) continue;
    const y = rowTop(box, mark.row);
    const w = Math.max(1, mark.x1 - mark.x0);
    const first = mark.items.length === 1 ? data.visits[mark.items[0]!.visit] : undefined;
    if (!first) {
      ctx.fillStyle = COLORS.cluster;
      ctx.fillRect(mark.x0, y, w, ROW_HEIGHT);
      const label = String(markCount(mark));
      if (ctx.measureText(label).width + 4 <= w) {
        ctx.fillStyle = '#ffffff';
        ctx.fillText(label, mark.x0 + 2, y + ROW_HEIGHT / 2);
      }
      continue;
    }
    ctx.fillStyle = VISIT_COLORS[first[VISIT.status]];
    ctx.globalAlpha = first[VISIT.approximate] ? 0.45 : 1;
    ctx.fillRect(mark.x0, y, w, ROW_HEIGHT);
    ctx.globalAlpha = 1;
    if (first[VISIT.approximate]) {
      // A partial date: the span is where the visit may lie, outlined dashed.
      ctx.setLineDash([3, 2]);
      ctx.strokeStyle = VISIT_COLORS[first[VISIT.status]];
      ctx.strokeRect(mark.x0 + 0.5, y + 0.5, w - 1, ROW_HEIGHT - 1);
      ctx.setLineDash([]);
    }
    if (dayPx >= MEETING_MIN_DAY_PX) {
      ctx.fillStyle = COLORS.meeting;
      const lo = mark.items[0]!.lo;
      for (const day of first[VISIT.meetings]) {
        const mx = frame.x(lo + day + 0.5);
        ctx.fillRect(mx - 1, y + 3, 2, ROW_HEIGHT - 6);
      }
    }
  }
}

function drawEvents(ctx: CanvasRenderingContext2D, frame: Frame, data: TimelineData): void {
  const cy = AXIS_HEIGHT + EVENTS_HEIGHT / 2;
  for (const { x, event } of frame.events) {
    const status = data.events[event]![EVENT.status];
    ctx.beginPath();
    ctx.moveTo(x, cy - 5);
    ctx.lineTo(x + 5, cy);
    ctx.lineTo(x, cy + 5);
    ctx.lineTo(x - 5, cy);
    ctx.closePath();
    // Held events are filled; planned ones are only outlined, as they may yet change.
    if (status === 'held') {
      ctx.fillStyle = EVENT_COLORS.held;
      ctx.fill();
    } else {
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.strokeStyle = EVENT_COLORS[status];
      ctx.stroke();
    }
  }
}

function drawAxisAndLabels(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  labels: readonly string[],
): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, frame.width, AXIS_HEIGHT);
  ctx.fillRect(0, 0, LABEL_WIDTH, frame.height);
  ctx.fillStyle = COLORS.text;
  ctx.textBaseline = 'middle';
  for (const tick of frame.ticks) {
    if (tick.x >= LABEL_WIDTH) ctx.fillText(tick.label, tick.x + 3, AXIS_HEIGHT / 2);
  }
  ctx.strokeStyle = COLORS.line;
  ctx.beginPath();
  ctx.moveTo(0, AXIS_HEIGHT + 0.5);
  ctx.lineTo(frame.width, AXIS_HEIGHT + 0.5);
  ctx.moveTo(LABEL_WIDTH - 0.5, 0);
  ctx.lineTo(LABEL_WIDTH - 0.5, frame.height);
  ctx.stroke();
  frame.boxes.forEach((box, i) => {
    ctx.fillText(labels[i] ?? '', 6, box.top + 6 + ROW_HEIGHT / 2, LABEL_WIDTH - 12);
  });
}

/** Paints a frame, scaled for the screen's pixel density by the caller's transform. */
export function drawTimeline(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  data: TimelineData,
  labels: readonly string[],
): void {
  ctx.font = FONT;
  ctx.clearRect(0, 0, frame.width, frame.height);
  drawLanes(ctx, frame);
  drawEvents(ctx, frame, data);
  drawBars(ctx, frame, data);
  if (frame.today !== null) {
    ctx.fillStyle = COLORS.today;
    ctx.fillRect(Math.round(frame.today) - 1, AXIS_HEIGHT, 2, frame.height - AXIS_HEIGHT);
  }
  drawAxisAndLabels(ctx, frame, labels);
}
