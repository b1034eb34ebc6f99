import { scaleUtc } from 'd3-scale';
import { EVENT, type TimelineData } from '../../db/api.js';
import { formatDate } from '../formatDate.js';
import { dateToDay, dayNumber, dayToDate } from './days.js';
import type { Layout } from './layoutLanes.js';
import { layoutMarks, type Mark } from './layoutMarks.js';
import { summaryMarks, type SummaryLanes } from './summaryLanes.js';
import { LABEL_WIDTH, laneBoxes, type LaneBox } from './timelineGeometry.js';

export interface Tick {
  x: number;
  label: string;
}

export interface EventMark {
  x: number;
  event: number;
}

/** Everything one picture of the timeline shows, computed once and drawn to canvas or SVG. */
export interface Frame {
  width: number;
  height: number;
  /** The visible period in days, [from, to). */
  from: number;
  to: number;
  x: (day: number) => number;
  boxes: LaneBox[];
  marks: Mark[];
  events: EventMark[];
  ticks: Tick[];
  /** Where today falls, or null when it is out of view. */
  today: number | null;
}

/** How precisely tick labels are written, from the distance between two ticks. */
function tickText(date: Date, stepDays: number): string {
  const iso = date.toISOString();
  if (stepDays >= 365) return iso.slice(0, 4);
  if (stepDays >= 28) return formatDate(iso.slice(0, 7));
  return formatDate(iso.slice(0, 10));
}

// A gesture paints sixty frames a second over the same lanes and events: their layout is kept.
const boxCache = new WeakMap<Layout, ReturnType<typeof laneBoxes>>();
const eventCache = new WeakMap<TimelineData['events'], number[]>();

function boxesOf(layout: Layout): ReturnType<typeof laneBoxes> {
  let boxes = boxCache.get(layout);
  if (!boxes) boxCache.set(layout, (boxes = laneBoxes(layout)));
  return boxes;
}

function eventDays(data: TimelineData): number[] {
  let days = eventCache.get(data.events);
  if (!days) eventCache.set(data.events, (days = data.events.map((e) => dayNumber(e[EVENT.lo]))));
  return days;
}

export function timelineFrame(
  data: TimelineData,
  layout: Layout,
  view: { from: number; to: number; width: number },
  todayIso: string,
  /** Drawn instead of the visits, where they have not been fetched for the view. */
  summary?: SummaryLanes | null,
): Frame {
  const { from, to, width } = view;
  const k = (width - LABEL_WIDTH) / (to - from);
  const x = (day: number) => LABEL_WIDTH + (day - from) * k;
  const { boxes, height } = boxesOf(layout);
  const marks = summary ? summaryMarks(summary, from, to, x) : layoutMarks(layout, from, to, x);

  const time = scaleUtc()
    .domain([dayToDate(from), dayToDate(to)])
    .range([LABEL_WIDTH, width]);
  // Hours are finer than any date in the archive: at the closest zoom, only midnights are marked.
  const dates = time
    .ticks(Math.max(2, Math.floor((width - LABEL_WIDTH) / 110)))
    .filter((d) => d.getUTCHours() === 0);
  const step = dates.length > 1 ? dateToDay(dates[1]!) - dateToDay(dates[0]!) : to - from;
  const ticks = dates.map((d) => ({ x: x(dateToDay(d)), label: tickText(d, step) }));

  const events: EventMark[] = [];
  eventDays(data).forEach((lo, i) => {
    if (lo >= from && lo < to) events.push({ x: x(lo + 0.5), event: i });
  });
  const today = dayNumber(todayIso);
  return {
    width,
    height,
    from,
    to,
    x,
    boxes,
    marks,
    events,
    ticks,
    today: today >= from && today < to ? x(today) : null,
  };
}
