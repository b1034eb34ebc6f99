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
  /** The table it indexes, and that table's integer key. */
  content: string;
  rowid: string;
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
        columns,
        tokenize: option(sql, 'tokenize') ?? 'unicode61',
      },
    ];
  });
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
      `INSERT INTO ${FRESH} (rowid, ${cols}) SELECT "${index.rowid}", ${cols} FROM main."${index.content}"`,
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
      .all() as number[];
    const idOf = db.prepare(`SELECT id FROM main."${index.content}" WHERE "${index.rowid}" = ?`);
    const found: FtsMismatch[] = docs.map((rowid) => ({
      index,
      rowid,
      id: (idOf.pluck().get(rowid) as string | undefined) ?? null,
    }));
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
