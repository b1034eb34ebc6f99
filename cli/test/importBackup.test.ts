import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { listBackups } from '../../db/backup/backupRotation.js';
import { run, tempDir } from './testIo.js';

let dir: string;
let db: string;

beforeEach(async () => {
  dir = tempDir();
  db = path.join(dir, 'archive.db');
  expect((await run(['init', '--db', db])).code).toBe(0);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The visits a backup holds: what the archive held when it was taken. */
function visitsIn(file: string): string[] {
  const copy = new Database(file, { readonly: true });
  try {
    return copy.prepare('SELECT title FROM visits ORDER BY title').pluck().all() as string[];
  } finally {
    copy.close();
  }
}

test('an import of a CSV file first backs up the archive as it was', async () => {
  const csv = path.join(dir, 'in.csv');
  fs.writeFileSync(csv, 'Title,Country\r\nTalks in Astana,KZ\r\n');
  expect((await run(['import-csv', 'visits', csv, '--db', db])).code).toBe(0);
  const preImport = listBackups(db).filter((b) => b.kind === 'pre-import');
  expect(preImport).toHaveLength(1);
  expect(visitsIn(preImport[0]!.file)).toEqual([]);

  // A dry run writes nothing, so it needs no backup.
  expect((await run(['import-csv', 'visits', csv, '--dry-run', '--db', db])).code).toBe(0);
  expect(listBackups(db).filter((b) => b.kind === 'pre-import')).toHaveLength(1);
});

test('saving a press release first backs up the archive as it was', async () => {
  const release = path.join(dir, 'release.txt');
  fs.writeFileSync(
    release,
    'Secretary General visits Astana\n\nOn 3 March 2024 the Secretary General of the secretariat, ' +
      'Ambassador Timur Akhmetov, met with Deputy Minister of Foreign Affairs of Kazakhstan ' +
      'Dana Serikova in Astana to discuss connectivity.\n',
  );
  const saved = await run(['import-press-release', release, '--db', db]);
  expect(saved).toMatchObject({ code: 0, err: '' });
  const preImport = listBackups(db).filter((b) => b.kind === 'pre-import');
  expect(preImport).toHaveLength(1);
  expect(visitsIn(preImport[0]!.file)).toEqual([]);
  expect(visitsIn(db)).toHaveLength(1);
});
