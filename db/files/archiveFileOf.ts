import path from 'node:path';
import type { Database } from 'better-sqlite3';

const archives = new WeakMap<Database, string>();

/**
 * Remembers that `db` reads a copy of the archive `file` (an archive in a folder that cannot be
 * written is read from a temporary copy), so that its backups are looked for and written beside
 * the archive itself, never beside a copy deleted at exit.
 */
export function rememberArchiveFile(db: Database, file: string): void {
  archives.set(db, path.resolve(file));
}

/** The archive file `db` stands for: the file it reads, unless it reads a copy. */
export function archiveFileOf(db: Database): string {
  return archives.get(db) ?? path.resolve(db.name);
}
