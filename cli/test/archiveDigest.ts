import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * A fingerprint of every row of every table, to show that a refused call changed nothing. A
 * contentless index has no rows to read (a word list's, emptied by the write that fills it).
 */
export function archiveDigest(db: Database.Database): string {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%content=''''%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const hash = crypto.createHash('sha256');
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().all()) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
    }
  }
  return hash.digest('hex');
}
