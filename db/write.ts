import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { IdsInputSchema, SaveInputSchema } from './api.js';
import type { CountResult, IdsInput, Row, SaveInput, SaveResult, TableName } from './api.js';
import { beginAction, logChange, writeStamp } from './changeLog.js';
import type { WriteContext } from './changeLog.js';
import { ArchiveError } from './errors.js';
import { applyState, readState } from './recordState.js';
import type { RecordState } from './recordState.js';
import { RECORD_NOUN } from './tableSpecs.js';
import { validateSave } from './validate.js';
import { statement } from './statement.js';

export type { WriteContext } from './changeLog.js';
export { redo, undo } from './undo.js';
export { writableFields } from './tableSpecs.js';

/** Direct callers (the demo, imports, tests) get the same input checks as the hosts. */
function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ArchiveError(
    'invalid_input',
    'The request was not understood, so nothing was changed. Check each field listed with this message.',
    parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The stamp and txn of one user action, taken when its first change is written. */
type Action = () => { stamp: { user: string; at: string }; txn: number };

function lazyAction(db: Database, ctx: WriteContext | undefined): Action {
  let taken: ReturnType<Action> | null = null;
  return () => (taken ??= { stamp: writeStamp(ctx), txn: beginAction(db) });
}

/** One save inside a transaction the caller holds, logged under the caller's action. */
function saveInTransaction(db: Database, input: SaveInput, action: Action): SaveResult {
  const { table, id, values, expectedUpdatedAt } = input;
  const noun = RECORD_NOUN[table];
  const existing = id === undefined ? null : readState(db, table, id);
  if (id !== undefined && (existing === null || existing.deleted_at !== null)) {
    throw new ArchiveError(
      'not_found',
      existing
        ? `The ${noun} ${id} is in the trash, so it was not changed. Restore it first.`
        : `There is no ${noun} with the id ${id}, so nothing was saved. It may have been deleted for good; reload the list.`,
    );
  }
  if (existing && expectedUpdatedAt !== undefined && existing.updated_at !== expectedUpdatedAt) {
    throw new ArchiveError(
      'conflict',
      `The ${noun} was changed elsewhere since you opened it (at ${String(existing.updated_at)}), so your edit was not saved. Reload it and make your change again.`,
    );
  }
  const recordId = id ?? crypto.randomUUID();
  const { state, problems } = validateSave(db, table, recordId, values, existing);
  if (problems.length > 0) {
    throw new ArchiveError(
      'validation_failed',
      `The ${noun} was not saved: ${plural(problems.length, 'problem')} to fix.`,
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
 * Creates a record (no id) or updates the given values of one (with id), with its change-log
 * row, in one transaction. A refused save writes nothing and lists every problem at once.
 * Writes take the write lock when they begin (IMMEDIATE), so that another process writing at
 * the same time makes this one wait (busy_timeout) instead of failing halfway on a stale read.
 */
export function saveRecord(db: Database, input: SaveInput, ctx?: WriteContext): SaveResult {
  const parsed = parseInput(SaveInputSchema, input);
  return db.transaction(() => saveInTransaction(db, parsed, lazyAction(db, ctx))).immediate();
}

/**
 * Saves many records as ONE action (one undo takes them all back), in one transaction: the
 * first refused save throws and nothing at all is written.
 */
export function saveRecords(db: Database, inputs: SaveInput[], ctx?: WriteContext): SaveResult[] {
  const parsed = inputs.map((input) => parseInput(SaveInputSchema, input));
  return db
    .transaction(() => {
      const action = lazyAction(db, ctx);
      return parsed.map((input) => saveInTransaction(db, input, action));
    })
    .immediate();
}

/**
 * Runs saves that depend on one another (a person, then the meeting that names them) as ONE
 * action in one transaction: `fn` gets a save function, and if anything throws nothing is written.
 */
export function saveTogether<T>(
  db: Database,
  fn: (save: (input: SaveInput) => SaveResult) => T,
  ctx?: WriteContext,
): T {
  return db
    .transaction(() => {
      const action = lazyAction(db, ctx);
      return fn((input) => saveInTransaction(db, parseInput(SaveInputSchema, input), action));
    })
    .immediate();
}

/** Moves records to the trash (or back), as one action; records already there are left alone. */
function setTrashed(
  db: Database,
  input: IdsInput,
  trashed: boolean,
  ctx: WriteContext | undefined,
): CountResult {
  const { table, ids } = parseInput(IdsInputSchema, input);
  const noun = RECORD_NOUN[table];
  return db
    .transaction((): CountResult => {
      const unique = [...new Set(ids)];
      const states = unique.map((id) => readState(db, table, id));
      const missing = unique.filter((_, i) => states[i] === null);
      if (missing.length > 0) {
        throw new ArchiveError(
          'not_found',
          `Nothing was ${trashed ? 'deleted' : 'restored'}: ${plural(missing.length, noun)} could not be found. Reload the list and try again.`,
          missing.map((id) => ({
            path: `ids.${ids.indexOf(id)}`,
            message: `There is no ${noun} with the id ${id}.`,
          })),
        );
      }
      const targets = unique.flatMap((id, i) =>
        (states[i]!.deleted_at !== null) !== trashed ? [{ id, before: states[i]! }] : [],
      );
      if (targets.length === 0) return { count: 0 };
      const stamp = writeStamp(ctx);
      const txn = beginAction(db);
      for (const { id, before } of targets) {
        applyState(db, table, id, { deleted_at: trashed ? stamp.at : null, updated_at: stamp.at });
        const after = readState(db, table, id);
        logChange(db, txn, stamp, table, id, trashed ? 'delete' : 'restore', before, after);
      }
      return { count: targets.length };
    })
    .immediate();
}

/**
 * Moves records to the trash. A visit's meetings stay as they are: what to do with them is the
 * user's choice, asked by the interface.
 */
export function deleteRecords(db: Database, input: IdsInput, ctx?: WriteContext): CountResult {
  return setTrashed(db, input, true, ctx);
}

export function restoreRecords(db: Database, input: IdsInput, ctx?: WriteContext): CountResult {
  return setTrashed(db, input, false, ctx);
}
