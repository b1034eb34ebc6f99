/**
 * Moving records to the trash and back. A visit's meetings follow the user's choice: to the trash
 * with it, in the same action, or kept without a visit; restoring the visit brings back the
 * meetings that went with it.
 */
import type { Database } from 'better-sqlite3';
import { DeleteInputSchema, IdsInputSchema } from '../api.js';
import type { CountResult, DeleteInput, IdsInput } from '../api.js';
import type { WriteContext } from './changeLog.js';
import { ArchiveError } from '../errors.js';
import { statement } from '../query/statement.js';
import { parseInput, writeTogether } from './writeTogether.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';
import type { WriteOps } from './writeTogether.js';

interface LiveMeeting {
  id: string;
  date: string | null;
}

/** The live meetings of the given visits that are live themselves. */
function liveMeetings(db: Database, visitIds: string[]): LiveMeeting[] {
  return statement(
    db,
    `SELECT m.id, m.date FROM meetings m JOIN visits v ON v.id = m.visit_id
      WHERE m.visit_id IN (SELECT value FROM json_each(?))
        AND m.deleted_at IS NULL AND v.deleted_at IS NULL
      ORDER BY m.visit_id, m.date_lo, m.rid`,
  ).all(JSON.stringify(visitIds)) as LiveMeeting[];
}

function refused(key: MessageKey, params: MessageParams): ArchiveError {
  return new ArchiveError('refused', key, params);
}

/** Does with the meetings of visits about to go to the trash what the user chose. */
function settleMeetings(
  db: Database,
  visitIds: string[],
  choice: DeleteInput['meetings'],
  ops: WriteOps,
): void {
  const meetings = liveMeetings(db, [...new Set(visitIds)]);
  if (meetings.length === 0) return;
  const one = meetings.length === 1;
  const visitCount = new Set(visitIds).size;
  if (choice === undefined) {
    throw refused('errors.deleteRecords.meetingsChoice', {
      visits: visitCount,
      meetings: meetings.length,
    });
  }
  if (choice === 'trash') {
    ops.trash(
      'meetings',
      meetings.map((m) => m.id),
    );
    return;
  }
  const undated = meetings.filter((m) => m.date === null);
  if (undated.length > 0) {
    throw refused('errors.deleteRecords.undatedMeetings', {
      which: one ? 'one' : undated.length === meetings.length ? 'all' : 'some',
      undated: undated.length,
      meetings: meetings.length,
    });
  }
  for (const { id } of meetings) ops.save({ table: 'meetings', id, values: { visit_id: null } });
}

/**
 * Moves records to the trash, as one action. For visits with live meetings, `meetings` says what
 * becomes of them (see DeleteInputSchema); a choice that cannot be carried out refuses the whole
 * request. Answers how many records of the table moved (their meetings are not counted).
 */
export function deleteRecords(
  db: Database,
  input: DeleteInput | IdsInput,
  ctx?: WriteContext,
): CountResult {
  const { table, ids, meetings } = parseInput(DeleteInputSchema, input);
  return writeTogether(
    db,
    (ops) => {
      if (table === 'visits') settleMeetings(db, ids, meetings, ops);
      return { count: ops.trash(table, ids) };
    },
    ctx,
  );
}

/**
 * The meetings that went to the trash in the action that moved a visit there, and have not
 * changed since: they come back with it. An undone change is no change (it was taken back),
 * and stays in the log only until the next action drops it.
 */
function meetingsTrashedWith(db: Database, visitId: string): string[] {
  return statement(
    db,
    `SELECT c.entity_id FROM change_log v
       JOIN change_log c ON c.txn = v.txn AND c.entity = 'meetings' AND c.op = 'delete'
       JOIN meetings m ON m.id = c.entity_id
      WHERE v.seq = (SELECT max(seq) FROM change_log
                      WHERE entity = 'visits' AND entity_id = ? AND op = 'delete' AND undone = 0)
        AND m.deleted_at IS NOT NULL AND m.visit_id = ?
        AND (SELECT deleted_at FROM visits WHERE id = ?) IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM change_log l
                         WHERE l.entity = 'meetings' AND l.entity_id = c.entity_id AND l.seq > c.seq
                           AND l.undone = 0)`,
  )
    .pluck()
    .all(visitId, visitId, visitId) as string[];
}

/**
 * Brings records back from the trash, as one action; a visit brings back the meetings that went
 * to the trash with it. Answers how many records of the table came back.
 */
export function restoreRecords(db: Database, input: IdsInput, ctx?: WriteContext): CountResult {
  const { table, ids } = parseInput(IdsInputSchema, input);
  return writeTogether(
    db,
    (ops) => {
      const meetings =
        table === 'visits' ? [...new Set(ids)].flatMap((id) => meetingsTrashedWith(db, id)) : [];
      const count = ops.restore(table, ids);
      if (meetings.length > 0) ops.restore('meetings', meetings);
      return { count };
    },
    ctx,
  );
}
