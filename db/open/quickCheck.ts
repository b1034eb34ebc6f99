import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ArchiveError } from '../errors.js';

/**
 * SQLite's quick_check of the whole file, said as a sentence when it finds damage. It reads every
 * page (about 25 s for 3 GB), so it runs where nobody waits on it: a reader thread after the
 * window shows, and before a migration.
 */
export function quickCheck(db: Database, file: string): void {
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    throw new ArchiveError('archive_corrupt', 'errors.quickCheck.archiveDamagedRestore', {
      file,
      check: String(check),
      name: path.basename(file),
    });
  }
}
