import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openArchive } from '../open/open.js';
import { openArchiveOrReadOnly } from '../open/openArchiveOrReadOnly.js';
import { readOnlyHandlers } from '../readOnlyHandlers.js';
import { callApi, createHandlers } from '../service.js';
import { create } from './fixtures.js';
import { tempDir, track } from './tempArchive.js';
import { holdWriteLock, releaseWriteLocks } from './writeLockHolder.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const mounted: string[] = [];
afterEach(() => {
  releaseWriteLocks();
  for (const dir of mounted.splice(0)) spawnSync('umount', ['-l', dir]);
});

/** An archive holding one topic, closed, in a folder of its own. */
function archiveWithTopic(dir = tempDir()): string {
  const file = path.join(dir, 'archive.db');
  const db = openArchive(file, { create: true });
  create(db, 'topics', { name: 'Energy' });
  db.close();
  return file;
}

interface ProbeAnswer {
  readOnly: { reason: string } | null;
  copied: boolean;
  topics: string[];
  saved: { ok: boolean; error?: { code: string; message: string } };
  folder: string[];
}

/** Opens the archive as the app does, as a user other than root when the tests run as root. */
function probe(file: string): ProbeAnswer {
  const asRoot = process.getuid?.() === 0;
  const ran = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'readOnlyProbe.ts'), file],
    { cwd: root, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) },
  );
  if (ran.status !== 0) throw new Error(`the probe failed: ${ran.stderr}`);
  return JSON.parse(ran.stdout) as ProbeAnswer;
}

function refusedForReadOnly(answer: ProbeAnswer, reason: RegExp): void {
  expect(answer.readOnly?.reason).toMatch(reason);
  expect(answer.topics).toEqual(['Energy']);
  expect(answer.saved.ok).toBe(false);
  expect(answer.saved.error?.code).toBe('refused');
  expect(answer.saved.error?.message).toMatch(
    /^Nothing was changed: this archive is open for reading only\. /,
  );
}

describe('an archive that can be written', () => {
  test('opens for writing, and its stats say it is not read-only', async () => {
    const file = archiveWithTopic();
    const opened = openArchiveOrReadOnly(file);
    track(opened.db);
    expect(opened.readOnly).toBeNull();
    const stats = await callApi(createHandlers(opened.db, file), 'stats', {});
    expect(stats).toMatchObject({ ok: true, value: { readOnly: null } });
  });
});

describe('an archive another program is writing to', () => {
  test('opens for reading only, says why, and refuses every change', async () => {
    const file = archiveWithTopic();
    await holdWriteLock(file, { pendingChange: true });
    const opened = openArchiveOrReadOnly(file, { lockWaitMs: 200 });
    track(opened.db);
    expect(opened.readOnly?.reason).toMatch(/^Another program.*is writing to this archive\./);
    const handlers = readOnlyHandlers(createHandlers(opened.db, file), opened.readOnly!);
    expect(await callApi(handlers, 'stats', {})).toMatchObject({
      value: { readOnly: opened.readOnly },
    });
    const listed = await callApi(handlers, 'listRecords', { table: 'topics' });
    expect(listed.ok && listed.value.rows.map((r) => r['name'])).toEqual(['Energy']);
    for (const [method, input] of [
      ['saveRecord', { table: 'topics', values: { name: 'New' } }],
      ['undo', {}],
      ['emptyTrash', {}],
    ] as const) {
      const refused = await callApi(handlers, method, input);
      expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
      expect(!refused.ok && refused.error.message).toMatch(/close the other program/);
    }
  });
});

describe('an archive that cannot be written', () => {
  test('a read-only file opens for reading only and is left as it was', () => {
    const dir = tempDir();
    const file = archiveWithTopic(dir);
    fs.chmodSync(dir, 0o777);
    fs.chmodSync(file, 0o444);
    const bytes = fs.readFileSync(file);
    const answer = probe(file);
    refusedForReadOnly(answer, /^The archive file .* is read-only for you\./);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  test('an archive in a read-only folder opens for reading only', () => {
    const dir = tempDir();
    const file = archiveWithTopic(dir);
    fs.chmodSync(dir, 0o555);
    fs.chmodSync(file, 0o666);
    const answer = probe(file);
    refusedForReadOnly(answer, /^The folder .* cannot be written to/);
    expect(answer.folder).toEqual(['archive.db']);
  });

  test('an archive on a read-only disk opens for reading only', (ctx) => {
    const dir = tempDir();
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir]).status !== 0) {
      console.warn(`Skipped: no tmpfs could be mounted at ${dir} (needs root).`);
      return ctx.skip();
    }
    mounted.push(dir);
    const file = archiveWithTopic(dir);
    expect(spawnSync('mount', ['-o', 'remount,ro', dir]).status).toBe(0);
    const opened = openArchiveOrReadOnly(file);
    track(opened.db);
    expect(opened.readOnly?.reason).toMatch(/^The archive is on a read-only disk\./);
    expect(opened.db.prepare('SELECT name FROM topics').pluck().all()).toEqual(['Energy']);
    expect(fs.readdirSync(dir)).toEqual(['archive.db']);
  });
});
