import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run, tempDir } from './testIo.js';

let dir: string;
let db: string;

const sha = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, 'ex.db');
  expect((await run(['init', '--db', db])).code).toBe(0);
  fs.writeFileSync(path.join(dir, 'in.csv'), 'Name\nPeace\nTrade\n');
  expect((await run(['import-csv', 'topics', path.join(dir, 'in.csv'), '--db', db])).code).toBe(0);
  fs.symlinkSync(db, path.join(dir, 'link.db'));
  fs.linkSync(db, path.join(dir, 'hard.db'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.symlinkSync(dir, path.join(dir, 'sub', 'up'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a file the user names for output is never the archive or one of its files', () => {
  test('export refuses the archive by any of its names, its journals and its backups folder', async () => {
    const before = sha(db);
    const targets = [
      db,
      path.join(dir, 'sub', '..', 'ex.db'),
      path.join(dir, 'link.db'),
      path.join(dir, 'hard.db'),
      path.join(dir, 'sub', 'up', 'ex.db'),
      `${db}-wal`,
      `${db}-shm`,
      `${db}-journal`,
      path.join(`${db}.backups`, 'topics.csv'),
    ];
    for (const out of targets) {
      const result = await run(['export', 'topics', '--db', db, '--out', out]);
      expect(result, out).toMatchObject({ code: 1 });
      expect(result.err, out).toMatch(
        /is the archive .* or one of its own files, so the CSV file was not written/,
      );
    }
    expect(sha(db)).toBe(before);
    expect(fs.existsSync(`${db}.backups`) && fs.readdirSync(`${db}.backups`)).not.toContain(
      'topics.csv',
    );
    const list = await run(['list', 'topics', '--db', db]);
    expect(list.out).toMatch(/2 of 2 rows/);
  });

  test('backup refuses the archive’s journal and its backups folder', async () => {
    for (const out of [`${db}-journal`, path.join(`${db}.backups`, 'copy.db')]) {
      const result = await run(['backup', '--db', db, '--out', out]);
      expect(result.err, out).toMatch(/is the archive .* or one of its own files/);
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  test('a folder named as the output is said to be one', async () => {
    const result = await run(['export', 'topics', '--db', db, '--out', path.join(dir, 'sub')]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `${path.join(dir, 'sub')} is a folder, so the CSV file was not written. Name a file in it, such as ${path.join(dir, 'sub', 'export.csv')}.`,
    );
  });
});
