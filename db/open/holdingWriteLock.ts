import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { openBeside } from './openBeside.js';
import { exclusively } from '../write/writeGate.js';

export interface WriteLockOptions {
  /** A database to read from, attached as `restored` (ATTACH cannot run inside a transaction). */
  attach?: string;
  /** Foreign keys off, for a change of schema (the pragma is ignored inside a transaction). */
  foreignKeysOff?: boolean;
}

/**
 * Runs `fn` while the archive's write lock is held from its first step to its last, by a
 * connection of its own, `writer`, which `fn` writes through, in one transaction committed at
 * the end (rolled back if `fn` throws). Other programs' writes wait for the lock; writes through
 * the API of this process wait for the end (writeGate). `db` itself can still read, and so can
 * take a backup of exactly what `writer` starts from: SQLite's backup API copies nothing from a
 * connection that holds a write transaction itself.
 */
export function holdingWriteLock<T>(
  db: Database,
  fn: (writer: Database) => Promise<T>,
  options: WriteLockOptions = {},
): Promise<T> {
  return exclusively(db, async () => {
    const writer = openBeside(db, path.resolve(db.name), { readonly: false });
    try {
      writer.pragma('busy_timeout = 5000');
      writer.pragma('synchronous = FULL');
      writer.pragma(`foreign_keys = ${options.foreignKeysOff ? 'OFF' : 'ON'}`);
      if (options.attach) writer.prepare('ATTACH ? AS restored').run(options.attach);
      writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(writer);
        writer.exec('COMMIT');
        return result;
      } catch (e) {
        if (writer.inTransaction) writer.exec('ROLLBACK');
        throw e;
      }
    } finally {
      writer.close();
    }
  });
}
