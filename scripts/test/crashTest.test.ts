import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { saveRecord } from '../../db/write/write.js';
import { checkBatches } from '../crashCheck.js';
import { crashTest } from '../crashTest.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function archiveWith(meetings: number, claimed: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  dirs.push(dir);
  const file = path.join(dir, 'crash.db');
  const db = openArchive(file, { create: true });
  const visit = saveRecord(db, { table: 'visits', values: { title: `crash r1-0 ${claimed}` } });
  for (let i = 1; i <= meetings; i++) {
    saveRecord(db, {
      table: 'meetings',
      values: { visit_id: visit.record.id, summary: `crash r1-0 ${i}/${claimed}` },
    });
  }
  db.close();
  return file;
}

describe('the crash test', () => {
  test('finds a whole batch, and tells a batch present in part or missing', () => {
    expect(checkBatches(archiveWith(3, 3), new Map([['r1-0', 3]]))).toMatchObject({
      problems: [],
      batches: new Map([['r1-0', 3]]),
    });
    expect(checkBatches(archiveWith(2, 3), new Map()).problems).toEqual([
      'batch r1-0 is present in part: 2 of 3 meetings, 3 of 4 change-log rows',
    ]);
    expect(checkBatches(archiveWith(3, 3), new Map([['r2-0', 1]])).problems).toEqual([
      'batch r2-0 was committed but is missing',
    ]);
  });

  test('a writer killed at random moments leaves every committed batch whole and no other', async () => {
    const result = await crashTest({ kills: 25, migrationKills: 3, seed: 11 });
    expect(result.write.problems).toEqual([]);
    expect(result.write.kills).toBe(25);
    expect(result.write.printed).toBeGreaterThan(0);
    expect(result.migration.problems).toEqual([]);
    const { old, partway, upgraded } = result.migration;
    expect(old + partway + upgraded).toBe(3);
  }, 300_000);
});
