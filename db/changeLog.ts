import os from 'node:os';
import type { Database } from 'better-sqlite3';
import type { ChangeSummary, TableName } from './api.js';
import type { RecordState } from './recordState.js';

/** Who writes and when; tests and imports pass their own. */
export interface WriteContext {
  /** The workstation user named in the change log; the operating system's user by default. */
  user?: string;
  /** The time of the change as an ISO string; the clock by default. */
  now?: () => string;
}

export type ChangeOp = ChangeSummary['op'];

export interface ChangeRow {
  seq: number;
  txn: number;
  entity: TableName;
  entity_id: string;
  op: ChangeOp;
  before: string | null;
  after: string | null;
  at: string;
  user: string;
  undone: number;
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    // Some sandboxes have a user id with no name.
    return 'unknown';
  }
}

/** The user and time of one write, resolved once so that all its rows agree. */
export function writeStamp(ctx: WriteContext = {}): { user: string; at: string } {
  return { user: ctx.user ?? osUser(), at: (ctx.now ?? (() => new Date().toISOString()))() };
}

/**
 * Opens a new user action: the next txn number. A new action after an undo drops the undone
 * ones (the redo stack) from the log, so that the log always reads as the changes in effect, in
 * order, each `before` being the previous `after`. Call inside the write's transaction.
 */
export function beginAction(db: Database): number {
  db.prepare('DELETE FROM change_log WHERE undone = 1').run();
  const last = db.prepare('SELECT max(txn) FROM change_log').pluck().get() as number | null;
  return (last ?? 0) + 1;
}

export function logChange(
  db: Database,
  txn: number,
  stamp: { user: string; at: string },
  entity: TableName,
  entityId: string,
  op: ChangeOp,
  before: RecordState | null,
  after: RecordState | null,
): void {
  db.prepare(
    `INSERT INTO change_log (txn, entity, entity_id, op, before, after, at, user)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    txn,
    entity,
    entityId,
    op,
    before === null ? null : JSON.stringify(before),
    after === null ? null : JSON.stringify(after),
    stamp.at,
    stamp.user,
  );
}

export function changeSummary(row: ChangeRow): ChangeSummary {
  return {
    seq: row.seq,
    entity: row.entity,
    entityId: row.entity_id,
    op: row.op,
    at: row.at,
    user: row.user,
  };
}

/** The history of one record, oldest first, with the undone changes marked. */
export function recordHistory(db: Database, entity: TableName, entityId: string): ChangeRow[] {
  return db
    .prepare('SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY seq')
    .all(entity, entityId) as ChangeRow[];
}
