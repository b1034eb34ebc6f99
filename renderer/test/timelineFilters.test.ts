import { describe, expect, test } from 'vitest';
import type { Filter } from '../../db/api.js';
import { exportLegend } from '../timeline/exportHeader.js';
import { legendEntries } from '../timeline/legendEntries.js';
import {
  regionFilter,
  regionOfFilter,
  regionOfFilters,
  withRegion,
} from '../timeline/regionFilter.js';
import { regionCountries, regionOf } from '../timeline/regions.js';

const dates: Filter = { field: 'start_date', op: 'between', value: ['2021', '2023'] };

describe('the region filter of the timeline', () => {
  const russia: Filter = { field: 'country', op: 'in', value: ['RU'] };

  test('is a filter of its own: it keeps the Country filter, and is replaced or removed alone', () => {
    const where = withRegion([dates, russia], 'central');
    expect(where).toEqual([dates, russia, regionFilter('central')]);
    expect(regionFilter('central').value).toEqual(['UZ', 'TM', 'TJ', 'KZ', 'KG']);
    expect(withRegion(where, 'east')).toEqual([dates, russia, regionFilter('east')]);
    expect(withRegion(where, null)).toEqual([dates, russia]);
  });

  test('is told apart from a Country filter that ticked the same countries', () => {
    expect(regionOfFilters([dates, russia])).toBeNull();
    expect(regionOfFilters([dates, russia, regionFilter('south')])).toBe('south');
    const ticked: Filter = { field: 'country', op: 'in', value: ['KZ', 'KG', 'TJ', 'TM', 'UZ'] };
    expect(regionOfFilter(ticked)).toBeNull();
    expect(regionOfFilter({ field: 'country', op: 'empty' })).toBeNull();
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
