import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import {
  backupBefore,
  backupIfDue,
  backupsToPrune,
  listBackups,
  takeBackup,
  type BackupInfo,
} from '../backup/backupRotation.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1, 12);

function daily(days: number): BackupInfo {
  return { file: `daily-${days}.db`, kind: 'daily', at: new Date(start + days * DAY), bytes: 1 };
}

describe('the backup rotation', () => {
  test('a backup a day for two years keeps 7 days, 4 weeks and 12 months, and every pre-migration one', () => {
    const backups = [
      ...Array.from({ length: 730 }, (_, i) => daily(i)),
      { file: 'pre-migration-v1.db', kind: 'pre-migration-v1', at: new Date(start), bytes: 1 },
    ].reverse();
    const pruned = new Set(backupsToPrune(backups));
    const kept = backups.filter((b) => !pruned.has(b));
    const days = kept
      .filter((b) => b.kind === 'daily')
      .map((b) => Math.round((b.at.getTime() - start) / DAY));
    // Friday 2027-12-31 is day 729: the last 7 days, the newest of 4 weeks (two of them among
    // those days, then Sundays 2027-12-19 and 12-12), and the newest of 12 months (last days).
    expect(days.slice(0, 9)).toEqual([729, 728, 727, 726, 725, 724, 723, 717, 710]);
    expect(days).toContain(698); // 2027-11-30
    expect(days).toContain(395); // 2027-01-31, the twelfth month back
    expect(days).not.toContain(364); // 2026-12-31 is a thirteenth month
    expect(kept.filter((b) => b.kind === 'daily')).toHaveLength(7 + 2 + 11);
    expect(kept.some((b) => b.kind === 'pre-migration-v1')).toBe(true);
  });

  test('takes checked backups into the backups folder and prunes it as it goes', async () => {
    const { db, file } = tempArchive();
    create(db, 'visits', { title: 'Working visit to Bishkek' });
    for (let i = 0; i < 10; i++) await takeBackup(db, 'daily', new Date(start + i * DAY));
    const backups = listBackups(file);
    // Thursday 1 to Saturday 10 January: the last 7 days, which hold the newest of both weeks
    // and of the month.
    expect(backups.map((b) => b.at.toISOString().slice(0, 10))).toEqual([
      '2026-01-10',
      '2026-01-09',
      '2026-01-08',
      '2026-01-07',
      '2026-01-06',
      '2026-01-05',
      '2026-01-04',
    ]);
    const copy = new Database(backups[0]!.file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT title FROM visits').pluck().all()).toEqual([
      'Working visit to Bishkek',
    ]);
    copy.close();
  });

  test('at start, backs up only when the newest backup is a day old or more', async () => {
    const { db, file } = tempArchive();
    expect(await backupIfDue(db, new Date(start))).not.toBeNull();
    expect(await backupIfDue(db, new Date(start + DAY - 1))).toBeNull();
    await backupBefore(db, 'import', new Date(start + 2 * DAY));
    expect(await backupIfDue(db, new Date(start + 2 * DAY + 1))).toBeNull();
    expect(await backupIfDue(db, new Date(start + 3 * DAY + 1))).not.toBeNull();
    expect(listBackups(file).map((b) => b.kind)).toEqual(['daily', 'pre-import', 'daily']);
    expect(fs.readdirSync(path.dirname(listBackups(file)[0]!.file))).toHaveLength(3);
  });
});
