/**
 * Whether each full-text index holds exactly the words of the records it indexes. The indexes
 * are external-content FTS5 tables: reading one returns its records' text, not what it indexed,
 * so a plain SELECT cannot see damage, and FTS5's own 'integrity-check' needs a writable
 * connection. Instead the index is compared with one built afresh, in the connection's private
 * temp schema, from the same records with the same tokenizer: word by word (fts5vocab
 * 'instance' tables) and by the words counted per record. Nothing in the archive file is written,
 * so this also runs on an archive opened for reading only.
 */
import type { Database } from 'better-sqlite3';

export interface FtsIndex {
  name: string;
  /**
   * What it indexes (a table, or a view of one table giving each record's key beside its text:
   * see 0008_meetings_fts_date_order.sql), and the column of that key, the index's rowid.
   */
  content: string;
  rowid: string;
  /** The table of the records it indexes. */
  table: string;
  columns: string[];
  tokenize: string;
}

export interface FtsMismatch {
  index: FtsIndex;
  /** The row of `content` whose words differ, or the index's totals when null. */
  rowid: number | null;
  /** The record's id, when the row still exists. */
  id: string | null;
}

function option(sql: string, name: string): string | null {
  return new RegExp(`\\b${name}\\s*=\\s*'((?:[^']|'')*)'`, 'i').exec(sql)?.[1] ?? null;
}

/** The archive's external-content FTS5 tables, read from the schema. */
export function ftsIndexes(db: Database): FtsIndex[] {
  const rows = db
    .prepare(
      "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%' ORDER BY name",
    )
    .all() as { name: string; sql: string }[];
  return rows.flatMap(({ name, sql }) => {
    const content = option(sql, 'content');
    if (!content) return [];
    const columns = (db.pragma(`main.table_info("${name}")`) as { name: string }[]).map(
      (c) => c.name,
    );
    return [
      {
        name,
        content,
        rowid: option(sql, 'content_rowid') ?? 'rowid',
        table: viewedTable(db, content) ?? content,
        columns,
        tokenize: option(sql, 'tokenize') ?? 'unicode61',
      },
    ];
  });
}

