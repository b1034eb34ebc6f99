/**
 * One record's history as its History tab lists it: each change-log row of the record, oldest
 * first, with the fields that changed and their values before and after, as stored (ids stay ids:
 * the screen names them).
 */
import type { Database } from 'better-sqlite3';
import type { FieldChange, HistoryEntry, RecordRef, TableName } from '../api.js';
import { TABLE_FIELDS } from '../api.js';
import { recordHistory as changeRows, type ChangeRow } from './changeLog.js';
import { ArchiveError } from '../errors.js';
import { RECORD_NOUN, recordSets } from '../tableSpecs.js';
import { statement } from '../query/statement.js';

/**
 * Columns the archive keeps for itself: they change with every write, or say what `op` already
 * says (a delete or restore sets deleted_at), or never change after the record is created.
 */
const NOT_SHOWN = new Set(['rid', 'id', 'created_at', 'updated_at', 'deleted_at']);
const SHADOW = /_(fold|lo|hi)$/;

type State = Record<string, unknown>;

function parseState(json: string | null): State {
  if (json === null) return {};
  try {
    const state: unknown = JSON.parse(json);
    return typeof state === 'object' && state !== null ? (state as State) : {};
  } catch {
    return {};
  }
}

/** Nothing, an empty text and an empty list all read as "no value" on screen. */
function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** A participant keeps its id across edits or gets a new one: only what it says is compared. */
function comparable(value: unknown): string {
  if (isEmpty(value)) return '';
  return JSON.stringify(value, (key, v: unknown) => (key === 'id' ? undefined : v));
}

/** The table's fields in their order, then its sets, then any other column a state holds. */
function fieldOrder(table: TableName, states: State[]): string[] {
  const known = [...Object.keys(TABLE_FIELDS[table]), ...recordSets(table)];
  const others = states.flatMap((s) => Object.keys(s)).filter((k) => !known.includes(k));
  return [...new Set([...known, ...others])].filter((k) => !NOT_SHOWN.has(k) && !SHADOW.test(k));
}

/** The fields whose value differs between two states, in the table's order. */
export function fieldChanges(table: TableName, before: State, after: State): FieldChange[] {
  return fieldOrder(table, [before, after])
    .filter((field) => comparable(before[field]) !== comparable(after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

function entry(table: TableName, row: ChangeRow): HistoryEntry {
  return {
    seq: row.seq,
    txn: row.txn,
    op: row.op,
    at: row.at,
    user: row.user,
    undone: row.undone !== 0,
    changes: fieldChanges(table, parseState(row.before), parseState(row.after)),
  };
}

/**
 * A record's changes, oldest first; undone ones (which redo brings back) are marked. A record
 * written before the change log kept it (such as demo records) has an empty history. A record
 * that neither exists nor has a history is refused with `not_found`.
 */
export function recordHistory(db: Database, { table, id }: RecordRef): HistoryEntry[] {
  const rows = changeRows(db, table, id);
  if (rows.length === 0 && !statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) {
    throw new ArchiveError('not_found', 'errors.history.noRecord', {
      noun: RECORD_NOUN[table],
      id,
    });
  }
  return rows.map((row) => entry(table, row));
}
