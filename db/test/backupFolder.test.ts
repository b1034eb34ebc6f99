import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openArchive } from '../open/open.js';
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

test('where the archive’s folder cannot be written, another folder takes its backups', () => {
  const dir = tempDir();
  const file = path.join(dir, 'archive.db');
  const db = openArchive(file, { create: true });
  create(db, 'topics', { name: 'Energy' });
  db.close();
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: 65534, gid: 65534 } : {};
  const profile = tempDir();
  const mine = tempDir();
  const notMine = tempDir();
  if (asRoot) {
    fs.chownSync(profile, 65534, 65534);
    fs.chownSync(mine, 65534, 65534);
  }
  fs.chmodSync(notMine, asRoot ? 0o755 : 0o555);
  fs.chmodSync(dir, 0o555);
  fs.chmodSync(file, 0o666);
  const choices = path.join(profile, 'backup-folders.json');
  const ran = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'chooseFolderProbe.ts'),
      file,
      choices,
      notMine,
      mine,
    ],
    { cwd: root, encoding: 'utf8', ...user },
  );
  expect(ran.stderr).toBe('');
  type Answer = { ok: boolean; value?: { folder?: string }; error?: { message: string } };
  const answer = JSON.parse(ran.stdout) as {
    refused: Answer;
    copyFolder: Answer;
    chosen: Answer[];
    backedUp: Answer;
    listed: { ok: boolean; value: { name: string }[] };
  };
  expect(answer.refused.error?.message).toContain('Choose another backups folder');
  // The temporary copy's folder is deleted at exit: the backups would vanish with it.
  expect(answer.copyFolder.error?.message).toContain('deleted when the app closes');
  expect(answer.chosen[0]?.error?.message).toContain(`You may not write to the folder ${notMine}`);
  expect(answer.chosen[1]?.ok).toBe(true);
  expect(answer.backedUp.ok).toBe(true);
  const backups = path.join(mine, 'archive.db.backups');
  expect(answer.listed.value.map((b) => path.join(backups, b.name))).toEqual(
    fs.readdirSync(backups).map((name) => path.join(backups, name)),
  );
  expect(answer.listed.value).toHaveLength(1);
  expect(fs.readdirSync(notMine)).toEqual([]);
  expect(fs.readdirSync(dir)).toEqual(['archive.db']);
  const kept = JSON.parse(fs.readFileSync(choices, 'utf8')) as { folders: object };
  expect(kept.folders).toEqual({ [fs.realpathSync(file)]: mine });
});
