import { describe, expect, test } from 'vitest';
import type { TimelineSummary } from '../../db/api.js';
import { dayNumber } from '../timeline/days.js';
import { covers, detailRange, DETAIL_MOST } from '../timeline/detailRange.js';
import type { Mark } from '../timeline/layoutMarks.js';
import { markAt } from '../timeline/markAt.js';
import { countBetween, summaryLanes, summaryMarks } from '../timeline/summaryLanes.js';
import type { Frame } from '../timeline/timelineFrame.js';
import { laneBoxes, rowTop, ROW_HEIGHT } from '../timeline/timelineGeometry.js';

const summary: TimelineSummary = {
  period: 'month',
  first: '2021-01-05',
  last: '2021-12-20',
  total: 9,
  undated: 1,
  cells: [
    ['KZ', '2021-01', 2],
    ['KZ', '2021-12', 1],
    ['KR', '2021-02', 4],
    ['', '2021-03', 2],
  ],
  events: [],
};

describe('summaryLanes', () => {
  test('places each month as its days, lanes ordered by name with the unknown last', () => {
    const lanes = summaryLanes(
      summary,
      'country',
      (k) => ({ KZ: 'Kazakhstan', KR: 'Korea' })[k] ?? k,
    );
    expect(lanes.keys).toEqual(['KZ', 'KR', '']);
    expect(lanes.cells[0]).toEqual([
      { lo: dayNumber('2021-01-01'), hi: dayNumber('2021-02-01'), count: 2 },
      { lo: dayNumber('2021-12-01'), hi: dayNumber('2022-01-01'), count: 1 },
    ]);
    expect(lanes.first).toBe(dayNumber('2021-01-05'));
    expect(lanes.last).toBe(dayNumber('2021-12-21'));
  });

  test('one lane adds every lane up, month by month', () => {
    const lanes = summaryLanes(
      { ...summary, cells: [...summary.cells, ['KR', '2021-01', 3]] },
      'one',
    );
    expect(lanes.keys).toEqual(['']);
    expect(lanes.cells[0]![0]!.count).toBe(5);
    expect(countBetween(lanes, dayNumber('2021-01-10'), dayNumber('2021-02-02'))).toBe(9);
  });

  test('years run to the first day of the next', () => {
    const lanes = summaryLanes(
      { ...summary, period: 'year', cells: [['KZ', '2021', 3]] },
      'country',
    );
    expect(lanes.cells[0]).toEqual([
      { lo: dayNumber('2021-01-01'), hi: dayNumber('2022-01-01'), count: 3 },
    ]);
  });
});

describe('summaryMarks', () => {
  const lanes = summaryLanes(summary, 'country');
  test('draws a mark per month in view, counting its visits', () => {
    const from = dayNumber('2021-01-01');
    const marks = summaryMarks(lanes, from, dayNumber('2021-03-01'), (d) => (d - from) * 10);
    expect(marks.map((m) => [lanes.keys[m.lane], m.count])).toEqual([
      ['KR', 4],
      ['KZ', 2],
    ]);
  });

  test('months too narrow to tell apart become one mark with their sum', () => {
    const many = summaryLanes(
      {
        ...summary,
        cells: [
          ['KZ', '2021-01', 2],
          ['KZ', '2021-02', 3],
          ['KZ', '2021-03', 1],
        ],
      },
      'country',
    );
    const marks = summaryMarks(many, 0, 1e6, (d) => d * 0.01);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ count: 6, items: [] });
    expect(marks[0]!.span).toEqual({ lo: dayNumber('2021-01-01'), hi: dayNumber('2021-04-01') });
  });
});

describe('detailRange', () => {
  const lanes = summaryLanes(summary, 'country');
  test('asks for the view and its width on each side when they hold few visits', () => {
    const view = { from: dayNumber('2021-02-01'), to: dayNumber('2021-03-01') };
    const range = detailRange(lanes, view)!;
    expect(range.to - range.from).toBe(3 * (view.to - view.from));
    expect(covers(range, view)).toBe(true);
    expect(covers(range, { from: range.from - 1, to: view.to })).toBe(false);
  });

  test('keeps to the counts where the view holds too many visits to draw apart', () => {
    const crowded = summaryLanes(
      { ...summary, cells: [['KZ', '2021-02', DETAIL_MOST + 1]] },
      'country',
    );
    expect(
      detailRange(crowded, { from: dayNumber('2021-02-03'), to: dayNumber('2021-02-09') }),
    ).toBeNull();
  });
});

describe('markAt', () => {
  const lanes = summaryLanes(summary, 'country');
  const layout = {
    lanes: lanes.keys.map((key) => ({ key, rows: 1, byRow: [], longest: [] })),
    placed: [],
    first: 0,
    last: 1,
  };
  const { boxes, height } = laneBoxes(layout);
  const mark = (x0: number, x1: number): Mark => ({ lane: 0, row: 0, x0, x1, items: [] });
  const marks = [mark(10, 400), mark(20, 30), mark(100, 110), mark(500, 520)];
  const frame = { boxes, height, marks } as unknown as Frame;
  const y = rowTop(boxes[0]!, 0) + ROW_HEIGHT / 2;

  test('finds the first mark drawn under the pointer, a long one included', () => {
    expect(markAt(frame, 105, y)).toBe(marks[0]);
    expect(markAt(frame, 510, y)).toBe(marks[3]);
    expect(markAt(frame, 521, y)).toBe(marks[3]);
    expect(markAt(frame, 450, y)).toBeNull();
  });

  test('finds nothing in another lane or between rows', () => {
    expect(markAt(frame, 105, rowTop(boxes[1]!, 0) + 2)).toBeNull();
    expect(markAt(frame, 105, 0)).toBeNull();
  });
});
