import { expect, test } from 'vitest';
import { chipText } from '../tableTools/filterChips.js';
import { withColumnFilter, filterColumn } from '../tableTools/columnFilters.js';

test('a country chip names the countries, not their codes', () => {
  expect(chipText('visits', { field: 'country', op: 'in', value: ['RU', 'KZ'] })).toBe(
    'Country: Russia, Kazakhstan',
  );
});

test('a date chip shows the range as the tables write dates, an open end as …', () => {
  expect(chipText('visits', { field: 'start_date', op: 'after', value: '2020' })).toBe(
    'Start date: 2021 – …',
  );
  expect(
    chipText('events', { field: 'end_date', op: 'between', value: ['2021-02', '2023-09-19'] }),
  ).toBe('End date: Feb 2021 – 19 Sep 2023');
  expect(chipText('visits', { field: 'start_date', op: 'before', value: '2023-10' })).toBe(
    'Start date: … – Sep 2023',
  );
});

test('status, text and emptiness chips read as words', () => {
  expect(chipText('visits', { field: 'status', op: 'in', value: ['planned', 'cancelled'] })).toBe(
    'Status: Planned, Cancelled',
  );
  expect(chipText('visits', { field: 'title', op: 'contains', value: 'forum' })).toBe(
    'Title: contains “forum”',
  );
  expect(chipText('meetings', { field: 'venue', op: 'empty' })).toBe('Venue: empty');
  expect(chipText('people', { field: 'country', op: 'notEmpty' })).toBe('Country: not empty');
});

test('a linked-record chip names the records by the names looked up, under the column label', () => {
  const names = new Map([['p1', 'A. Lukin']]);
  const filter = { field: 'traveller_id', op: 'in' as const, value: ['p1', 'gone'] };
  expect(chipText('visits', filter, names)).toBe(
    'Traveller: A. Lukin, (a record no longer in the archive)',
  );
  expect(filterColumn('visits', filter)).toBe('traveller');
});

test('a column has one filter: setting it again replaces it, null removes it', () => {
  const first = withColumnFilter('visits', [], 'country', {
    field: 'country',
    op: 'in',
    value: ['RU'],
  });
  const both = withColumnFilter('visits', first, 'traveller', {
    field: 'traveller_id',
    op: 'empty',
  });
  const replaced = withColumnFilter('visits', both, 'traveller', {
    field: 'traveller_id',
    op: 'in',
    value: ['p1'],
  });
  expect(replaced).toEqual([
    { field: 'country', op: 'in', value: ['RU'] },
    { field: 'traveller_id', op: 'in', value: ['p1'] },
  ]);
  expect(withColumnFilter('visits', replaced, 'country', null)).toEqual([replaced[1]]);
});
