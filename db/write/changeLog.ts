import os from 'node:os';
import type { Database } from 'better-sqlite3';
import type { ChangeSummary, TableName } from '../api.js';
import type { RecordState } from './recordState.js';
import { statement } from '../query/statement.js';

/** Who writes and when; tests and imports pass their own. */
export interface WriteContext {
  /** The workstation user named in the change log; the operating system's user by default. */
  user?: string;
  /** The time of the change as an ISO string; the clock by default. */
  now?: () => string;
  /**
   * The window (session) the change comes from: undo and redo in a window reach its own
   * changes and those made outside any window (the command line), never another window's.
   */
  session?: string;
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
  session: string | null;
}

export interface Stamp {
  user: string;
  at: string;
  session: string | null;
}

let systemUser: string | undefined;

function osUser(): string {
  if (systemUser === undefined) {
    try {
      systemUser = os.userInfo().username;
    } catch {
      // Some sandboxes have a user id with no name.
      systemUser = 'unknown';
    }
  }
  return systemUser;
}

/** The user, time and session of one write, resolved once so that all its rows agree. */
export function writeStamp(ctx: WriteContext = {}): Stamp {
  return {
    user: ctx.user ?? osUser(),
    at: (ctx.now ?? (() => new Date().toISOString()))(),
    session: ctx.session ?? null,
  };
}

/**
 * The txn of the newest (`max`) or oldest (`min`) action of a session's undo scope (its own and
 * those of no window) with the given undone flag and above `after`. Each side is one look-up in
 * the session index, however long the log.
 */
function scopedTxn(
  db: Database,
  session: string | null,
  pick: 'max' | 'min',
  undone: 0 | 1,
  after: number,
): number | null {
  return statement(
    db,
    `SELECT ${pick}(t) FROM (
       SELECT ${pick}(txn) AS t FROM change_log WHERE session IS NULL AND undone = ? AND txn > ?
       UNION ALL
       SELECT ${pick}(txn) FROM change_log WHERE session = ? AND undone = ? AND txn > ?)`,
  )
    .pluck()
    .get(undone, after, session, undone, after) as number | null;
}

/** The newest action of the session's scope in effect (not undone), or null. */
export function lastDoneTxn(db: Database, session: string | null): number | null {
  return scopedTxn(db, session, 'max', 0, 0);
}

/**
 * The action of the session's scope undone last, or null when there is nothing to redo. A
 * scope's undone actions are always newer than its last done one (a new action drops them), so
 * the one undone last is the oldest of them.
 */
export function firstUndoneTxn(db: Database, session: string | null): number | null {
  return scopedTxn(db, session, 'min', 1, lastDoneTxn(db, session) ?? 0);
}

/**
 * Opens a new user action: the next txn number. A new action after an undo drops the undone
 * actions of its scope (its redo stack) from the log, so that the log reads as the changes in
 * effect plus the redo stacks of other windows. Call inside the write's transaction.
 */
export function beginAction(db: Database, session: string | null): number {
  statement(
    db,
    'DELETE FROM change_log WHERE undone = 1 AND (session IS NULL OR session IS ?)',
  ).run(session);
  const newest = statement(db, 'SELECT max(txn) FROM change_log').pluck().get() as number | null;
  return (newest ?? 0) + 1;
}

export function logChange(
  db: Database,
  txn: number,
  stamp: Stamp,
  entity: TableName,
  entityId: string,
  op: ChangeOp,
  before: RecordState | null,
  after: RecordState | null,
): void {
  statement(
    db,
    `INSERT INTO change_log (txn, entity, entity_id, op, before, after, at, user, session)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    txn,
    entity,
    entityId,
    op,
    before === null ? null : JSON.stringify(before),
    after === null ? null : JSON.stringify(after),
    stamp.at,
    stamp.user,
    stamp.session,
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
  return statement(
    db,
    'SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY seq',
  ).all(entity, entityId) as ChangeRow[];
}
