import { forwardRef } from 'react';
import { VISIT, type TimelineData } from '../../db/api.js';
import { countryName } from '../countryName.js';
import { formatDateRange } from '../formatDate.js';
import { t } from '../messages.js';
import { dayToDate } from './days.js';
import { markCount, type Mark } from './layoutMarks.js';

/** A visit as one line: title, place, dates, and "approximate" for a partial date. */
export function visitText(data: TimelineData, visit: number): string {
  const v = data.visits[visit];
  if (!v) return '';
  const place = [v[VISIT.city], countryName(v[VISIT.country])].filter(Boolean).join(', ');
  const dates =
    formatDateRange(v[VISIT.lo], v[VISIT.hi]) +
    (v[VISIT.approximate] ? ` (${t('timeline.approximate')})` : '');
  return [v[VISIT.title], place, dates].filter(Boolean).join(' · ');
}

export function tooltipText(mark: Mark, data: TimelineData): string {
  if (mark.items.length === 1) return visitText(data, mark.items[0]!.visit);
  if (mark.span) {
    const day = (d: number) => dayToDate(d).toISOString().slice(0, 10);
    return t('timeline.cluster', {
      count: markCount(mark),
      dates: formatDateRange(day(mark.span.lo), day(mark.span.hi - 1)),
    });
  }
  const first = data.visits[mark.items[0]!.visit];
  const last = data.visits[mark.items[mark.items.length - 1]!.visit];
  return t('timeline.cluster', {
    count: mark.items.length,
    dates: formatDateRange(first?.[VISIT.lo], last?.[VISIT.hi]),
  });
}

/** The hover card; filled by the canvas directly, so that hovering costs no React render. */
export const TimelineTooltip = forwardRef<HTMLDivElement>(function TimelineTooltip(_, ref) {
  return <div ref={ref} className="timeline-tooltip" role="tooltip" hidden />;
});
