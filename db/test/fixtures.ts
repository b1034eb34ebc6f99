import type { Database } from 'better-sqlite3';
import { expect } from 'vitest';
import { ArchiveError } from '../errors.js';
import { saveRecord } from '../write/write.js';
import type { WriteContext } from '../write/write.js';

/** A fixed user and a clock that ticks one second per write, so that times are predictable. */
export function testContext(): WriteContext {
  let tick = 0;
  return {
    user: 'registry',
    now: () => new Date(Date.UTC(2026, 0, 1, 9, 0, tick++)).toISOString(),
  };
}

export function create(
  db: Database,
  table: Parameters<typeof saveRecord>[1]['table'],
  values: Record<string, unknown>,
  ctx?: WriteContext,
): string {
  return String(saveRecord(db, { table, values }, ctx).record.id);
}

/** The error a call throws, for asserting on its code and details. */
export function refusal(fn: () => unknown): ArchiveError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ArchiveError) return e;
    throw e;
  }
  throw new Error('expected the call to be refused');
}

/** The error a promise is rejected with, for asserting on its code and details. */
export async function rejection(promise: Promise<unknown>): Promise<ArchiveError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ArchiveError) return e;
    throw e;
  }
  throw new Error('expected the call to be refused');
}

/** The call is refused with this code and sentence, and leaves every table as it was. */
export function expectRefusedAndUnchanged(
  db: Database,
  fn: () => unknown,
  code: string,
  message: string,
): void {
  const before = snapshot(db);
  const error = refusal(fn);
  expect(error.code).toBe(code);
  expect(error.message).toBe(message);
  expect(snapshot(db)).toBe(before);
}

/**
 * Every row of every table (full-text indexes by their content, not their internal segments), to
 * show that a refused write changed nothing. A contentless index has no rows to read (a word
 * list's, emptied by the write that fills it): its vocabulary shows what it holds.
 */
export function snapshot(db: Database): string {
  const tables = db
    .prepare(
      `SELECT l.name FROM pragma_table_list l JOIN sqlite_master m ON m.name = l.name
        WHERE l.schema = 'main' AND l.type IN ('table', 'virtual') AND l.name NOT LIKE 'sqlite_%'
          AND m.sql NOT LIKE '%content=''''%' ORDER BY l.name`,
    )
    .pluck()
    .all() as string[];
  return JSON.stringify(
    tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()]),
  );
}
