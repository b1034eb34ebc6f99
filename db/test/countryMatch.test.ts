import { describe, expect, test } from 'vitest';
import { countryCodeOf, matchCountries } from '../api.js';

describe('one country matcher', () => {
  test('a name in any of its common English forms is its code', () => {
    const forms: [string, string][] = [
      ['Republic of Korea', 'KR'],
      ['South Korea', 'KR'],
      ['Türkiye', 'TR'],
      ['Turkey', 'TR'],
      ['Russian Federation', 'RU'],
      ['Russia', 'RU'],
      ['Viet Nam', 'VN'],
      ['Vietnam', 'VN'],
      ['UAE', 'AE'],
      ['United Arab Emirates', 'AE'],
      ['kz', 'KZ'],
      ['KAZ', 'KZ'],
    ];
    for (const [typed, code] of forms) expect(countryCodeOf(typed), typed).toBe(code);
  });

  test('Russian names are countries too', () => {
    expect(countryCodeOf('Россия')).toBe('RU');
    expect(countryCodeOf('Казахстан')).toBe('KZ');
    expect(matchCountries('Казах')[0]).toBe('KZ');
  });

  test('the start of a name of several words finds it', () => {
    expect(matchCountries('United Arab')[0]).toBe('AE');
    expect(matchCountries('Sri Lanka')[0]).toBe('LK');
    expect(matchCountries('Saudi Arabia')[0]).toBe('SA');
    expect(matchCountries('South Korea')[0]).toBe('KR');
    expect(matchCountries('Turkey')[0]).toBe('TR');
    expect(matchCountries('arab emir')).toContain('AE');
  });

  test('a code, then names that start with the text, then a word of a name', () => {
    expect(matchCountries('kaz')[0]).toBe('KZ');
    expect(matchCountries('RU')[0]).toBe('RU');
    expect(matchCountries('korea')).toEqual(expect.arrayContaining(['KR', 'KP']));
    expect(matchCountries('turkiye')).toContain('TR');
  });

  test('text that names no country gives no code', () => {
    expect(countryCodeOf('Atlantis')).toBeNull();
    expect(matchCountries('Atlantis')).toEqual([]);
    expect(countryCodeOf('')).toBeNull();
  });
});
