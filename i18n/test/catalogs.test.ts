import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGS, DEFAULT_LANGUAGE } from '../catalogs.js';
import { messageArguments } from '../messageArguments.js';
import { formatNumber, t } from '../messages.js';

/** A message's values, sorted, each marked plural or not; parsing fails on a broken message. */
function signature(message: string, language: string): string[] {
  const ast = new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).getAst();
  return [...messageArguments(ast)].map(([name, kind]) => `${name}:${kind}`).sort();
}

const reference = CATALOGS[DEFAULT_LANGUAGE]!;

describe('message catalogs', () => {
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    it(`${language} has exactly the English keys, each parsing with the same values`, () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(reference).sort());
      for (const [key, message] of Object.entries(catalog)) {
        const english = reference[key as keyof typeof reference];
        expect([key, signature(message, language)]).toEqual([key, signature(english, 'en')]);
      }
    });
  }

  it('picks the English plural form by count and groups numbers', () => {
    expect(t('stats.visits', { count: 1 })).toBe('1 visit');
    expect(t('stats.visits', { count: 1234 })).toBe('1,234 visits');
    expect(t('backups.kilobytes', { size: 2048 })).toBe('2,048 KB');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('shows a value the caller left out as its name, not a blank', () => {
    expect(t('notBuilt.body')).toBe('The {section} section is not part of this version yet.');
  });
});
