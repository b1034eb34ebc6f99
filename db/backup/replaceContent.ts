import type { Database } from 'better-sqlite3';
import { ArchiveError } from '../errors.js';
import { ftsIndexes, rebuildFtsIndex } from '../check/ftsMismatches.js';
import { TABLES } from '../api.js';
import { SEARCH_WORDS } from '../query/fields.js';
import { fillSearchWords, wordListTables } from '../query/searchWords.js';

interface SchemaObject {
  type: 'table' | 'index' | 'view' | 'trigger';
  name: string;
  sql: string | null;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The objects of a schema that SQL made (not SQLite's own, not a virtual table's shadow tables). */
function schemaObjects(db: Database, schema: 'main' | 'restored'): SchemaObject[] {
  const shadow = new Set(
    (db.pragma(`${schema}.table_list`) as { name: string; type: string }[])
      .filter((t) => t.type === 'shadow')
      .map((t) => t.name),
  );
  return (
    db
      .prepare(`SELECT type, name, sql FROM ${schema}.sqlite_master WHERE name NOT LIKE 'sqlite_%'`)
      .all() as SchemaObject[]
  ).filter((o) => !shadow.has(o.name));
}

const isVirtual = (o: SchemaObject) => /^CREATE VIRTUAL TABLE/i.test(o.sql ?? '');

/**
 * Makes the main archive hold exactly what the attached database `restored` holds, schema and
 * version included, inside the caller's transaction: so the connection that will go on using the
 * archive is the one that wrote it, and knows its schema (a copy written through another
 * connection left this one with the old schema in memory). Foreign keys must be off. Full-text
 * indexes are external-content FTS5 tables, rebuilt from their tables rather than copied.
 */
export function replaceContent(db: Database): void {
  if (!db.inTransaction) throw new Error('replaceContent runs inside a transaction');
  const now = schemaObjects(db, 'main');
  for (const type of ['trigger', 'view'] as const) {
    for (const o of now.filter((x) => x.type === type)) {
      db.exec(`DROP ${type.toUpperCase()} main.${quote(o.name)}`);
    }
  }
  for (const o of now.filter((x) => x.type === 'table'))
    db.exec(`DROP TABLE main.${quote(o.name)}`);

  const wanted = schemaObjects(db, 'restored');
  const tables = wanted.filter((o) => o.type === 'table' && !isVirtual(o));
  const virtual = wanted.filter((o) => o.type === 'table' && isVirtual(o));
  // In the backup's order, so that the archive's schema reads as the backup's does.
  for (const o of wanted.filter((x) => x.type === 'table')) db.exec(o.sql ?? '');
  for (const o of tables) {
    db.exec(`INSERT INTO main.${quote(o.name)} SELECT * FROM restored.${quote(o.name)}`);
  }
  // SQLite's own tables of AUTOINCREMENT counters and statistics hold content too.
  const has = (schema: string, name: string) =>
    db.prepare(`SELECT count(*) FROM ${schema}.sqlite_master WHERE name = ?`).pluck().get(name) ===
    1;
  for (const name of ['sqlite_sequence', 'sqlite_stat1']) {
    if (!has('main', name)) continue;
    db.exec(`DELETE FROM main.${name}`);
    if (has('restored', name)) db.exec(`INSERT INTO main.${name} SELECT * FROM restored.${name}`);
  }
  // A word list and its parts are filled from their index, below.
  const wordLists = new Set(Object.values(SEARCH_WORDS).flatMap(wordListTables));
  for (const o of virtual) {
    if (wordLists.has(o.name)) continue;
    if (!/USING fts5\b[\s\S]*content\s*=\s*'[^']+'/i.test(o.sql ?? '')) {
      throw new ArchiveError('internal', 'errors.replaceContent.backupHoldsSearch', {
        name: o.name,
      });
    }
  }
  // Views before the full-text indexes, which may read their records through one (meetings_fts).
  for (const o of wanted.filter((x) => x.type === 'view' && x.sql)) db.exec(o.sql ?? '');
  const names = new Set(virtual.map((o) => o.name));
  for (const index of ftsIndexes(db).filter((i) => names.has(i.name))) rebuildFtsIndex(db, index);
  for (const table of TABLES) {
    const words = SEARCH_WORDS[table];
    if (words && names.has(words)) fillSearchWords(db, table);
  }
  // Indexes and triggers last: the copy neither fires triggers nor updates indexes row by row.
  for (const type of ['index', 'trigger'] as const) {
    for (const o of wanted.filter((x) => x.type === type && x.sql)) db.exec(o.sql ?? '');
  }
  const version = db.pragma('restored.user_version', { simple: true }) as number;
  db.pragma(`main.user_version = ${Number(version)}`);
}
