import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { apiInputSchemas } from '../api.js';
import { openArchive } from '../open/open.js';
import { createReaderPool, type ReaderPool } from '../readers/readerPool.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

const pools: ReaderPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

/** Debian's sqlite3 and Python's sqlite3, each a separate process that opens and closes the file. */
const foreign = {
  sqlite3: (file: string, sql: string) =>
    execFileSync('sqlite3', [file, sql], { encoding: 'utf8' }),
  python: (file: string, sql: string) =>
    execFileSync(
      'python3',
      [
        '-c',
        'import sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\nprint(c.execute(sys.argv[2]).fetchone()[0])\nc.close()',
        file,
        sql,
      ],
      { encoding: 'utf8' },
    ),
};

describe.each(Object.entries(foreign))(
  'another program (%s) reading the open archive',
  (_, read) => {
    test('leaves the archive’s write-ahead log in place, and what is saved next is kept', async () => {
      const { db, file } = tempArchive();
      create(db, 'topics', { name: 'Connectivity' });
      const readers = createReaderPool({ file, size: 2 });
      pools.push(readers);
      // The first list opens the reader threads' connections, as web mode's first page does.
      await readers.run('listRecords', apiInputSchemas.listRecords.parse({ table: 'topics' }));
      await readers.run('countRecords', apiInputSchemas.listRecords.parse({ table: 'topics' }));
      expect(read(file, 'select count(*) from topics').trim()).toBe('1');
      expect(fs.existsSync(`${file}-wal`)).toBe(true);
      create(db, 'topics', { name: 'Energy' });
      // Another process sees the save: it went to the log every connection shares.
      expect(read(file, 'select count(*) from topics').trim()).toBe('2');
      await readers.close();
      db.close();
      const reopened = openArchive(file);
      const names = reopened.prepare('SELECT name FROM topics ORDER BY name').pluck().all();
      reopened.close();
      expect(names).toEqual(['Connectivity', 'Energy']);
    });
  },
);
