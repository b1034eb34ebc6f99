import { beforeEach, describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Query, TableName } from '../api.js';
import { listRecords } from '../query/query.js';
import { ids, insert, queryArchive } from './queryFixture.js';
import { parseQuery } from '../query/compileQuery.js';

let db: Database;

function list(table: TableName, query: Omit<Query, 'table'>): unknown[] {
  return ids(listRecords(db, parseQuery({ table, sort: [{ field: 'id' }], ...query })).rows);
}

const NFC = 'Caf\u00e9';
const NFD = 'Cafe\u0301';

beforeEach(() => {
  db = queryArchive();
  insert(db, 'people', { id: 'p1', name: 'ИВАНОВ Иван', aliases: ['I. Ivanov'] });
  insert(db, 'people', { id: 'p2', name: 'Anna Petrova', aliases: ['A. Petrova', 'Anya'] });
  insert(db, 'organisations', { id: 'o1', name: 'Ärzte für die Welt' });
  insert(db, 'organisations', { id: 'o2', name: `${NFC} Central` });
  insert(db, 'organisations', { id: 'o3', name: `${NFD} Noir` });
  insert(db, 'visits', {
    id: 'v1',
    title: 'Visit to Astana',
    summary: 'Talks on connectivity and the (new) transport corridor',
    start_date: '2023-05',
    country: 'KZ',
  });
  insert(db, 'visits', {
    id: 'v2',
    title: 'Visit to Tashkent',
    summary: 'Youth council; e-governance "pilot"',
    start_date: '2022',
    country: 'UZ',
  });
});

describe('folded text filters', () => {
  test('lower case Cyrillic finds upper case', () => {
    expect(list('people', { where: [{ field: 'name', op: 'contains', value: 'иванов' }] })).toEqual(
      ['p1'],
    );
  });

  test('ärzte finds Ärzte', () => {
    const where = [{ field: 'name', op: 'contains' as const, value: 'ärzte' }];
    expect(list('organisations', { where })).toEqual(['o1']);
  });

  test('the composed and decomposed forms of é match each other', () => {
    for (const value of [NFC.toLowerCase(), NFD.toLowerCase()]) {
      const where = [{ field: 'name', op: 'contains' as const, value }];
      expect(list('organisations', { where })).toEqual(['o2', 'o3']);
    }
    const equals = [{ field: 'name', op: 'equals' as const, value: `${NFD} central` }];
    expect(list('organisations', { where: equals })).toEqual(['o2']);
  });

  test('an alias equals one whole spelling, and contains any part', () => {
    const by = (op: 'equals' | 'contains' | 'in', value: string | string[]) =>
      list('people', { where: [{ field: 'aliases', op, value }] });
    expect(by('equals', 'a. petrova')).toEqual(['p2']);
    expect(by('equals', 'ANYA')).toEqual(['p2']);
    expect(by('equals', 'petrova')).toEqual([]);
    expect(by('contains', 'ivanov')).toEqual(['p1']);
    expect(by('in', ['anya', 'i. ivanov'])).toEqual(['p1', 'p2']);
  });

  test('people without aliases sort last by aliases, in both directions', () => {
    insert(db, 'people', { id: 'p0', name: 'Nobody Else' });
    const sorted = (dir: 'asc' | 'desc') =>
      ids(listRecords(db, parseQuery({ table: 'people', sort: [{ field: 'aliases', dir }] })).rows);
    expect(sorted('asc')).toEqual(['p2', 'p1', 'p0']);
    expect(sorted('desc')).toEqual(['p1', 'p2', 'p0']);
  });
});

describe('full-text search', () => {
  test('finds words in any indexed column, the last word as a prefix', () => {
    expect(list('visits', { search: 'connectivity' })).toEqual(['v1']);
    expect(list('visits', { search: 'talks conn' })).toEqual(['v1']);
    expect(list('visits', { search: 'conn talks' })).toEqual([]);
    expect(list('visits', { search: 'visit' })).toEqual(['v1', 'v2']);
  });

  test('folds case and diacritics, in either Unicode form', () => {
    expect(list('people', { search: 'иванов' })).toEqual(['p1']);
    expect(list('organisations', { search: 'arzte' })).toEqual(['o1']);
    expect(list('organisations', { search: NFD })).toEqual(['o2', 'o3']);
    expect(list('organisations', { search: 'cafe' })).toEqual(['o2', 'o3']);
  });

  test('finds people by their aliases', () => {
    expect(list('people', { search: 'anya' })).toEqual(['p2']);
    expect(list('people', { search: 'A. Petrova' })).toEqual(['p2']);
  });

  test('punctuation and FTS5 syntax in the words are plain text, never an error', () => {
    for (const search of [
      '"',
      '"pilot',
      '(new)',
      'e-governance',
      'AND',
      'OR NOT',
      'NEAR(a b)',
      '*',
      'council;',
      "o'clock",
      '^x',
      '{title}: x',
    ]) {
      expect(() => list('visits', { search })).not.toThrow();
    }
    expect(list('visits', { search: '"pilot' })).toEqual(['v2']);
    expect(list('visits', { search: '(new)' })).toEqual(['v1']);
    expect(list('visits', { search: 'e-governance' })).toEqual(['v2']);
  });

  test('an empty or punctuation-only search asks for nothing', () => {
    for (const search of ['', '   ', '"', '*', '--', '()']) {
      expect(list('visits', { search })).toEqual(['v1', 'v2']);
    }
  });

  test('is ANDed with the filters', () => {
    const where = [{ field: 'country', op: 'equals' as const, value: 'UZ' }];
    expect(list('visits', { search: 'visit', where })).toEqual(['v2']);
    expect(list('visits', { search: 'connectivity', where })).toEqual([]);
  });

  test('follows edits and deletions of the records', () => {
    db.prepare("UPDATE visits SET summary = 'Museum exchange' WHERE id = 'v1'").run();
    expect(list('visits', { search: 'connectivity' })).toEqual([]);
    expect(list('visits', { search: 'museum' })).toEqual(['v1']);
    db.prepare("DELETE FROM visits WHERE id = 'v1'").run();
    expect(list('visits', { search: 'museum' })).toEqual([]);
  });

  test('leaves out trashed records, and searches the trash when asked', () => {
    db.prepare("UPDATE visits SET deleted_at = '2024-01-02' WHERE id = 'v1'").run();
    expect(list('visits', { search: 'connectivity' })).toEqual([]);
    expect(list('visits', { search: 'connectivity', trash: true })).toEqual(['v1']);
  });

  test('searches positions by their title, person and organisation', () => {
    insert(db, 'positions', {
      id: 'x1',
      person_id: 'p2',
      organisation_id: 'o1',
      title: 'Director',
    });
    insert(db, 'positions', { id: 'x2', person_id: 'p1', title: 'Deputy Minister' });
    expect(list('positions', { search: 'petrova direct' })).toEqual(['x1']);
    expect(list('positions', { search: 'ärzte' })).toEqual(['x1']);
    expect(list('positions', { search: 'иванов' })).toEqual(['x2']);
    expect(list('positions', { search: '"' })).toEqual(['x1', 'x2']);
  });
});
