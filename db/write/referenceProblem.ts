import type { Database } from 'better-sqlite3';
import type { TableName } from '../api.js';
import { statement } from '../query/statement.js';
import { RECORD_NOUN } from '../tableSpecs.js';

/** Why a reference cannot be written, or null when it points to a live record. */
export function referenceProblem(
  db: Database,
  table: TableName,
  id: string,
  label: string,
): string | null {
  const row = statement(db, `SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as
    { deleted_at: string | null } | undefined;
  if (!row) return `${label}: there is no ${RECORD_NOUN[table]} with the id ${id} in the archive.`;
  if (row.deleted_at !== null) {
    return `${label}: the ${RECORD_NOUN[table]} ${id} is in the trash. Restore it first, or choose another.`;
  }
  return null;
}
