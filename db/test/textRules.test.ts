import { describe, expect, test } from 'vitest';
import { listRecords } from '../query/query.js';
import { saveRecord } from '../write/write.js';
import { create, refusal, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';
import { parseQuery } from '../query/compileQuery.js';

function problems(values: Record<string, unknown>, table: 'people' | 'visits' = 'visits') {
  const { db } = tempArchive();
  const before = snapshot(db);
  const error = refusal(() => saveRecord(db, { table, values }));
  expect(snapshot(db)).toBe(before);
  return Object.fromEntries(error.details!.map((d) => [d.path, d.message]));
}

describe('text and dates a save refuses', () => {
  test('a name made only of invisible characters is an empty name', () => {
    for (const blank of [
      '\u200b\u200c\u200d',
      '\u00a0\u2060',
      '\ufeff\u00ad',
      '\u3164',
      '\u2800',
    ]) {
      expect(problems({ name: blank }, 'people')).toEqual({ 'values.name': 'Name is required.' });
    }
    const { db } = tempArchive();
    const id = create(db, 'people', { name: 'Ann\u200bMarie' });
    expect(
      listRecords(db, parseQuery({ table: 'people', columns: ['name'] })).rows[0],
    ).toMatchObject({
      id,
      name: 'Ann\u200bMarie',
    });
  });

  test('a lone half of a surrogate pair is refused, naming the field', () => {
    expect(problems({ title: 'Talks \ud800 in Astana' })).toEqual({
      'values.title': expect.stringMatching(/^Title holds a broken character/),
    });
    expect(problems({ name: 'Ann', aliases: ['A\udc00'] }, 'people')).toEqual({
      'values.aliases': expect.stringMatching(/^Other spellings holds a broken character/),
    });
  });

  test('year 0000 is no date, in saves and in filters', () => {
    for (const date of ['0000', '0000-02', '0000-02-29', '0000-01-01']) {
      expect(problems({ title: 'Old', start_date: date })).toEqual({
        'values.start_date': `Start date ${date} has the year 0000, which the calendar does not have (1 BC is followed by AD 1). Write a year from 0001 on.`,
      });
    }
    const { db } = tempArchive();
    const error = refusal(() =>
      listRecords(
        db,
        parseQuery({
          table: 'visits',
          where: [{ field: 'start_date', op: 'after', value: '0000-02' }],
        }),
      ),
    );
    expect(error.message).toMatch(/year 0000/);
  });
});