/** The one table a view reads, or null when `name` is not a view. */
function viewedTable(db: Database, name: string): string | null {
  const sql = db
    .prepare("SELECT sql FROM main.sqlite_master WHERE type = 'view' AND name = ?")
    .pluck()
    .get(name) as string | undefined;
  return sql ? (/\bFROM\s+"?(\w+)/i.exec(sql)?.[1] ?? null) : null;
}

/**
 * Writes every record into an empty external-content index in the order of its rowid, which is
 * how FTS5 writes an index in few large pieces. 'rebuild' reads the content in its own order:
 * for an index keyed otherwise than by rid (meetings_fts, by date) that is out of rowid order,
 * and FTS5 then writes many small pieces (three to four times slower). `readRow`, when given, is
 * an SQL condition called on each record read (to count them).
 */
export function fillFtsIndex(db: Database, index: FtsIndex, readRow = '1'): void {
  db.prepare(fillFtsIndexSql(index, readRow)).run();
}

function fillFtsIndexSql(index: FtsIndex, readRow = '1'): string {
  const cols = index.columns.map((c) => `"${c}"`).join(', ');
  return `INSERT INTO main."${index.name}" (rowid, ${cols})
     SELECT "${index.rowid}", ${cols} FROM main."${index.content}" WHERE ${readRow} ORDER BY "${index.rowid}"`;
}

/** The statements that make an external-content index again from its records. */
export function rebuildFtsIndexSql(index: FtsIndex): string {
  if (index.table === index.content) {
    return `INSERT INTO main."${index.name}" ("${index.name}") VALUES ('rebuild');`;
  }
  return `INSERT INTO main."${index.name}" ("${index.name}") VALUES ('delete-all');
    ${fillFtsIndexSql(index)};`;
}

/** An external-content index made again from its records. */
export function rebuildFtsIndex(db: Database, index: FtsIndex): void {
  db.exec(rebuildFtsIndexSql(index));
}

const FRESH = 'temp.derived_check_fresh';
const FRESH_WORDS = 'temp.derived_check_fresh_words';
const WORDS = 'temp.derived_check_words';

function dropTemp(db: Database): void {
  for (const name of [WORDS, FRESH_WORDS, FRESH]) db.exec(`DROP TABLE IF EXISTS ${name}`);
}

function quoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The totals record (rows, then words per column) as numbers, SQLite varints decoded. An index
 * that never held a row may store it as zeros or as nothing: both read as no numbers.
 */
function totalsOf(block: unknown): string {
  const numbers: number[] = [];
  if (Buffer.isBuffer(block)) {
    let at = 0;
    while (at < block.length) {
      let value = 0;
      for (let i = 0; at < block.length; i++) {
        const byte = block[at++]!;
        if (i === 8) {
          value = value * 256 + byte;
          break;
        }
        value = value * 128 + (byte & 0x7f);
        if (byte < 0x80) break;
      }
      numbers.push(value);
    }
  }
  while (numbers.at(-1) === 0) numbers.pop();
  return numbers.join(' ');
}

/** The rows where an index and its records disagree; none when it is sound. */
export function ftsMismatches(db: Database, index: FtsIndex): FtsMismatch[] {
  const cols = index.columns.map((c) => `"${c}"`).join(', ');
  dropTemp(db);
  try {
    db.exec(
      `CREATE VIRTUAL TABLE ${FRESH} USING fts5(${cols}, content='', tokenize=${quoted(index.tokenize)})`,
    );
    db.exec(
      `INSERT INTO ${FRESH} (rowid, ${cols}) SELECT "${index.rowid}", ${cols} FROM main."${index.content}" ORDER BY "${index.rowid}"`,
    );
    db.exec(`CREATE VIRTUAL TABLE ${WORDS} USING fts5vocab(main, "${index.name}", instance)`);
    db.exec(
      `CREATE VIRTUAL TABLE ${FRESH_WORDS} USING fts5vocab(temp, derived_check_fresh, instance)`,
    );
    const words = 'term, doc, col, offset';
    const sizes = `main."${index.name}_docsize"`;
    const freshSizes = `${FRESH}_docsize`;
    const docs = db
      .prepare(
        `SELECT doc FROM (SELECT ${words} FROM ${WORDS} EXCEPT SELECT ${words} FROM ${FRESH_WORDS})
         UNION SELECT doc FROM (SELECT ${words} FROM ${FRESH_WORDS} EXCEPT SELECT ${words} FROM ${WORDS})
         UNION SELECT id FROM (SELECT id, sz FROM ${sizes} EXCEPT SELECT id, sz FROM ${freshSizes})
         UNION SELECT id FROM (SELECT id, sz FROM ${freshSizes} EXCEPT SELECT id, sz FROM ${sizes})`,
      )
      .pluck()
      .safeIntegers(true)
      .all() as bigint[];
    // Keys past 2^53 (meetings_fts's dates) are read and looked up as they are; a record is named
    // by its rid.
    const record = db.prepare(
      `SELECT rid, id FROM main."${index.content}" WHERE "${index.rowid}" = ?`,
    );
    const found: FtsMismatch[] = docs.map((doc) => {
      const row = record.get(doc) as { rid: number; id: string } | undefined;
      return { index, rowid: row?.rid ?? Number(doc & 0xffffffffn), id: row?.id ?? null };
    });
    // The totals that ranking reads (rows and words per column) live in the record of id 1.
    const totals = (data: string) =>
      db.prepare(`SELECT block FROM ${data} WHERE id = 1`).pluck().get();
    const stored = totals(`main."${index.name}_data"`);
    const fresh = totals(`${FRESH}_data`);
    if (found.length === 0 && totalsOf(stored) !== totalsOf(fresh)) {
      found.push({ index, rowid: null, id: null });
    }
    return found;
  } finally {
    dropTemp(db);
  }
}
