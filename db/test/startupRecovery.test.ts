import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { takeBackup } from '../backup/backupRotation.js';
import { openArchive } from '../open/open.js';
import { installBackup, newestGoodBackup, setAsideCorrupt } from '../open/startupRecovery.js';
import { archiveStats } from '../check/stats.js';
import { create, refusal } from './fixtures.js';
import { tempArchive, track } from './tempArchive.js';

function damage(file: string): void {
  const bytes = fs.readFileSync(file);
  // Pages in the middle of the file, the header left intact.
  bytes.fill(0xa5, 8192, bytes.length - 4096);
  fs.writeFileSync(file, bytes);
}

describe('recovering from a damaged archive at start', () => {
  test('damaged pages are detected, the file is set aside, and the newest good backup offered and installed', async () => {
    const { db, file, dir } = tempArchive();
    for (let i = 0; i < 300; i++) create(db, 'topics', { name: `Topic ${i}` });
    const older = await takeBackup(db, 'daily', new Date(Date.UTC(2026, 0, 1)));
    create(db, 'visits', { title: 'Working visit to Dushanbe' });
    const newer = await takeBackup(db, 'manual', new Date(Date.UTC(2026, 0, 3)));
    // The newest backup is damaged too: the one before it is offered.
    damage(newer.file);
    db.close();
    damage(file);

    expect(refusal(() => track(openArchive(file))).code).toBe('archive_corrupt');
    const aside = setAsideCorrupt(file, new Date(Date.UTC(2026, 0, 4, 8)));
    expect(path.basename(aside)).toBe('archive.db.corrupt-20260104T080000000Z');
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(aside)).toBe(true);

    const offer = newestGoodBackup(file);
    expect(offer).toMatchObject({ file: older.file, at: '2026-01-01T00:00:00.000Z' });
    expect(offer?.counts).toMatchObject({ topics: 300, visits: 0 });

    installBackup(offer!.file, file);
    const restored = track(openArchive(file));
    expect(archiveStats(restored, file).counts.topics).toBe(300);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.restoring'))).toEqual([]);
  });

  test('with no good backup, nothing is offered (never an empty archive)', () => {
    const { db, file } = tempArchive();
    db.close();
    expect(newestGoodBackup(file)).toBeNull();
  });

  test('a backup is never installed over an existing archive', async () => {
    const { db, file } = tempArchive();
    const backup = await takeBackup(db, 'manual');
    expect(() => installBackup(backup.file, file)).toThrow(/already an archive/);
  });
});
