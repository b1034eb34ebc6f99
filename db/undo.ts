import type { Database } from 'better-sqlite3';
import type { UndoResult } from './api.js';
import { changeSummary, firstUndoneTxn, lastDoneTxn } from './changeLog.js';
import type { ChangeRow } from './changeLog.js';
import { ArchiveError } from './errors.js';
import { applyState } from './recordState.js';
import type { RecordState } from './recordState.js';
import { statement } from './statement.js';

function parseState(json: string | null): RecordState | null {
  return json === null ? null : (JSON.parse(json) as RecordState);
}

/**
 * Writes one side of every change of an action back, in one transaction. A record that other
 * records came to refer to outside the change log cannot be removed by undoing its creation:
 * SQLite's foreign keys refuse, and the whole action stays as it is.
 */
function replay(db: Database, rows: ChangeRow[], side: 'before' | 'after', verb: string): void {
  try {
    for (const row of rows) applyState(db, row.entity, row.entity_id, parseState(row[side]));
  } catch (e) {
    if ((e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new ArchiveError(
        'refused',
        `This change cannot be ${verb}: other records now refer to a record it would remove. Change or delete those records first.`,
      );
    }
    throw e;
  }
}

/** Reverts the newest action still in effect: every change-log row of its txn, newest first. */
export function undo(db: Database): UndoResult {
  return db
    .transaction((): UndoResult => {
      const txn = lastDoneTxn(db);
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

/**
 * Re-applies the action undone last. Undone actions are always the newest in the log (a new
 * action drops them), so the one undone last is the oldest of them.
 */
export function redo(db: Database): UndoResult {
  return db
    .transaction((): UndoResult => {
      const txn = firstUndoneTxn(db);
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
