import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openArchive } from '../open.js';
import { create } from './fixtures.js';
import { tempDir } from './tempArchive.js';

const root = path.resolve(import.meta.dirname, '..', '..');

test('a backup that cannot be written beside the archive is refused, saying where', () => {
  const dir = tempDir();
  const file = path.join(dir, 'archive.db');
  const db = openArchive(file, { create: true });
  create(db, 'topics', { name: 'Energy' });
  db.close();
  fs.chmodSync(dir, 0o555);
  fs.chmodSync(file, 0o666);
  // Root may write any folder: the probe runs as `nobody` then.
  const asRoot = process.getuid?.() === 0;
  const ran = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'backupProbe.ts'), file],
    { cwd: root, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) },
  );
  expect(ran.stderr).toBe('');
  const answer = JSON.parse(ran.stdout) as {
    copied: boolean;
    backedUp: { ok: boolean; error?: { message: string } };
    listed: { ok: boolean; value?: unknown[] };
  };
  // The archive is read from a temporary copy; its backups belong beside the archive itself.
  expect(answer.copied).toBe(true);
  expect(answer.backedUp.ok).toBe(false);
  expect(answer.backedUp.error?.message).toContain(
    `No backup was written: the backups folder ${file}.backups cannot be made or written to`,
  );
  expect(answer.listed).toEqual({ ok: true, value: [] });
  expect(fs.readdirSync(dir)).toEqual(['archive.db']);
});
