import { describe, expect, test } from 'vitest';
import { VISIT, type TimelineVisit } from '../../db/api.js';
import { dayNumber } from '../timeline/days.js';
import { MAX_ROWS, layoutLanes } from '../timeline/layoutLanes.js';
import { layoutMarks } from '../timeline/layoutMarks.js';
import { regionOf } from '../timeline/regions.js';

function visit(
  id: string,
  lo: string,
  hi: string,
  country: string | null = 'KZ',
  traveller: string | null = null,
): TimelineVisit {
  return [id, `Visit ${id}`, null, country, traveller, lo, hi, 0, 'completed', []];
}

const ids = (rows: { visit: number }[], visits: TimelineVisit[]) =>
  rows.map((p) => visits[p.visit]![0]);

describe('layoutLanes', () => {
  const visits = [
    visit('a', '2023-01-01', '2023-01-05', 'KZ', 'Ömirbek'),
    visit('b', '2023-01-03', '2023-01-04', 'CN', 'Lee'),
    visit('c', '2023-01-04', '2023-01-06', 'KZ', null),
    visit('f', '2023-01-05', '2023-01-05', 'CN', null),
    visit('d', '2023-01-06', '2023-01-07', 'RU', 'Lee'),
    visit('e', '2023-02-01', '2023-02-01', null, 'Lee'),
  ];

  test('one lane stacks overlapping visits into rows, and reuses a row once it is free', () => {
    const { lanes } = layoutLanes(visits, 'one');
    expect(lanes).toHaveLength(1);
    expect(lanes[0]!.byRow.map((row) => ids(row, visits))).toEqual([
      ['a', 'd', 'e'],
      ['b', 'f'],
      ['c'],
    ]);
  });

  test('lanes are sorted by their names, the unknown last', () => {
    const { lanes } = layoutLanes(visits, 'country');
    expect(lanes.map((l) => l.key)).toEqual(['CN', 'KZ', 'RU', '']);
    const names: Record<string, string> = { CN: 'China', KZ: 'Kazakhstan', RU: 'Abkhazia' };
    const byName = layoutLanes(visits, 'country', (key) => names[key] ?? key).lanes;
    expect(byName.map((l) => l.key)).toEqual(['RU', 'CN', 'KZ', '']);
    expect(lanes[1]!.byRow.map((row) => ids(row, visits))).toEqual([['a'], ['c']]);
  });

  test('lanes by region follow the regions, and lanes by traveller follow names', () => {
    expect(layoutLanes(visits, 'region').lanes.map((l) => l.key)).toEqual([
      'central',
      'east',
      'eurasia',
      'other',
    ]);
    expect(layoutLanes(visits, 'traveller').lanes.map((l) => l.key)).toEqual([
      'Lee',
      'Ömirbek',
      '',
    ]);
  });

  test('a visit spans from its first day to the end of its last day', () => {
    const { placed, first, last } = layoutLanes(visits, 'one');
    expect(placed[0]).toMatchObject({ lo: dayNumber('2023-01-01'), hi: dayNumber('2023-01-06') });
    expect([first, last]).toEqual([dayNumber('2023-01-01'), dayNumber('2023-02-02')]);
  });

  test('never stacks more rows than it can draw', () => {
    const crowd = Array.from({ length: 20 }, (_, i) => visit(`v${i}`, '2023-01-01', '2023-01-09'));
    const { lanes } = layoutLanes(crowd, 'one');
    expect(lanes[0]!.rows).toBe(MAX_ROWS);
    expect(lanes[0]!.byRow[MAX_ROWS - 1]).toHaveLength(20 - MAX_ROWS + 1);
  });
});

describe('layoutMarks', () => {
  const days = Array.from({ length: 30 }, (_, i) => {
    const d = `2023-01-${String(i + 1).padStart(2, '0')}`;
    return visit(`d${i}`, d, d);
  });
  const layout = layoutLanes(days, 'one');
  const from = dayNumber('2023-01-01');

  test('draws each visit apart when days are wide', () => {
    const marks = layoutMarks(layout, from, from + 10, (d) => (d - from) * 20);
    expect(marks).toHaveLength(10);
    expect(marks.every((m) => m.items.length === 1)).toBe(true);
    expect(marks[0]).toMatchObject({ x0: 0, x1: 20 });
  });

  test('gathers visits too small to draw apart into one mark with their count', () => {
    const marks = layoutMarks(layout, from, from + 30, (d) => (d - from) * 0.5);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.items).toHaveLength(30);
  });

  test('reads only the visible period, including a long visit that started before it', () => {
    const long = [
      visit('long', '2022-12-01', '2023-01-20'),
      visit('later', '2023-01-25', '2023-01-25'),
    ];
    const marks = layoutMarks(layoutLanes(long, 'one'), from, from + 10, (d) => (d - from) * 20);
    expect(marks.map((m) => long[m.items[0]!.visit]![VISIT.id])).toEqual(['long']);
  });
});

test('regions name the CICA member states, and other places "other"', () => {
  expect([regionOf('kz'), regionOf('IN'), regionOf('TR'), regionOf('FR'), regionOf(null)]).toEqual([
    'central',
    'south',
    'eurasia',
    'other',
    'other',
  ]);
});
