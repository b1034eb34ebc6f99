import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ROTATION,
  backupsToPrune,
  listBackups,
  takeBackup,
  type BackupInfo,
} from '../backup/backupRotation.js';
import { backupsDir } from '../backup/preMigrationBackup.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const start = Date.UTC(2026, 0, 1, 12);
const MB = 1024 ** 2;

function backup(kind: string, at: number, bytes: number): BackupInfo {
  return { file: `${kind}-${at}.db`, kind, at: new Date(at), bytes };
}

function kept(backups: BackupInfo[]): BackupInfo[] {
  const pruned = new Set(backupsToPrune(backups));
  return backups.filter((b) => !pruned.has(b));
}

describe('the rotation is bounded', () => {
  test('fifty imports in a day keep the newest few, not fifty', () => {
    const backups = Array.from({ length: 50 }, (_, i) =>
      backup('pre-import', start + i * 10 * 60_000, 15 * MB),
    ).reverse();
    // README promises the newest 5 of a day.
    expect(kept(backups)).toEqual(backups.slice(0, 5));
  });

  test('big backups are kept only as far as the total size allows, the newest always', () => {
    const daily = Array.from({ length: 400 }, (_, i) => backup('daily', start + i * DAY, 300 * MB));
    const backups = daily.reverse();
    const left = kept(backups);
    expect(left.reduce((n, b) => n + b.bytes, 0)).toBeLessThanOrEqual(ROTATION.bytes);
    expect(left).toEqual(backups.slice(0, Math.floor(ROTATION.bytes / (300 * MB))));

    const huge = [backup('manual', start + 500 * DAY, 3 * ROTATION.bytes), ...backups];
    expect(kept(huge)).toEqual([huge[0]]);
  });

  test('no more than the count is kept, whatever the spread of days', () => {
    const backups = Array.from({ length: 800 }, (_, i) =>
      backup('daily', start + i * DAY, 1),
    ).reverse();
    expect(kept(backups).length).toBeLessThanOrEqual(ROTATION.count);
    expect(kept(backups)[0]).toBe(backups[0]);
  });

  test('fifty backups of a real archive in a day leave a bounded folder', async () => {
    const { db, file } = tempArchive();
    create(db, 'visits', { title: 'Working visit to Bishkek' });
    for (let i = 0; i < 50; i++) await takeBackup(db, 'pre-import', new Date(start + i * 60_000));
    expect(fs.readdirSync(backupsDir(file))).toHaveLength(ROTATION.lastDay);
  });
});

describe('backups are private and leave nothing behind', () => {
  test('the backups folder and its backups are readable by their owner only', async () => {
    const { db, file } = tempArchive();
    const taken = await takeBackup(db, 'manual');
    expect(fs.statSync(backupsDir(file)).mode & 0o777).toBe(0o700);
    expect(fs.statSync(taken.file).mode & 0o777).toBe(0o600);
  });

  test('what an interrupted backup left is removed, but not a copy being written now', async () => {
    const { db, file } = tempArchive();
    const dir = backupsDir(file);
    fs.mkdirSync(dir);
    const ended = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
      encoding: 'utf8',
    });
    const deadPid = Number(ended.stdout.trim());
    const target = path.join(dir, 'manual-20260101T000000000Z.db');
    const left = [
      `${target}.${deadPid}.0a1b2c3d.partial`,
      `${target}.${deadPid}.0a1b2c3d.partial-journal`,
      `${target}.${process.pid}.11112222.partial`,
      `${target}.5e6f7a8b.partial`,
    ];
    // The parent of this process is alive: its copy is being written now.
    const live = `${target}.${process.ppid}.33334444.partial`;
    for (const name of [...left, live]) fs.writeFileSync(name, 'unfinished');
    await takeBackup(db, 'manual');
    const names = fs.readdirSync(dir);
    expect(names.filter((n) => n.includes('partial'))).toEqual([path.basename(live)]);
    expect(listBackups(file)).toHaveLength(1);
  });
});
