import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { tempArchive } from './tempArchive.js';

/**
 * An archive whose last pages (the topics written last) are overwritten while its schema stays
 * intact: it opens, and only a check that reads the whole file finds the damage.
 */
export function damagedAtTheEnd(): string {
  const { db, file } = tempArchive();
  damageTheEnd(db, file);
  return file;
}

/** Fills the open archive with topics, closes it and overwrites its last pages but one. */
export function damageTheEnd(db: Database.Database, file: string): void {
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
}
