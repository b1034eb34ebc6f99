import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it } from 'vitest';
import { currentLanguage, onLanguageChange, pickLanguage, setLanguage } from '../language.js';
import { CATALOGS, DEFAULT_LANGUAGE } from '../catalogs.js';
import { messageArguments } from '../messageArguments.js';
import { formatNumber, t, tIn } from '../messages.js';

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

  it('writes numbers as the named language does, whatever the interface speaks', () => {
    expect(currentLanguage()).toBe('en');
    expect(tIn('ru', 'backups.kilobytes', { size: 2048 })).toBe('2\u00a0048 КБ');
    expect(tIn('en', 'backups.kilobytes', { size: 2048 })).toBe('2,048 KB');
  });

  it('fills in messages and lists of values in the language of the sentence', () => {
    const records = (table: string, count: number) => ({
      key: 'records.counted' as const,
      params: { table, count },
    });
    const tables = { list: [records('visits', 22), records('people', 5)], join: 'and' } as const;
    expect(tIn('ru', 'errors.demo.archiveAlreadyHolds', { tables })).toMatch(
      /^В архиве уже есть записи \(22 визита и 5 персон\)/,
    );
    expect(tIn('en', 'errors.demo.archiveAlreadyHolds', { tables })).toMatch(
      /^The archive already holds records \(22 visits and 5 people\)/,
    );
    const role = { key: 'errors.mergeRecords.roleKeep' } as const;
    expect(tIn('ru', 'errors.mergeRecords.noRecord', { noun: 'person', id: 'p1', role })).toBe(
      'Запись (персона) с идентификатором p1 (оставляемая запись) не найдена, поэтому ничего не объединено. Обновите список и выберите снова.',
    );
  });

  it('writes a moment the archive stamped as the sentence’s language does', () => {
    const updated_at = { time: '2026-02-22T12:00:00.000Z' };
    const say = (language: string) =>
      tIn(language, 'errors.writeTogether.changedElsewhereSince', { noun: 'visit', updated_at });
    expect(say('en')).toMatch(/\(at Feb 22, 2026, \d{1,2}:\d\d\s[AP]M\)/);
    expect(say('ru')).toMatch(/\(22 февр\. 2026 г\., \d\d:\d\d\)/);
  });

  it('shows a message another program names but the catalog lacks as its value’s name', () => {
    const unknown = { key: 'no.such.key' } as unknown as { key: 'app.name' };
    expect(tIn('en', 'merge.summary', { other: 'A', kept: 'B', links: unknown })).toBe(
      'A will be merged into B: {links}.',
    );
  });

  it('shows a value the caller left out as its name, not a blank', () => {
    expect(t('notBuilt.body')).toBe('The {section} section is not part of this version yet.');
  });
});

describe('the interface language', () => {
  afterEach(() => setLanguage(DEFAULT_LANGUAGE));

  it('picks the Russian plural form by count and groups numbers as Russian does', () => {
    setLanguage('ru');
    expect([1, 3, 5, 21, 22, 25].map((count) => t('stats.visits', { count }))).toEqual([
      '1 визит',
      '3 визита',
      '5 визитов',
      '21 визит',
      '22 визита',
      '25 визитов',
    ]);
    expect(formatNumber(1234567)).toBe('1\u00a0234\u00a0567');
    expect(t('stats.visits', { count: 1234 })).toBe('1\u00a0234 визита');
  });

  it('switches at once, telling its listeners, and ignores a language it does not speak', () => {
    let heard = 0;
    const stop = onLanguageChange(() => heard++);
    setLanguage('ru');
    expect(t('nav.visits')).toBe('Визиты');
    setLanguage('de');
    expect(currentLanguage()).toBe('ru');
    setLanguage('en');
    expect(t('nav.visits')).toBe('Visits');
    stop();
    setLanguage('ru');
    expect(heard).toBe(2);
  });

  it('counts a backup’s records in Russian forms for the desktop dialogs', () => {
    setLanguage('ru');
    const counts = { when: 'вчера', visits: 1, meetings: 3, people: 5, organisations: 21 };
    expect(t('dialog.backup.taken', { ...counts, inTrash: 2 })).toBe(
      'Создана вчера: 1 визит, 3 встречи, 5 персон, 21 организация (в корзине 2 записи).',
    );
  });

  it('follows the first preferred language it speaks, else English', () => {
    expect(pickLanguage(['ru-RU', 'en-US'])).toBe('ru');
    expect(pickLanguage(['de-DE', 'ru'])).toBe('ru');
    expect(pickLanguage(['de-DE', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
