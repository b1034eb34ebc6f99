import os from 'node:os';
import type { Database } from 'better-sqlite3';
import type { ChangeSummary, TableName } from './api.js';
import type { RecordState } from './recordState.js';
import { statement } from './statement.js';

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

/** The user and time of one write, resolved once so that all its rows agree. */
export function writeStamp(ctx: WriteContext = {}): { user: string; at: string } {
  return { user: ctx.user ?? osUser(), at: (ctx.now ?? (() => new Date().toISOString()))() };
}

/**
 * The newest action in effect (not undone), or null. Undone actions are always the newest in
 * the log, so this walks back over them only, on the txn index, instead of scanning the log.
 */
export function lastDoneTxn(db: Database): number | null {
  return (
    (statement(db, 'SELECT txn FROM change_log WHERE undone = 0 ORDER BY txn DESC LIMIT 1')
      .pluck()
      .get() as number | undefined) ?? null
  );
}

/** The action undone last (the oldest undone one), or null when there is nothing to redo. */
export function firstUndoneTxn(db: Database): number | null {
  return (
    (statement(db, 'SELECT txn FROM change_log WHERE txn > ? AND undone = 1 ORDER BY txn LIMIT 1')
      .pluck()
      .get(lastDoneTxn(db) ?? 0) as number | undefined) ?? null
  );
}

/**
 * Opens a new user action: the next txn number. A new action after an undo drops the undone
 * ones (the redo stack) from the log, so that the log always reads as the changes in effect, in
 * order, each `before` being the previous `after`. Call inside the write's transaction.
 */
export function beginAction(db: Database): number {
  const newest = statement(
    db,
    'SELECT txn, undone FROM change_log ORDER BY seq DESC LIMIT 1',
  ).get() as { txn: number; undone: number } | undefined;
  if (newest === undefined) return 1;
  if (newest.undone === 0) return newest.txn + 1;
  statement(db, 'DELETE FROM change_log WHERE txn > ?').run(lastDoneTxn(db) ?? 0);
  return newest.txn + 1;
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
  statement(
    db,
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
  return statement(
    db,
    'SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY seq',
  ).all(entity, entityId) as ChangeRow[];
}
