import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkInBackground } from '../checkInBackground.js';
import { openArchive } from '../open.js';
import { tempArchive } from './tempArchive.js';

/** An archive whose last pages (the topics written last) are overwritten; its schema is intact. */
function damagedAtTheEnd(): string {
  const { db, file } = tempArchive();
  const insert = db.prepare(
    'INSERT INTO topics (id, name, name_fold, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(`t${i}`, `Topic ${i}`, `topic ${i}`, 'x', 'x');
  })();
  db.close();
  const bytes = fs.readFileSync(file);
  bytes.fill(0xa5, bytes.length - 12 * 4096, bytes.length - 4096);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('the full check of an archive', () => {
  test('finds nothing wrong with a sound archive', async () => {
    const { db, file } = tempArchive();
    db.close();
    expect(await checkInBackground(file)).toBeNull();
  });

  test('is not run by opening, and finds damage on a thread of its own', async () => {
    const file = damagedAtTheEnd();
    // Opening reads no more than the schema, whatever the archive's size.
    openArchive(file).close();
    const damage = await checkInBackground(file);
    expect(damage?.code).toBe('archive_corrupt');
    expect(damage?.message).toMatch(
      new RegExp(`^The archive ${file} is damaged \\(.+\\)\\. Restore it from a backup; `, 's'),
    );
  });
});
