/**
 * The one write path: every create, update, move to the trash and restore is written here with
 * its change-log row, in the transaction of the action it belongs to.
 */
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { SaveInputSchema } from '../api.js';
import type { Row, SaveInput, SaveResult, TableName } from '../api.js';
import { beginAction, logChange, writeStamp } from './changeLog.js';
import type { Stamp, WriteContext } from './changeLog.js';
import { ArchiveError } from '../errors.js';
import { inputProblems, problemAt, tableOf } from '../inputProblems.js';
import { applyState, readState } from './recordState.js';
import type { RecordState } from './recordState.js';
import { recordVersion } from './recordVersion.js';
import { RECORD_NOUN } from '../tableSpecs.js';
import { validateSave } from './validate.js';
import { statement } from '../query/statement.js';

/** Direct callers (the demo, imports, tests) get the same input checks as the hosts. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ArchiveError(
    'invalid_input',
    'errors.writeTogether.requestNotUnderstood',
    {},
    inputProblems(parsed.error, tableOf(input)),
  );
}

/** The stored columns of a record, without the shadow columns kept for searching. */
export function recordRow(db: Database, table: TableName, id: string): Row {
  const row = statement(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row;
  return Object.fromEntries(
    Object.entries(row).filter(([column]) => column !== 'rid' && !/_(fold|lo|hi)$/.test(column)),
  );
}

function withoutIds(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === 'id' ? undefined : v));
}

function changes(existing: RecordState, state: RecordState): boolean {
  return Object.keys(state).some((key) => withoutIds(state[key]) !== withoutIds(existing[key]));
}

/** The stamp and txn of one user action, taken when its first change is written. */
type Action = () => { stamp: Stamp; txn: number };

function lazyAction(db: Database, ctx: WriteContext | undefined): Action {
  let taken: ReturnType<Action> | null = null;
  return () => {
    if (taken) return taken;
    const stamp = writeStamp(ctx);
    return (taken = { stamp, txn: beginAction(db, stamp.session) });
  };
}

function save(db: Database, input: SaveInput, action: Action): SaveResult {
  const { table, id, values, expectedVersion } = parseInput(SaveInputSchema, input);
  const noun = RECORD_NOUN[table];
  const existing = id === undefined ? null : readState(db, table, id);
  if (id !== undefined && (existing === null || existing.deleted_at !== null)) {
    throw new ArchiveError(
      'not_found',
      existing ? 'errors.writeTogether.trashNotChanged' : 'errors.writeTogether.noIdNothing',
      { noun, id },
    );
  }
  if (
    existing &&
    expectedVersion !== undefined &&
    recordVersion(db, table, id ?? '') !== expectedVersion
  ) {
    throw new ArchiveError('conflict', 'errors.writeTogether.changedElsewhereSince', {
      noun,
      updated_at: { time: String(existing.updated_at) },
    });
  }
  const recordId = id ?? crypto.randomUUID();
  const { state, problems } = validateSave(db, table, recordId, values, existing);
  if (problems.length > 0) {
    throw new ArchiveError(
      'validation_failed',
      'errors.writeTogether.notSavedFix',
      { noun, count: problems.length },
      problems,
    );
  }
  if (existing && !changes(existing, state)) return { record: recordRow(db, table, recordId) };
  const { stamp, txn } = action();
  applyState(
    db,
    table,
    recordId,
    existing
      ? { ...state, updated_at: stamp.at }
      : { ...state, created_at: stamp.at, updated_at: stamp.at, deleted_at: null },
  );
  const after = readState(db, table, recordId);
  logChange(db, txn, stamp, table, recordId, existing ? 'update' : 'create', existing, after);
  return { record: recordRow(db, table, recordId) };
}

/**
 * Moves records to the trash (or back); records already there (or already live) are left
 * alone. An unknown id refuses the whole action. Answers how many records moved.
 */
function setTrashed(
  db: Database,
  table: TableName,
  ids: readonly string[],
  trashed: boolean,
  action: Action,
): number {
  const noun = RECORD_NOUN[table];
  const unique = [...new Set(ids)];
  const states = unique.map((id) => readState(db, table, id));
  const missing = unique.filter((_, i) => states[i] === null);
  if (missing.length > 0) {
    throw new ArchiveError(
      'not_found',
      'errors.writeTogether.nothingNotFound',
      {
        action: trashed ? 'deleted' : 'restored',
        records: { key: 'records.counted', params: { table, count: missing.length } },
      },
      missing.map((id) => problemAt(`ids.${ids.indexOf(id)}`, 'problems.noRecordId', { noun, id })),
    );
  }
  const targets = unique.flatMap((id, i) =>
    (states[i]!.deleted_at !== null) !== trashed ? [{ id, before: states[i]! }] : [],
  );
  if (targets.length === 0) return 0;
  const { stamp, txn } = action();
  for (const { id, before } of targets) {
    applyState(db, table, id, { deleted_at: trashed ? stamp.at : null, updated_at: stamp.at });
    const after = readState(db, table, id);
    logChange(db, txn, stamp, table, id, trashed ? 'delete' : 'restore', before, after);
  }
  return targets.length;
}

/**
 * Writes the given columns or sets of a record, live or in the trash, without the checks of a
 * save: for moves the archive itself makes (a merge replacing one reference by another it has
 * checked), which must reach trashed records too, so that they come back right.
 */
function relink(
  db: Database,
  table: TableName,
  id: string,
  values: RecordState,
  action: Action,
): void {
  const before = readState(db, table, id);
  if (before === null) return;
  const { stamp, txn } = action();
  applyState(db, table, id, { ...values, updated_at: stamp.at });
  logChange(db, txn, stamp, table, id, 'update', before, readState(db, table, id));
}

/** The writes one action may make, each logged under that action. */
export interface WriteOps {
  save(input: SaveInput): SaveResult;
  /** Sets columns or sets of a record, live or trashed, that the caller has checked. */
  relink(table: TableName, id: string, values: RecordState): void;
  /** Moves records to the trash; answers how many moved. */
  trash(table: TableName, ids: readonly string[]): number;
  /** Brings records back from the trash; answers how many came back. */
  restore(table: TableName, ids: readonly string[]): number;
}

/**
 * Runs writes that belong together as ONE action (one undo takes them all back) in one
 * transaction: if anything throws, nothing is written. Writes take the write lock when they
 * begin (IMMEDIATE), so that another process writing at the same time makes this one wait
 * (busy_timeout) instead of failing halfway on a stale read.
 */
export function writeTogether<T>(db: Database, fn: (ops: WriteOps) => T, ctx?: WriteContext): T {
  return db
    .transaction(() => {
      const action = lazyAction(db, ctx);
      return fn({
        save: (input) => save(db, input, action),
        relink: (table, id, values) => relink(db, table, id, values, action),
        trash: (table, ids) => setTrashed(db, table, ids, true, action),
        restore: (table, ids) => setTrashed(db, table, ids, false, action),
      });
    })
    .immediate();
}
