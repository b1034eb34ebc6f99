import { describe, expect, test } from 'vitest';
import { recordTitle } from '../records/recordTitle.js';
import { trashDetail, trashFields } from '../trash/trashColumns.js';

describe('the trash list', () => {
  test('names records as their panels do: a meeting by its day and place', () => {
    expect(recordTitle('visits', { id: 'v1', title: 'Working visit to Baku' })).toBe(
      'Working visit to Baku',
    );
    expect(
      recordTitle('meetings', { id: 'm1', date: '2021-02-22', city: 'Baku', country: 'AZ' }),
    ).toBe('Meeting on 22 Feb 2021 in Baku, Azerbaijan');
    expect(recordTitle('people', { id: 'p1', name: null })).toBe('p1');
  });

  test('tells trashed namesakes apart by dates, place, visit or country', () => {
    expect(
      trashDetail('visits', {
        start_date: '2021-02-22',
        end_date: '2021-02-23',
        city: 'Baku',
        country: 'AZ',
      }),
    ).toBe('22 Feb 2021 – 23 Feb 2021 · Baku, Azerbaijan');
    expect(trashDetail('meetings', { visit: 'Working visit to Baku' })).toBe(
      'Working visit to Baku',
    );
    expect(trashDetail('organisations', { acronym: 'MFA', country: 'AZ' })).toBe(
      'MFA · Azerbaijan',
    );
  });

  test('asks the archive for the fields it shows, when deleted included', () => {
    expect(trashFields('meetings')).toEqual([
      'id',
      'date',
      'city',
      'country',
      'visit',
      'updated_at',
    ]);
    expect(trashFields('people')).toEqual(['id', 'name', 'honorific', 'country', 'updated_at']);
  });
});
