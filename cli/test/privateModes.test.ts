import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { saveRecords } from '../../db/write/write.js';
import { run, tempDir } from './testIo.js';

let dir: string;

const mode = (file: string) => fs.statSync(file).mode & 0o777;

beforeAll(() => {
  dir = tempDir();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a new archive is readable by its owner only', () => {
  test('the app’s own folder, the archive and the files SQLite keeps beside it', async () => {
    const config = path.join(dir, 'config');
    expect((await run(['init'], { XDG_CONFIG_HOME: config })).code).toBe(0);
    const folder = path.join(config, 'Secretariat Archive');
    const file = path.join(folder, 'archive.db');
    expect([mode(folder), mode(file)]).toEqual([0o700, 0o600]);
    const db = openArchive(file);
    try {
      saveRecords(db, [{ table: 'topics', values: { name: 'Trade' } }]);
      expect([mode(`${file}-wal`), mode(`${file}-shm`)]).toEqual([0o600, 0o600]);
    } finally {
      db.close();
    }
  });

  test('an archive made where the user named it', async () => {
    const file = path.join(dir, 'named.db');
    expect((await run(['init', '--db', file])).code).toBe(0);
    expect(mode(file)).toBe(0o600);
  });
});
