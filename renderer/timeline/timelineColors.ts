import type { EventStatus, VisitStatus } from '../../db/api.js';

/** The timeline's colours, shared by the canvas, the SVG export and the legend. */
export const COLORS = {
  text: '#1d2330',
  muted: '#5b6474',
  grid: '#e3e7ee',
  laneA: '#ffffff',
  laneB: '#f6f8fb',
  line: '#b9c1cd',
  today: '#c2410c',
  cluster: '#2d3a52',
  meeting: '#ffffff',
} as const;

export const VISIT_COLORS: Record<VisitStatus, string> = {
  completed: '#1f5fbf',
  planned: '#0f8a6c',
  cancelled: '#9aa3af',
};

export const EVENT_COLORS: Record<EventStatus, string> = {
  held: '#7c3aed',
  planned: '#7c3aed',
  cancelled: '#9aa3af',
};
