import { t } from '../messages.js';
import { COLORS, EVENT_COLORS, VISIT_COLORS } from './timelineColors.js';

export interface LegendEntry {
  label: string;
  shape: 'bar' | 'diamond' | 'line';
  fill: string;
  stroke: string;
}

/** The legend of the screen, the PNG and the SVG: one list, so they never disagree. */
export function legendEntries(): LegendEntry[] {
  return [
    {
      label: t('status.completed'),
      shape: 'bar',
      fill: VISIT_COLORS.completed,
      stroke: VISIT_COLORS.completed,
    },
    {
      label: t('status.planned'),
      shape: 'bar',
      fill: VISIT_COLORS.planned,
      stroke: VISIT_COLORS.planned,
    },
    {
      label: t('status.cancelled'),
      shape: 'bar',
      fill: VISIT_COLORS.cancelled,
      stroke: VISIT_COLORS.cancelled,
    },
    {
      label: t('timeline.legend.approximate'),
      shape: 'bar',
      fill: '#b4c9ea',
      stroke: VISIT_COLORS.completed,
    },
    {
      label: t('timeline.legend.cluster'),
      shape: 'bar',
      fill: COLORS.cluster,
      stroke: COLORS.cluster,
    },
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
