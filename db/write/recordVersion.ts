import type { Database } from 'better-sqlite3';
import type { TableName } from '../api.js';
import { statement } from '../query/statement.js';

/** How many times a record was written (see migration 0003), or null when it is not there. */
export function recordVersion(db: Database, table: TableName, id: string): number | null {
  return (
    (statement(db, `SELECT version FROM ${table} WHERE id = ?`).pluck().get(id) as
      number | undefined) ?? null
  );
}
