import type { Database } from 'better-sqlite3';
import type { Row, TableName } from '../api.js';
import { statement } from '../query/statement.js';
import { recordSets } from '../tableSpecs.js';

/** Whether records of the table name their sources (a `source_ids` set). */
export function hasSources(table: TableName): boolean {
  return recordSets(table).includes('source_ids');
}

/** The live sources a record names, oldest first: id, title, date and kind. */
export function recordSources(db: Database, table: TableName, id: string): Row[] {
  return statement(
    db,
    `SELECT s.id, s.title, s.date, s.kind FROM source_links l JOIN sources s ON s.id = l.source_id
      WHERE l.entity = ? AND l.entity_id = ? AND s.deleted_at IS NULL
      ORDER BY s.date_lo IS NULL, s.date_lo, s.title_fold`,
  ).all(table, id) as Row[];
}
