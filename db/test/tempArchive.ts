import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openArchive } from '../open/open.js';

const dirs: string[] = [];
const open: Database[] = [];

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  dirs.push(dir);
  return dir;
}

/** A new archive file in a temporary folder, open and closed after the test. */
export function tempArchive(): { db: Database; file: string; dir: string } {
  const dir = tempDir();
  const file = path.join(dir, 'archive.db');
  const db = track(openArchive(file, { create: true }));
  return { db, file, dir };
}

/** Closes the database after the test, if the test did not. */
export function track(db: Database): Database {
  open.push(db);
  return db;
}
