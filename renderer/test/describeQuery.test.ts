import { expect, test } from 'vitest';
import { describeQuery } from '../timeline/describeQuery.js';

test('a query without conditions reads as all visits', () => {
  expect(describeQuery({ table: 'visits' })).toBe('All visits.');
});

test('the search and filters read as a sentence, with names for countries and statuses', () => {
  expect(
    describeQuery({
      table: 'visits',
      search: 'connectivity',
      where: [
        { field: 'country', op: 'in', value: ['KZ', 'CN'] },
        { field: 'status', op: 'equals', value: 'completed' },
        { field: 'start_date', op: 'after', value: '2023-09' },
      ],
    }),
  ).toBe(
    'Visits where the text matches “connectivity” and Country is one of Kazakhstan or China' +
      ' and Status is Completed and Start date is after Sep 2023.',
  );
});

test('a range of dates reads with both its ends', () => {
  expect(
    describeQuery({
      table: 'visits',
      where: [{ field: 'start_date', op: 'between', value: ['2021', '2023-09'] }],
    }),
  ).toBe('Visits where Start date is between 2021 and Sep 2023.');
});
