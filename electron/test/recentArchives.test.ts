import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { saveRecords } from '../../db/write/write.js';
import {
  clearRecentArchives,
  forgetArchive,
  readRecentArchives,
  readRecentPaths,
  recentArchivesFile,
  rememberArchive,
  RECENT_LIMIT,
  startingArchive,
  withRecent,
} from '../recentArchives.js';

function profile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  return { dir, list: recentArchivesFile(path.join(dir, 'profile')) };
}

function touch(file: string): string {
  fs.writeFileSync(file, '');
  return file;
}

describe('the recent archives list', () => {
  test('puts the archive opened last first, each once', () => {
    const { dir, list } = profile();
    const a = touch(path.join(dir, 'a.db'));
    const b = touch(path.join(dir, 'b.db'));
    rememberArchive(list, a);
    rememberArchive(list, b);
    rememberArchive(list, a);
    expect(readRecentPaths(list)).toEqual([a, b]);
    expect(readRecentArchives(list)).toEqual([
      { path: a, name: 'a.db', missing: false },
      { path: b, name: 'b.db', missing: false },
    ]);
  });

  test('stores absolute paths, so the same file given two ways is listed once', () => {
    const { dir } = profile();
    const file = path.join(dir, 'a.db');
    const relative = path.relative(process.cwd(), file);
    expect(withRecent([file], relative)).toEqual([file]);
  });

  test(`remembers at most ${RECENT_LIMIT} archives, dropping the oldest`, () => {
    const { dir, list } = profile();
    const files = Array.from({ length: RECENT_LIMIT + 2 }, (_, i) => path.join(dir, `${i}.db`));
    for (const file of files) rememberArchive(list, file);
    const kept = readRecentPaths(list);
    expect(kept).toHaveLength(RECENT_LIMIT);
    expect(kept[0]).toBe(files[files.length - 1]);
    expect(kept).not.toContain(files[0]);
    expect(kept).not.toContain(files[1]);
  });

  test('marks an archive whose file is gone as missing, and can take it off the list', () => {
    const { dir, list } = profile();
    const kept = touch(path.join(dir, 'kept.db'));
    const gone = touch(path.join(dir, 'gone.db'));
    rememberArchive(list, kept);
    rememberArchive(list, gone);
    fs.rmSync(gone);
    expect(readRecentArchives(list).map((a) => [a.name, a.missing])).toEqual([
      ['gone.db', true],
      ['kept.db', false],
    ]);
    forgetArchive(list, gone);
    expect(readRecentPaths(list)).toEqual([kept]);
    clearRecentArchives(list);
    expect(readRecentPaths(list)).toEqual([]);
    expect(fs.existsSync(kept)).toBe(true);
  });

  test('a list that is not valid JSON reads as empty, and the archives it named are untouched', () => {
    const { dir, list } = profile();
    const file = path.join(dir, 'archive.db');
    const db = openArchive(file, { create: true });
    saveRecords(db, [{ table: 'topics', values: { name: 'Water' } }]);
    db.close();
    rememberArchive(list, file);
    fs.writeFileSync(list, '{"archives": ["' + file);
    expect(readRecentArchives(list)).toEqual([]);
    rememberArchive(list, file);
    expect(readRecentPaths(list)).toEqual([file]);
    const reopened = openArchive(file);
    const names = reopened.prepare('SELECT name FROM topics').pluck().all();
    reopened.close();
    expect(names).toEqual(['Water']);
  });

  test('ignores entries that are not absolute paths, and a list of another shape', () => {
    const { list } = profile();
    const kept = path.resolve('/somewhere/a.db');
    fs.mkdirSync(path.dirname(list), { recursive: true });
    fs.writeFileSync(list, JSON.stringify({ archives: [kept, 'relative.db', 42, null, kept] }));
    expect(readRecentPaths(list)).toEqual([kept]);
    fs.writeFileSync(list, JSON.stringify(['/a.db']));
    expect(readRecentPaths(list)).toEqual([]);
    fs.writeFileSync(list, 'null');
    expect(readRecentPaths(list)).toEqual([]);
  });

  test('reads no file as an empty list', () => {
    expect(readRecentPaths(profile().list)).toEqual([]);
  });

  test('a start opens the archive asked for, else the one opened last if it is still there', () => {
    const { dir, list } = profile();
    const fallback = path.join(dir, 'archive.db');
    expect(startingArchive(undefined, list, fallback)).toBe(fallback);
    const last = touch(path.join(dir, 'last.db'));
    rememberArchive(list, last);
    expect(startingArchive(undefined, list, fallback)).toBe(last);
    expect(startingArchive(path.join(dir, 'asked.db'), list, fallback)).toBe(
      path.join(dir, 'asked.db'),
    );
    fs.rmSync(last);
    expect(startingArchive(undefined, list, fallback)).toBe(fallback);
  });
});
