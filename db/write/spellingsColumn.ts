/**
 * The write path's share of `spellings_fold` (see db/values/spellings.ts): a save that changes a
 * person's name or other spellings rewrites them, reading from the row whichever of the two the
 * save leaves as it is.
 */
import type { Database } from 'better-sqlite3';
import type { CellValue, TableName } from '../api.js';
import { statement } from '../query/statement.js';
import { spellingsOf } from '../values/spellings.js';

export function withSpellings(
  db: Database,
  table: TableName,
  id: unknown,
  stored: Map<string, CellValue>,
): void {
  if (!stored.has('name') && !stored.has('aliases')) return;
  const row = statement(db, `SELECT name, aliases FROM ${table} WHERE id = ?`).get(id) as
    { name: string; aliases: string } | undefined;
  const name = String(stored.get('name') ?? row?.name ?? '');
  const aliases = JSON.parse(String(stored.get('aliases') ?? row?.aliases ?? '[]')) as string[];
  stored.set('spellings_fold', spellingsOf(name, aliases));
}
