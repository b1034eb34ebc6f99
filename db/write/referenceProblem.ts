import type { MessageRef } from '../../i18n/messages.js';
import type { Database } from 'better-sqlite3';
import type { TableName } from '../api.js';
import { statement } from '../query/statement.js';
import { RECORD_NOUN } from '../tableSpecs.js';

/** Why a reference cannot be written, or null when it points to a live record. */
export function referenceProblem(
  db: Database,
  table: TableName,
  id: string,
  label: string | MessageRef,
): MessageRef | null {
  const row = statement(db, `SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as
    { deleted_at: string | null } | undefined;
  const params = { label, noun: RECORD_NOUN[table], id };
  if (!row) return { key: 'problems.noRecord', params };
  if (row.deleted_at !== null) {
    return { key: 'problems.inTrash', params };
  }
  return null;
}
