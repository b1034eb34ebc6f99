import { describe, expect, test } from 'vitest';
import { countryCode, matchCountries } from '../forms/countryOptions.js';

describe('country type-ahead', () => {
  test('finds a country by the start of its name, its code, or a word of its name', () => {
    expect(matchCountries('kaz')[0]).toEqual({ code: 'KZ', name: 'Kazakhstan' });
    expect(matchCountries('RU')[0]?.code).toBe('RU');
    expect(matchCountries('korea').map((c) => c.code)).toEqual(
      expect.arrayContaining(['KR', 'KP']),
    );
  });

  test('ignores accents and case', () => {
    expect(matchCountries('turkiye').map((c) => c.code)).toContain('TR');
    expect(countryCode('kazakhstan')).toBe('KZ');
    expect(countryCode('kz')).toBe('KZ');
  });

  test('text that names no country gives no code', () => {
    expect(countryCode('Atlantis')).toBeNull();
    expect(matchCountries('Atlantis')).toEqual([]);
  });
});
