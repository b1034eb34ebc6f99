import type { Database } from 'better-sqlite3';

/**
 * Runs a read made of several statements in one state of the archive. Outside a transaction each
 * statement sees every commit made before it began, so a page and its total, or the timeline's
 * counts and its last day, could come from two states when another connection (a reader thread's
 * neighbour, a second program) commits between them. A deferred transaction takes its snapshot at
 * its first read and holds it to the end; it writes nothing and needs no write lock, so it works
 * on read-only connections too. Inside a transaction the snapshot is already that of the caller.
 */
export function oneSnapshot<T>(db: Database, read: () => T): T {
  if (db.inTransaction) return read();
  return db.transaction(read).deferred();
}
