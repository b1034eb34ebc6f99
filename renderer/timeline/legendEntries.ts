import { t } from '../messages.js';
import { COLORS, EVENT_COLORS, VISIT_COLORS } from './timelineColors.js';

export interface LegendEntry {
  label: string;
  /**
   * bar: a visit; dashed: a visit whose span is approximate; meeting: a bar with a meeting's
   * tick; diamond: an event (filled when held, outlined when planned); line: the today line.
   */
  shape: 'bar' | 'dashed' | 'meeting' | 'diamond' | 'line';
  fill: string;
  stroke: string;
}

/** The legend of the screen, the PNG and the SVG: one list, so they never disagree. */
export function legendEntries(): LegendEntry[] {
  const bar = (label: string, color: string): LegendEntry => ({
    label,
    shape: 'bar',
    fill: color,
    stroke: color,
  });
  return [
    bar(t('status.completed'), VISIT_COLORS.completed),
    bar(t('status.planned'), VISIT_COLORS.planned),
    bar(t('status.cancelled'), VISIT_COLORS.cancelled),
    {
      label: t('timeline.legend.approximate'),
      shape: 'dashed',
      fill: '#b4c9ea',
      stroke: VISIT_COLORS.completed,
    },
    {
      label: t('timeline.legend.meeting'),
      shape: 'meeting',
      fill: VISIT_COLORS.completed,
      stroke: COLORS.meeting,
    },
    bar(t('timeline.legend.cluster'), COLORS.cluster),
    {
      label: t('timeline.legend.eventHeld'),
      shape: 'diamond',
      fill: EVENT_COLORS.held,
      stroke: EVENT_COLORS.held,
    },
    {
      label: t('timeline.legend.eventPlanned'),
      shape: 'diamond',
      fill: '#ffffff',
      stroke: EVENT_COLORS.planned,
    },
    { label: t('timeline.legend.today'), shape: 'line', fill: COLORS.today, stroke: COLORS.today },
  ];
}
