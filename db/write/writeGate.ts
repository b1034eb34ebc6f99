import type { Database } from 'better-sqlite3';

/**
 * Writes that must wait while one operation has the archive to itself (a restore, emptying the
 * trash): such an operation holds SQLite's write lock, which keeps other processes out, but a
 * write on the same connection would slip into its transaction, and be replaced by the restore or
 * rolled back with it after it was acknowledged.
 */
const running = new WeakMap<Database, Promise<unknown>>();

/**
 * Runs `fn` with the archive to itself: writes asked for meanwhile wait until it has ended. The
 * turn is taken at once, so that a write asked for after it, even in the same tick, comes after.
 */
export function exclusively<T>(db: Database, fn: () => Promise<T>): Promise<T> {
  const before = running.get(db) ?? Promise.resolve();
  const turn = before.catch(() => undefined).then(fn);
  running.set(db, turn);
  const forget = () => {
    if (running.get(db) === turn) running.delete(db);
  };
  turn.then(forget, forget);
  return turn;
}

/** Resolves once no operation has the archive to itself. */
export async function writable(db: Database): Promise<void> {
  for (let turn = running.get(db); turn; turn = running.get(db)) {
    await turn.catch(() => undefined);
  }
}

/** Runs a write now, or after the operation that has the archive to itself has ended. */
export function whenWritable<T>(db: Database, write: () => T): T | Promise<Awaited<T>> {
  if (!running.has(db)) return write();
  return writable(db).then(() => whenWritable(db, write)) as Promise<Awaited<T>>;
}
