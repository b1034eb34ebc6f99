import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listBackups, takeBackup } from '../backup/backupRotation.js';
import { generateDemo } from '../demo/demo.js';
import { openArchive } from '../open/open.js';
import { inspectBackup, restoreBackup } from '../backup/restoreBackup.js';
import { archiveStats } from '../check/stats.js';
import { create, snapshot } from './fixtures.js';
import { tempArchive, track } from './tempArchive.js';

describe('restoreBackup', () => {
  test('brings back what the backup holds, counts equal, after backing up what was there', async () => {
    const { db, file } = tempArchive();
    generateDemo(db, { visits: 12, seed: 5 });
    const backup = await takeBackup(db, 'manual', new Date(Date.UTC(2026, 5, 1)));
    const before = archiveStats(db, file);
    const content = snapshot(db);
    create(db, 'visits', { title: 'Added after the backup' });
    db.prepare('DELETE FROM change_log').run();

    const summary = inspectBackup(backup.file);
    expect(summary).toMatchObject({
      at: '2026-06-01T00:00:00.000Z',
      counts: before.counts,
      inTrash: before.inTrash,
    });
    const { restored, safetyCopy } = await restoreBackup(db, backup.file);
    expect(restored.counts).toEqual(before.counts);
    expect(archiveStats(db, file)).toEqual({ ...before, sizeBytes: expect.any(Number) });
    expect(snapshot(db)).toBe(content);
    expect(inspectBackup(safetyCopy.file).counts.visits).toBe(before.counts.visits + 1);
    expect(
      listBackups(file)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['manual', 'pre-restore']);

    // The restored archive is sound on disk, and opens again as a whole.
    db.close();
    const reopened = track(openArchive(file));
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(archiveStats(reopened, file).counts).toEqual(before.counts);
  });

  test('refuses a damaged backup and leaves the archive as it was', async () => {
    const { db, dir } = tempArchive();
    create(db, 'visits', { title: 'Kept' });
    const bad = path.join(dir, 'bad.db');
    fs.writeFileSync(bad, 'SQLite format 3\0'.padEnd(8192, 'x'));
    const content = snapshot(db);
    await expect(restoreBackup(db, bad)).rejects.toMatchObject({ code: 'archive_corrupt' });
    expect(snapshot(db)).toBe(content);
  });
});
