import { describe, expect, test } from 'vitest';
import type { Filter } from '../../db/api.js';
import { exportLegend } from '../timeline/exportHeader.js';
import { legendEntries } from '../timeline/legendEntries.js';
import { regionOfFilters, withRegion } from '../timeline/regionFilter.js';
import { regionCountries, regionOf } from '../timeline/regions.js';

const dates: Filter = { field: 'start_date', op: 'between', value: ['2021', '2023'] };

describe('the region filter of the timeline', () => {
  test('writes the country filter the Visits table writes, keeping the other filters', () => {
    const where = withRegion([dates, { field: 'country', op: 'in', value: ['RU'] }], 'central');
    expect(where).toEqual([
      dates,
      { field: 'country', op: 'in', value: ['KZ', 'KG', 'TJ', 'TM', 'UZ'] },
    ]);
    expect(withRegion(where, null)).toEqual([dates]);
  });

  test('names the region of a country filter in any order, and tells other choices apart', () => {
    expect(regionOfFilters([dates])).toBeNull();
    const centralAsia: Filter = {
      field: 'country',
      op: 'in',
      value: ['UZ', 'KZ', 'TM', 'KG', 'TJ'],
    };
    expect(regionOfFilters([dates, centralAsia])).toBe('central');
    expect(regionOfFilters([{ field: 'country', op: 'in', value: ['KZ'] }])).toBe('chosen');
    expect(regionOfFilters([{ field: 'country', op: 'empty' }])).toBe('chosen');
  });

  test("a region's countries are the ones its lanes gather", () => {
    for (const code of regionCountries('west')) expect(regionOf(code)).toBe('west');
    expect(regionCountries('other')).toEqual([]);
  });
});

describe('the legend', () => {
  test('names meeting marks, approximate dates, both kinds of event and today', () => {
    const shapes = legendEntries().map((e) => [e.label, e.shape]);
    expect(shapes).toEqual(
      expect.arrayContaining([
        ['Meeting, on its day (when zoomed in)', 'meeting'],
        ['Approximate dates', 'dashed'],
        ['Event held', 'diamond'],
        ['Event planned', 'diamond'],
        ['Today', 'line'],
      ]),
    );
  });

  test('in an export, wraps into more rows on a narrow picture, every entry inside it', () => {
    const wide = exportLegend(1600);
    const narrow = exportLegend(400);
    expect(new Set(wide.entries.map((e) => e.y)).size).toBe(1);
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(narrow.entries).toHaveLength(legendEntries().length);
    for (const { x } of narrow.entries) expect(x).toBeLessThan(400);
  });
});
