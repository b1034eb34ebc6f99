import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { generateDemo } from '../demo/demo.js';
import { callApi, createHandlers } from '../service.js';
import { startSaveLoop } from './saveLoopProcess.js';
import { tempArchive } from './tempArchive.js';

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
  const other = startSaveLoop(file, 'other', 'trash');
  await other.firstSave;
  const handlers = createHandlers(db, file);
  const backups: string[] = [];
  for (let i = 0; i < 3; i++) {
    const emptied = await callApi(handlers, 'emptyTrash', {});
    if (!emptied.ok) throw new Error(emptied.error.message);
    backups.push(path.join(`${file}.backups`, emptied.value.backup.name));
  }
  await other.stop();

  // Every other.acknowledged edit is still in the archive (in the trash), or in a backup taken before
  // it was deleted for good, as it was edited.
  const kept = topics(file);
  const inBackups = backups.map(topics);
  const lost = other.acknowledged.filter(
    (name) => !kept.has(name) && !inBackups.some((b) => b.get(name) === 'edited'),
  );
  expect(other.acknowledged.length).toBeGreaterThan(0);
  expect(lost).toEqual([]);
});
