import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { ArchiveError, toApiError } from '../errors.js';

function sqliteError(code: string): Error {
  return Object.assign(new Error(`${code}: SELECT secret FROM table`), { code });
}

describe('toApiError', () => {
  test('passes an ArchiveError on as it is: its English sentence, catalog key and values', () => {
    const e = new ArchiveError('not_found', 'errors.history.noRecord', { noun: 'visit', id: 'x' }, [
      { path: 'id', message: 'Unknown.' },
    ]);
    const api = toApiError(e);
    expect(api).toEqual({
      code: 'not_found',
      message:
        'There is no visit x in the archive, so it has no history. Refresh the list and try again.',
      key: 'errors.history.noRecord',
      params: { noun: 'visit', id: 'x' },
      details: [{ path: 'id', message: 'Unknown.' }],
    });
    expect(ArchiveError.fromApiError(api).toApiError()).toEqual(api);
  });

  test('says what SQLite failures mean, extended codes included, without SQL text', () => {
    const cases: [string, string, RegExp][] = [
      ['SQLITE_BUSY', 'archive_busy', /busy/],
      ['SQLITE_BUSY_SNAPSHOT', 'archive_busy', /busy/],
      ['SQLITE_LOCKED', 'archive_busy', /busy/],
      ['SQLITE_FULL', 'io_error', /The disk is full/],
      ['SQLITE_READONLY', 'io_error', /The archive file is read-only/],
      ['SQLITE_CORRUPT', 'archive_corrupt', /damaged/],
      ['SQLITE_NOTADB', 'archive_corrupt', /not an SQLite database/],
      ['SQLITE_CANTOPEN', 'io_error', /could not be opened/],
      ['SQLITE_IOERR_WRITE', 'io_error', /Reading or writing/],
      ['SQLITE_ERROR', 'internal', /Something went wrong/],
    ];
    for (const [sqlite, code, message] of cases) {
      const api = toApiError(sqliteError(sqlite));
      expect(api.code, sqlite).toBe(code);
      expect(api.message).toMatch(message);
      expect(api.message).not.toContain('SELECT');
    }
  });

  test('a real SQLite error and anything else become a generic sentence', () => {
    const db = new Database(':memory:');
    let thrown: unknown;
    try {
      db.prepare('SELECT * FROM no_such_table').all();
    } catch (e) {
      thrown = e;
    }
    db.close();
    const api = toApiError(thrown);
    expect(api.code).toBe('internal');
    expect(api.message).not.toMatch(/no_such_table|SELECT|\n\s+at /);
    expect(toApiError('boom')).toEqual(api);
  });
});
