import type { Database } from 'better-sqlite3';
import type { SaveInput, SaveResult } from '../api.js';
import type { WriteContext } from './changeLog.js';
import { writeTogether } from './writeTogether.js';

export type { WriteContext } from './changeLog.js';
export { redo, undo } from './undo.js';
export { writableFields } from '../tableSpecs.js';
export { recordRow, writeTogether } from './writeTogether.js';
export type { WriteOps } from './writeTogether.js';
export { deleteRecords, restoreRecords } from './deleteRecords.js';

/**
 * Creates a record (no id) or updates the given values of one (with id), with its change-log
 * row, in one transaction. A refused save writes nothing and lists every problem at once.
 */
export function saveRecord(db: Database, input: SaveInput, ctx?: WriteContext): SaveResult {
  return writeTogether(db, ({ save }) => save(input), ctx);
}

/**
 * Saves many records as ONE action (one undo takes them all back), in one transaction: the
 * first refused save throws and nothing at all is written.
 */
export function saveRecords(db: Database, inputs: SaveInput[], ctx?: WriteContext): SaveResult[] {
  return writeTogether(db, ({ save }) => inputs.map((input) => save(input)), ctx);
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
  return writeTogether(db, ({ save }) => fn(save), ctx);
}
