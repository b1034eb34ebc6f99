import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { RECORD_NOUN } from '../../db/tableSpecs.js';
import { CATALOGS, DEFAULT_LANGUAGE, type MessageKey } from '../catalogs.js';

const ru = CATALOGS.ru!;

/** A Russian message with its values, formatted as the interface formats it in Russian. */
function say(key: MessageKey, values: Record<string, string | number> = {}): string {
  const format = new IntlMessageFormat(ru[key], 'ru', undefined, { ignoreTag: true });
  return String(format.format(values));
}

const COUNTS = [1, 2, 5, 11, 21, 22, 25];

// Messages that read the same in both languages: dashes, codes, layouts of values.
const SAME_IN_BOTH = [
  'dates.day',
  'dates.month',
  'dates.range',
  'filter.chip',
  'filter.datePlaceholder',
  'filter.openEnd',
  'history.empty',
  'import.encodingName.utf-16be',
  'import.encodingName.utf-16le',
  'import.encodingName.utf-8',
  'panel.empty',
  'problems.path.within',
  'timeline.filter.condition',
];
const LATIN = /[A-Za-z]/;

describe('the Russian catalog', () => {
  it('counts visits and meetings in the one, few and many forms', () => {
    const visits = COUNTS.map((count) => say('stats.visits', { count }));
    expect(visits).toEqual([
      '1 визит',
      '2 визита',
      '5 визитов',
      '11 визитов',
      '21 визит',
      '22 визита',
      '25 визитов',
    ]);
    const meetings = COUNTS.map((count) => say('grid.count.meetings', { count }));
    expect(meetings).toEqual([
      '1 встреча',
      '2 встречи',
      '5 встреч',
      '11 встреч',
      '21 встреча',
      '22 встречи',
      '25 встреч',
    ]);
  });

  it('agrees the verb with the count in a sentence', () => {
    expect(say('trash.restored', { count: 1 })).toBe('Восстановлена 1 запись.');
    expect(say('trash.restored', { count: 3 })).toBe('Восстановлены 3 записи.');
    expect(say('trash.restored', { count: 11 })).toBe('Восстановлено 11 записей.');
    expect(say('import.done.people', { count: 1 })).toBe(
      'Импортирована 1 персона. Отмена удалит её.',
    );
    expect(say('import.done.people', { count: 21 })).toBe(
      'Импортирована 21 персона. Отмена удалит их все.',
    );
  });

  it('declines a record named by the archive in English or by the interface in Russian', () => {
    expect(say('change.what', { op: 'удаление', noun: 'визит', name: 'Форум в Астане' })).toBe(
      'удаление визита «Форум в Астане»',
    );
    expect(say('problems.noRecord', { label: 'Организатор', noun: 'organisation', id: 'o7' })).toBe(
      'Организатор: в архиве нет организации с идентификатором o7.',
    );
    expect(say('problems.csv.noSuchName', { one: 'person', name: 'Иванов' })).toBe(
      'В архиве нет персоны «Иванов». Сначала добавьте персону (или сначала импортируйте соответствующий файл) либо исправьте имя.',
    );
  });

  it('names every kind of record and table in Russian, never in the archive’s English', () => {
    for (const [table, noun] of Object.entries(RECORD_NOUN)) {
      for (const said of [
        say('problems.noRecord', { label: 'Поле', noun, id: '1' }),
        say('errors.validateRecord.noIdMay', { noun, id: '1' }),
        say('errors.service.noRecordMay', { table, id: '1' }),
        say('problems.csv.unknownColumn', { header: 'Столбец', table }),
      ]) {
        expect([noun, said]).toEqual([noun, expect.not.stringMatching(LATIN)]);
      }
    }
  });

  it('tells apart one undated meeting, all of them and some', () => {
    const say3 = (which: string, undated: number, meetings: number) =>
      say('errors.deleteRecords.undatedMeetings', { which, undated, meetings });
    expect(say3('one', 1, 1)).toMatch(/^У встречи нет собственной даты.*укажите её дату/);
    expect(say3('all', 3, 3)).toMatch(/^Ни у одной из встреч \(3\).*укажите их даты/);
    expect(say3('some', 2, 5)).toMatch(/^У 2 из 5 встреч нет собственной даты/);
  });

  it('translates every message that is not the same in both languages', () => {
    const english = CATALOGS[DEFAULT_LANGUAGE]!;
    const untranslated = Object.keys(ru).filter(
      (key) => ru[key as MessageKey] === english[key as MessageKey],
    );
    expect(untranslated.sort()).toEqual(SAME_IN_BOTH);
  });

  it('labels every field in Cyrillic', () => {
    const labels = Object.entries(ru).filter(([key]) => key.startsWith('field.'));
    expect(labels.length).toBeGreaterThan(30);
    for (const [key, label] of labels)
      expect([key, label]).toEqual([key, expect.not.stringMatching(LATIN)]);
  });
});
