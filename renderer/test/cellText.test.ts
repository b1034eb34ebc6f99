import { describe, expect, test } from 'vitest';
import { cellText } from '../grid/cellText.js';
import { countryName } from '../countryName.js';
import { t } from '../messages.js';

describe('how stored values read', () => {
  test('countries by name from their ISO code, unknown codes as written', () => {
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('kz')).toBe('Kazakhstan');
    expect(countryName('Atlantis')).toBe('Atlantis');
    expect(countryName(null)).toBe('');
  });

  test('statuses, numbers and other spellings', () => {
    expect(cellText('status', 'completed')).toBe('Completed');
    expect(cellText('status', 'postponed')).toBe('postponed');
    expect(cellText('number', 1361)).toBe('1,361');
    expect(cellText('list', '["A. Lukin","Alexander Lukin"]')).toBe('A. Lukin, Alexander Lukin');
    expect(cellText('list', 'not json')).toBe('not json');
  });

  test('messages fill in values and choose the plural by count', () => {
    expect(t('stats.visits', { count: 1 })).toBe('1 visit');
    expect(t('stats.visits', { count: 300 })).toBe('300 visits');
    expect(t('table.pageInfo', { first: 51, last: 100, total: 1361 })).toBe('51–100 of 1,361');
  });
});
