/**
 * Loading millions of rows into an empty archive, fast, and leaving it exactly as the migrations
 * define it.
 *
 * Inside one transaction, the secondary indexes and the triggers whose work can be redone in bulk
 * (full-text sync, meeting counts, the visits counted by month, word lists) are dropped; the rows are written; then the indexes are built
 * again in one sort each, every external-content FTS5 index is rebuilt from its table (and its
 * word list given its new words), and the
 * triggers are recreated from their own SQL. Any failure rolls all of it back, so the archive is
 * either filled and whole or untouched. The caller writes meeting_count itself.
 */
import type Database from 'better-sqlite3';
import { rebuildVisitMonthCounts } from '../timeline/visitMonthCounts.js';
import { ftsIndexes, rebuildFtsIndex, type FtsIndex } from '../check/ftsMismatches.js';
import type { TableName } from '../api.js';
import { SEARCH_WORDS } from '../query/fields.js';
import { fillSearchWords } from '../query/searchWords.js';

interface SchemaObject {
  type: 'index' | 'trigger';
  name: string;
  tbl_name: string;
  sql: string;
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** External-content FTS5 tables, by the table whose text they index. */
function ftsTables(db: Database.Database): FtsIndex[] {
  return ftsIndexes(db);
}

function tryPragma(db: Database.Database, pragma: string): void {
  try {
    db.pragma(pragma);
  } catch {
    // Busy: keep the current setting.
  }
}

export function withBulkLoad<T>(
  db: Database.Database,
  tables: readonly string[],
  load: () => T,
): T {
  if (db.inTransaction) throw new Error('A bulk load cannot run inside another transaction.');
  const loaded = new Set(tables);
  const fts = ftsTables(db).filter((t) => loaded.has(t.table));
  const ftsNames = fts.map((t) => t.name);
  const wordLists = tables.flatMap((t) => SEARCH_WORDS[t as TableName] ?? []);
  // Only triggers whose effect is redone below may go: others keep firing during the load.
  const redone = (o: SchemaObject) =>
    o.type === 'index' ||
    ftsNames.some((n) => o.sql.includes(n)) ||
    wordLists.some((w) => o.sql.includes(w)) ||
    o.sql.includes('meeting_count') ||
    o.sql.includes('visit_month_counts');

  const foreignKeys = db.pragma('foreign_keys', { simple: true });
  const cacheSize = db.pragma('cache_size', { simple: true });
  const tempStore = db.pragma('temp_store', { simple: true });
  // The rows are consistent by construction and checked by the tests; per-row foreign key look-ups
  // would double the load time. Foreign keys can only be switched outside a transaction.
  db.pragma('foreign_keys = OFF');
  // A write-ahead log would take every new page twice (log, then checkpoint). The archive is empty,
  // so a rollback journal has almost nothing to save and the pages go straight to the file.
  // Another connection keeps the log in place: then the load simply runs in WAL mode.
  const journal = String(db.pragma('journal_mode', { simple: true }));
  if (journal === 'wal') tryPragma(db, 'journal_mode = DELETE');
  db.pragma('cache_size = -262144');
  // Rebuilding an index sorts the whole table: in memory rather than through temporary files.
  db.pragma('temp_store = MEMORY');
  try {
    return db.transaction(() => {
      const objects = db
        .prepare<[], SchemaObject>(
          "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid",
        )
        .all()
        .filter((o) => loaded.has(o.tbl_name) && redone(o));
      for (const o of objects) db.exec(`DROP ${o.type.toUpperCase()} ${quoted(o.name)}`);
      const result = load();
      for (const o of objects) if (o.type === 'index') db.exec(o.sql);
      for (const index of fts) rebuildFtsIndex(db, index);
      for (const table of loaded) fillSearchWords(db, table as TableName);
      if (objects.some((o) => o.sql.includes('visit_month_counts'))) rebuildVisitMonthCounts(db);
      for (const o of objects) if (o.type === 'trigger') db.exec(o.sql);
      return result;
    })();
  } finally {
    db.pragma(`cache_size = ${Number(cacheSize)}`);
    db.pragma(`temp_store = ${Number(tempStore)}`);
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    if (journal === 'wal') db.pragma('journal_mode = WAL');
  }
}
