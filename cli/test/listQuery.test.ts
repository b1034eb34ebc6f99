import { describe, expect, test } from 'vitest';
import { UsageError } from '../cliError.js';
import { buildListQuery, parseSort, parseTable, parseWhere } from '../listQuery.js';

describe('parseWhere', () => {
  test('reads field:op:value, keeping colons after the second one in the value', () => {
    expect(parseWhere('visits', 'title:contains:Talks: round 2')).toEqual({
      field: 'title',
      op: 'contains',
      value: 'Talks: round 2',
    });
  });

  test('splits the values of in and between on commas', () => {
    expect(parseWhere('visits', 'country:in:RU, CN')).toEqual({
      field: 'country',
      op: 'in',
      value: ['RU', 'CN'],
    });
    expect(parseWhere('visits', 'start_date:between:2021,2023-06')).toEqual({
      field: 'start_date',
      op: 'between',
      value: ['2021', '2023-06'],
    });
  });

  test('takes no value for empty and notEmpty', () => {
    expect(parseWhere('visits', 'end_date:empty')).toEqual({ field: 'end_date', op: 'empty' });
    expect(parseWhere('visits', 'summary:notEmpty:')).toEqual({ field: 'summary', op: 'notEmpty' });
    expect(() => parseWhere('visits', 'summary:empty:x')).toThrow(/takes no value/);
  });

  test('turns the values of number fields into numbers', () => {
    expect(parseWhere('visits', 'meeting_count:between:1,3')).toEqual({
      field: 'meeting_count',
      op: 'between',
      value: [1, 3],
    });
    expect(() => parseWhere('visits', 'meeting_count:equals:three')).toThrow(/not a number/);
  });

  test('refuses unknown fields and operators, naming what is allowed', () => {
    expect(() => parseWhere('visits', 'colour:equals:red')).toThrow(UsageError);
    expect(() => parseWhere('visits', 'colour:equals:red')).toThrow(/fields are: id, title/);
    expect(() => parseWhere('visits', 'title:like:x')).toThrow(/operators are: contains/);
    expect(() => parseWhere('visits', 'country:contains:R')).toThrow(/equals, in, empty/);
    expect(() => parseWhere('visits', 'title; DROP TABLE visits--:equals:x')).toThrow(
      /no field "title; DROP TABLE visits--"/,
    );
    expect(() => parseWhere('visits', 'country')).toThrow(/field:operator:value/);
    expect(() => parseWhere('visits', 'start_date:between:2021')).toThrow(/two values/);
    expect(() => parseWhere('visits', 'title:equals')).toThrow(/needs a value/);
  });
});

describe('parseSort and parseTable', () => {
  test('reads field and field:desc', () => {
    expect(parseSort('visits', 'start_date:desc')).toEqual({ field: 'start_date', dir: 'desc' });
    expect(parseSort('visits', 'title')).toEqual({ field: 'title', dir: 'asc' });
    expect(() => parseSort('visits', 'title:down')).toThrow(/field:desc/);
    expect(() => parseSort('visits', 'nope')).toThrow(/no field "nope"/);
  });

  test('refuses an unknown table, naming the tables', () => {
    expect(parseTable('meetings')).toBe('meetings');
    expect(() => parseTable('change_log')).toThrow(/tables are: visits, meetings/);
  });

  test('builds a whole query from the options', () => {
    expect(
      buildListQuery('visits', {
        where: ['country:in:RU'],
        sort: ['start_date:desc'],
        columns: 'title,country',
        search: 'forum',
        limit: 5,
      }),
    ).toEqual({
      table: 'visits',
      where: [{ field: 'country', op: 'in', value: ['RU'] }],
      sort: [{ field: 'start_date', dir: 'desc' }],
      search: 'forum',
      columns: ['title', 'country'],
      limit: 5,
    });
  });
});
