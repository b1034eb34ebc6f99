import { describe, expect, test } from 'vitest';
import type { TimelineData, TimelineVisit } from '../../db/api.js';
import { dayNumber } from '../timeline/days.js';
import { layoutLanes } from '../timeline/layoutLanes.js';
import { timelineFrame } from '../timeline/timelineFrame.js';

const visits: TimelineVisit[] = [
  ['a', 'Visit a', null, 'KZ', null, '2020-01-01', '2020-01-03', 0, 'completed', []],
];
const data: TimelineData = {
  visits,
  events: [['e', 'Forum', '2020-01-02', '2020-01-02', 0, 'held']],
  undated: 0,
  truncated: false,
};
const layout = layoutLanes(visits, 'one');

function labels(from: string, to: string): string[] {
  const view = { from: dayNumber(from), to: dayNumber(to), width: 1150 };
  return timelineFrame(data, layout, view, '2000-01-01').ticks.map((tick) => tick.label);
}

describe('timelineFrame', () => {
  test('the axis names years, months or days as the zoom narrows', () => {
    expect(labels('2000-01-01', '2020-01-01')).toContain('2010');
    expect(labels('2020-01-01', '2020-12-31')).toContain('Mar 2020');
    expect(labels('2020-01-01', '2020-01-15')).toContain('5 Jan 2020');
  });

  test('at the closest zoom, each day is named once', () => {
    const days = labels('2020-01-01', '2020-01-06');
    expect(days).toContain('3 Jan 2020');
    expect(new Set(days).size).toBe(days.length);
  });

  test('holds the marks and events in view, and today only when it is in view', () => {
    const view = { from: dayNumber('2019-12-01'), to: dayNumber('2020-02-01'), width: 1150 };
    const frame = timelineFrame(data, layout, view, '2020-01-10');
    expect(frame.marks).toHaveLength(1);
    expect(frame.events).toHaveLength(1);
    expect(frame.today).not.toBeNull();
    expect(timelineFrame(data, layout, view, '2021-01-01').today).toBeNull();
  });
});
