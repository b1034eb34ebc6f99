import { describe, expect, test } from 'vitest';
import { TABLES } from '../api.js';
import { tableColumns } from '../write/recordState.js';
import { REFERENCES, REQUIRED, writableColumns, writableFields } from '../tableSpecs.js';
import { tempArchive } from './tempArchive.js';

describe('writable fields', () => {
  test('are real columns of their table, and required and reference fields among them', () => {
    const { db } = tempArchive();
    for (const table of TABLES) {
      const columns = tableColumns(db, table);
      for (const field of writableColumns(table))
        expect(columns.has(field), `${table}.${field}`).toBe(true);
      for (const field of REQUIRED[table]) expect(writableFields(table)).toContain(field);
      for (const field of writableColumns(table).filter((f) => f.endsWith('_id'))) {
        expect(REFERENCES[field], `${table}.${field}`).toBeDefined();
      }
    }
  });

  test('leave out what the archive fills itself', () => {
    expect(writableFields('visits')).toEqual([
      'title',
      'traveller_id',
      'city',
      'country',
      'start_date',
      'end_date',
      'purpose',
      'summary',
      'status',
      'topic_ids',
      'source_ids',
    ]);
    expect(writableFields('meetings')).toContain('participants');
  });
});
