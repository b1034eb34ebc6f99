import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { backupArchive } from '../backup/backup.js';
import { openArchive } from '../open/open.js';
import { create, rejection } from './fixtures.js';
import { tempArchive, track } from './tempArchive.js';

describe('backupArchive', () => {
  test('writes one self-contained file that passes integrity_check and holds the records', async () => {
    const { db, dir } = tempArchive();
    create(db, 'visits', { title: 'Working visit to Ulaanbaatar' });
    const out = path.join(dir, 'copy.db');
    const result = await backupArchive(db, out);
    expect(result).toEqual({ file: out, bytes: fs.statSync(out).size });
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('copy.db'))).toEqual(['copy.db']);
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT title FROM visits').pluck().all()).toEqual([
      'Working visit to Ulaanbaatar',
    ]);
    copy.close();
    // The backup is itself an archive the app opens.
    const reopened = track(openArchive(out));
    expect(reopened.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(1);
  });

  test('refuses to overwrite a file unless asked', async () => {
    const { db, dir } = tempArchive();
    const out = path.join(dir, 'taken.db');
    fs.writeFileSync(out, 'keep me');
    const error = await rejection(backupArchive(db, out));
    expect(error.code).toBe('refused');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    await backupArchive(db, out, { overwrite: true });
    expect(fs.readFileSync(out).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  test('refuses to write over the archive itself or into a missing folder', async () => {
    const { db, file, dir } = tempArchive();
    expect((await rejection(backupArchive(db, file, { overwrite: true }))).code).toBe('refused');
    const missing = path.join(dir, 'no-folder', 'copy.db');
    expect((await rejection(backupArchive(db, missing))).code).toBe('io_error');
  });
});
