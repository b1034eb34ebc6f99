import type { Database } from 'better-sqlite3';
import type { UndoResult } from '../api.js';
import { changeSummary, firstUndoneTxn, lastDoneTxn } from './changeLog.js';
import type { ChangeRow, WriteContext } from './changeLog.js';
import { ArchiveError } from '../errors.js';
import { applyState, readState } from './recordState.js';
import type { RecordState } from './recordState.js';
import { statement } from '../query/statement.js';
import { RECORD_NOUN } from '../tableSpecs.js';
import { refuseIfChangedSince } from './undoConflict.js';

function parseState(json: string | null): RecordState | null {
  return json === null ? null : (JSON.parse(json) as RecordState);
}

function isForeignKeyFailure(e: unknown): boolean {
  return (e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * Writes one side of every change of an action back, in one transaction: anything refused
 * throws, and the caller's transaction leaves the whole action as it is.
 *
 * A record deleted for good (the trash emptied) keeps its history, but a change of it cannot be
 * undone or redone: the record is gone, or the change names one that is. A record that other
 * records came to refer to outside the change log cannot be removed by undoing its creation:
 * SQLite's foreign keys refuse.
 */
function replay(
  db: Database,
  rows: ChangeRow[],
  side: 'before' | 'after',
  verb: 'undone' | 'redone',
): void {
  for (const row of rows) {
    const recreates = side === 'after' && row.op === 'create';
    const exists = statement(db, `SELECT 1 FROM ${row.entity} WHERE id = ?`).get(row.entity_id);
    if (!recreates && exists === undefined) {
      throw new ArchiveError('refused', 'errors.undo.changedDeletedGood', {
        verb,
        noun: RECORD_NOUN[row.entity],
      });
    }
    const state = parseState(row[side]);
    const left = parseState(row[side === 'before' ? 'after' : 'before']);
    refuseIfChangedSince(db, row, left, readState(db, row.entity, row.entity_id), verb);
    try {
      applyState(db, row.entity, row.entity_id, state);
    } catch (e) {
      if (!isForeignKeyFailure(e)) throw e;
      throw new ArchiveError(
        'refused',
        state === null ? 'errors.undo.otherRecordsNow' : 'errors.undo.namesRecordDeleted',
        { verb },
      );
    }
  }
}

/**
 * Reverts the newest action of the window's scope still in effect (its own, or made outside any
 * window): every change-log row of its txn, newest first.
 */
export function undo(db: Database, ctx: Pick<WriteContext, 'session'> = {}): UndoResult {
  return db
    .transaction((): UndoResult => {
      const txn = lastDoneTxn(db, ctx.session ?? null);
      if (txn === null) return { change: null };
      const rows = statement(db, 'SELECT * FROM change_log WHERE txn = ? ORDER BY seq DESC').all(
        txn,
      ) as ChangeRow[];
      replay(db, rows, 'before', 'undone');
      statement(db, 'UPDATE change_log SET undone = 1 WHERE txn = ?').run(txn);
      return { change: changeSummary(rows.at(-1)!) };
    })
    .immediate();
}

/** Re-applies the action of the window's scope undone last. */
export function redo(db: Database, ctx: Pick<WriteContext, 'session'> = {}): UndoResult {
  return db
    .transaction((): UndoResult => {
      const txn = firstUndoneTxn(db, ctx.session ?? null);
      if (txn === null) return { change: null };
      const rows = statement(db, 'SELECT * FROM change_log WHERE txn = ? ORDER BY seq').all(
        txn,
      ) as ChangeRow[];
      replay(db, rows, 'after', 'redone');
      statement(db, 'UPDATE change_log SET undone = 0 WHERE txn = ?').run(txn);
      return { change: changeSummary(rows[0]!) };
    })
    .immediate();
}
