import type { Database } from 'better-sqlite3';
import type { ChangeRow } from './changeLog.js';
import { ArchiveError } from '../errors.js';
import type { RecordState } from './recordState.js';
import { statement } from '../query/statement.js';
import { RECORD_NOUN } from '../tableSpecs.js';

/**
 * Whether the record holds what a logged state says, in every column the state names that the
 * record still has (a later migration may add or remove columns).
 */
function holds(logged: RecordState | null, current: RecordState | null): boolean {
  if (logged === null || current === null) return logged === current;
  return Object.keys(logged).every(
    (key) => !(key in current) || JSON.stringify(logged[key]) === JSON.stringify(current[key]),
  );
}

function recordName(state: RecordState | null, id: string): string {
  const name = state?.name ?? state?.title;
  return typeof name === 'string' && name !== '' ? name : id;
}

/**
 * Refuses to write a change's other side over a record that no longer holds the side the change
 * left (undo) or found (redo): someone else changed it since, in another window or on another
 * workstation, and writing over it would take their change back unseen. Names who, from the
 * newest change of the record by another action, when the log has one.
 */
export function refuseIfChangedSince(
  db: Database,
  row: ChangeRow,
  expected: RecordState | null,
  current: RecordState | null,
  verb: 'undone' | 'redone',
): void {
  if (holds(expected, current)) return;
  const noun = RECORD_NOUN[row.entity];
  const other = statement(
    db,
    `SELECT user, at FROM change_log
      WHERE entity = ? AND entity_id = ? AND txn <> ? ORDER BY seq DESC LIMIT 1`,
  ).get(row.entity, row.entity_id, row.txn) as { user: string; at: string } | undefined;
  throw new ArchiveError('conflict', 'errors.undoConflict.cannotChangedSince', {
    verb,
    noun,
    name: recordName(current ?? expected, row.entity_id),
    known: other ? 'yes' : 'no',
    user: other?.user ?? '',
    at: { time: other?.at ?? '' },
  });
}
