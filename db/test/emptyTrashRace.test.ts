import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { generateDemo } from '../demo/demo.js';
import { callApi, createHandlers } from '../service.js';
import { tempArchive } from './tempArchive.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The topics a file holds, by name, with their description. */
function topics(file: string): Map<string, string | null> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('SELECT name, description FROM topics').all() as {
      name: string;
      description: string | null;
    }[];
    return new Map(rows.map((r) => [r.name, r.description]));
  } finally {
    db.close();
  }
}

test('emptying the trash deletes only what its backup holds, while another process edits and trashes', async () => {
  const { db, file } = tempArchive();
  // Enough records that the backup takes a while to copy and check, as a real archive's does.
  generateDemo(db, { visits: 150, seed: 3 });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'saveLoop.ts'), file, 'other', 'trash'],
    { cwd: root },
  );
  const acknowledged: string[] = [];
  let pending = '';
  const firstWrite = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      acknowledged.push(...lines);
      if (acknowledged.length > 0) resolve();
    });
  });
  const ended = new Promise<void>((resolve) => child.once('close', () => resolve()));
  await firstWrite;
  const handlers = createHandlers(db, file);
  const backups: string[] = [];
  for (let i = 0; i < 3; i++) {
    const emptied = await callApi(handlers, 'emptyTrash', {});
    if (!emptied.ok) throw new Error(emptied.error.message);
    backups.push(path.join(`${file}.backups`, emptied.value.backup.name));
  }
  child.stdin.end();
  await ended;

  // Every acknowledged edit is still in the archive (in the trash), or in a backup taken before
  // it was deleted for good, as it was edited.
  const kept = topics(file);
  const inBackups = backups.map(topics);
  const lost = acknowledged.filter(
    (name) => !kept.has(name) && !inBackups.some((b) => b.get(name) === 'edited'),
  );
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(lost).toEqual([]);
});
