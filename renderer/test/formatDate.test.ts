import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { setLanguage } from '../messages.js';
import { formatDate, formatDateRange } from '../formatDate.js';

describe('formatDate', () => {
  test('shows a day, a month and a year each at the precision it was recorded', () => {
    expect(formatDate('2021-02-22')).toBe('22 Feb 2021');
    expect(formatDate('2023-09')).toBe('Sep 2023');
    expect(formatDate('2023')).toBe('2023');
  });

  test('shows an empty value as nothing and text that is not a date as written', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('spring 2023')).toBe('spring 2023');
    expect(formatDate('2023-13')).toBe('2023-13');
  });

  test('joins a period, and shows one date when both ends are the same', () => {
    expect(formatDateRange('2021-02-22', '2021-02-23')).toBe('22 Feb 2021 – 23 Feb 2021');
    expect(formatDateRange('2021-02-22', '2021-02-22')).toBe('22 Feb 2021');
    expect(formatDateRange('2023-09', null)).toBe('Sep 2023');
  });
});

describe('formatDate in Russian', () => {
  beforeEach(() => setLanguage('ru'));
  afterEach(() => setLanguage('en'));

  test('names a day’s month in the genitive and a month alone in the nominative', () => {
    expect(formatDate('2021-02-22')).toBe('22 февр. 2021');
    expect(formatDate('2021-05-22')).toBe('22 мая 2021');
    expect(formatDate('2023-05')).toBe('май 2023');
    expect(formatDate('2023-09')).toBe('сент. 2023');
    expect(formatDate('2023')).toBe('2023');
  });

  test('switches back to English at once', () => {
    expect(formatDate('2023-09')).toBe('сент. 2023');
    setLanguage('en');
    expect(formatDate('2023-09')).toBe('Sep 2023');
  });
});
