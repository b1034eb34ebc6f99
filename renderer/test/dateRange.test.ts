import { describe, expect, test } from 'vitest';
import {
  dateRangeProblem,
  filterToRange,
  isIncompleteDate,
  isPartialDate,
  rangeToFilter,
  shiftPeriod,
} from '../tableTools/dateRange.js';

describe('partial dates typed in a date filter', () => {
  test('a year, a month or a day are dates; a month 13 or 30 February are not', () => {
    for (const ok of ['2023', '2023-09', '2023-09-19', '2024-02-29']) {
      expect(isPartialDate(ok)).toBe(true);
    }
    for (const bad of ['2023-13', '2023-02-30', '2023-9', '23', '2023-09-19T10:00', '']) {
      expect(isPartialDate(bad)).toBe(false);
    }
  });

  test('the start of a date is incomplete, not wrong: a year is whole at four digits, a month and a day at two', () => {
    for (const start of ['2', '202', '2023-', '2023-0', '2023-1', '2023-09-', '2023-09-1']) {
      expect(isIncompleteDate(start)).toBe(true);
      expect(dateRangeProblem({ from: start, to: '' })).toEqual({
        input: 'from',
        message: 'incomplete',
      });
      expect(rangeToFilter('start_date', { from: '', to: start })).toBeNull();
    }
    // Whole dates, and what no more typing makes a date.
    for (const other of ['2023', '2023-09', '2023-13', '2023-2', '2023-09-4', '0000-', '20a', '']) {
      expect(isIncompleteDate(other)).toBe(false);
    }
    expect(dateRangeProblem({ from: '2023-13', to: '' })?.message).toBe('badDate');
  });

  test('the period next to a date keeps its precision, across years and months', () => {
    expect(shiftPeriod('2021', -1)).toBe('2020');
    expect(shiftPeriod('2023-01', -1)).toBe('2022-12');
    expect(shiftPeriod('2023-12', 1)).toBe('2024-01');
    expect(shiftPeriod('2023-03-01', -1)).toBe('2023-02-28');
    expect(shiftPeriod('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftPeriod('2023-12-31', 1)).toBe('2024-01-01');
  });
});

describe('a From–To range as a filter', () => {
  test('both ends make a between filter with the dates as typed', () => {
    expect(rangeToFilter('start_date', { from: '2021', to: '2023-09' })).toEqual({
      field: 'start_date',
      op: 'between',
      value: ['2021', '2023-09'],
    });
  });

  test('an open end includes the date typed: From 2021 keeps 2021 itself', () => {
    expect(rangeToFilter('start_date', { from: '2021', to: '' })).toEqual({
      field: 'start_date',
      op: 'after',
      value: '2020',
    });
    expect(rangeToFilter('start_date', { from: '', to: '2023-09' })).toEqual({
      field: 'start_date',
      op: 'before',
      value: '2023-10',
    });
  });

  test('an invalid or reversed range applies nothing, and says which end is wrong', () => {
    expect(rangeToFilter('start_date', { from: '2023-13', to: '' })).toBeNull();
    expect(dateRangeProblem({ from: '2023-13', to: '' })).toEqual({
      input: 'from',
      message: 'badDate',
    });
    expect(dateRangeProblem({ from: '2024', to: '2023-12-31' })).toEqual({
      input: 'to',
      message: 'reversed',
    });
    expect(dateRangeProblem({ from: '2023-09', to: '2023' })).toBeNull();
    expect(rangeToFilter('start_date', { from: ' ', to: '' })).toBeNull();
  });

  test('a filter reads back as the range that made it', () => {
    for (const range of [
      { from: '2021', to: '2023-09' },
      { from: '2021', to: '' },
      { from: '', to: '2023-09-19' },
      { from: '2023-03-01', to: '' },
    ]) {
      const filter = rangeToFilter('end_date', range);
      expect(filter).not.toBeNull();
      expect(filterToRange(filter!)).toEqual(range);
    }
    expect(filterToRange({ field: 'start_date', op: 'after', value: 'soon' })).toBeNull();
  });
});
