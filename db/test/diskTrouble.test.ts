import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { backupArchive } from '../backup/backup.js';
import { ArchiveError } from '../errors.js';
import { openArchive } from '../open/open.js';
import { listRecords } from '../query/query.js';
import { apiInputSchemas } from '../api.js';
import { callApi, createHandlers } from '../service.js';
import { create, snapshot } from './fixtures.js';
import { tempDir, track } from './tempArchive.js';

/** A size-limited tmpfs needs root and a kernel that allows it; elsewhere the tests say so. */
function mountTmpfs(dir: string, size: string): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}

const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) spawnSync('umount', ['-l', dir]);
});

function smallDisk(size: string): string | null {
  const dir = tempDir();
  if (!mountTmpfs(dir, size)) {
    console.warn(
      `Skipped: a ${size} tmpfs could not be mounted at ${dir} (needs root), so the disk-full and read-only file system checks did not run.`,
    );
    return null;
  }
  mounted.push(dir);
  return dir;
}

async function failure(fn: () => unknown): Promise<ArchiveError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof ArchiveError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const visits = apiInputSchemas.listRecords.parse({ table: 'visits' });

describe('a full disk or a read-only file system', () => {
  test('a full disk refuses the save with a clear message; the archive is unchanged and readable', async (ctx) => {
    const dir = smallDisk('3m');
    if (!dir) return ctx.skip();
    const file = path.join(dir, 'archive.db');
    const db = track(openArchive(file, { create: true }));
    create(db, 'visits', { title: 'Working visit to Tashkent' });
    const before = snapshot(db);
    // Fill what is left of the disk.
    const filler = path.join(dir, 'filler');
    try {
      fs.writeFileSync(filler, Buffer.alloc(8 * 1024 * 1024));
    } catch {
      // ENOSPC: the disk is now full, which is the point.
    }
    const saved = await callApi(createHandlers(db, file), 'saveRecord', {
      table: 'visits',
      values: { title: 'x', summary: 'y'.repeat(500_000) },
    });
    expect(saved).toMatchObject({
      ok: false,
      error: {
        code: 'io_error',
        message: 'The disk is full, so the change was not saved. Free some space and try again.',
      },
    });
    expect(snapshot(db)).toBe(before);
    expect(listRecords(db, visits).rows.map((r) => r.title)).toEqual(['Working visit to Tashkent']);

    const backup = await failure(() => backupArchive(db, path.join(dir, 'copy.db')));
    expect(backup.code).toBe('io_error');
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('copy.db'))).toEqual([]);

    fs.rmSync(filler);
    db.close();
    const reopened = track(openArchive(file));
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(snapshot(reopened)).toBe(before);
  });

  test('an archive on a read-only file system is refused with a clear message and left as it was', async (ctx) => {
    const dir = smallDisk('8m');
    if (!dir) return ctx.skip();
    const file = path.join(dir, 'archive.db');
    const db = openArchive(file, { create: true });
    create(db, 'visits', { title: 'Working visit to Ashgabat' });
    const before = snapshot(db);
    db.close();
    expect(spawnSync('mount', ['-o', 'remount,ro', dir]).status).toBe(0);

    const bytes = fs.readFileSync(file);
    const refused = await failure(() => openArchive(file));
    expect(refused.code).toBe('io_error');
    expect(refused.message).toMatch(/could not be opened.*read and write/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['archive.db']);
    expect(spawnSync('mount', ['-o', 'remount,rw', dir]).status).toBe(0);
    expect(snapshot(track(openArchive(file, { readonly: true })))).toBe(before);
  });
});
