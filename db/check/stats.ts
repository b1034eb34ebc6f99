import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { TABLES } from '../api.js';
import type { ArchiveStats, TableName } from '../api.js';
import { derivedProblems, type DerivedProblem } from './derivedCheck.js';
import { schemaVersion } from '../migrate.js';

/**
 * The statements that count a table's records and those of them in the trash. Both read an index
 * only: every row's key (SQLite counts through the table's smallest index) and the trash's partial
 * index; a test of `deleted_at` on every row would read every row of the table, seconds on a large
 * archive, and the window waits for these counts before it shows anything.
 */
export function countStatements(table: TableName): { all: string; trashed: string } {
  return {
    all: `SELECT count(*) FROM ${table}`,
    trashed: `SELECT count(*) FROM ${table} WHERE deleted_at IS NOT NULL`,
  };
}

/** How much the archive holds: live records per table, the trash, the change log, its size. */
export function archiveStats(db: Database, file: string): ArchiveStats {
  const counts = {} as Record<TableName, number>;
  let inTrash = 0;
  for (const table of TABLES) {
    const sql = countStatements(table);
    const all = db.prepare(sql.all).pluck().get() as number;
    const trashed = db.prepare(sql.trashed).pluck().get() as number;
    counts[table] = all - trashed;
    inTrash += trashed;
  }
  const changes = db
    .prepare('SELECT count(*) FROM change_log WHERE undone = 0')
    .pluck()
    .get() as number;
  return {
    path: file,
    schemaVersion: schemaVersion(db),
    sizeBytes: fileBytes(file) ?? pagesBytes(db),
    counts,
    inTrash,
    changes,
    // Hosts that opened the archive for reading only say why (readOnlyHandlers).
    readOnly: db.readonly ? { reason: READ_ONLY_CONNECTION } : null,
  };
}

const READ_ONLY_CONNECTION =
  'This archive was opened for reading only, so nothing can be changed in this window.';

/** The archive's size on disk, its write-ahead log included. */
function fileBytes(file: string): number | null {
  const main = fs.statSync(file, { throwIfNoEntry: false });
  if (!main) return null;
  const wal = fs.statSync(`${file}-wal`, { throwIfNoEntry: false });
  return main.size + (wal?.size ?? 0);
}

function pagesBytes(db: Database): number {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  return pages * size;
}

interface ForeignKeyProblem {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

/** Past this many problems of one kind in one table, the rest are counted, not listed. */
const LISTED = 10;

const KIND_WORDS: Record<string, string> = {
  fts: 'full-text index',
  words: 'word list',
  count: 'meeting count',
  fold: 'folded text',
  span: 'date span',
};

/** Derived problems as sentences, a few of each kind and table, the rest counted. */
export function derivedSentences(problems: DerivedProblem[]): string[] {
  const shown = new Map<string, number>();
  const sentences: string[] = [];
  for (const p of problems) {
    const key = `${p.kind} ${p.table}`;
    const count = (shown.get(key) ?? 0) + 1;
    shown.set(key, count);
    if (count <= LISTED) sentences.push(p.detail);
  }
  for (const [key, count] of shown) {
    const [kind = '', table = ''] = key.split(' ');
    const what = KIND_WORDS[kind] ?? kind;
    if (count > LISTED)
      sentences.push(`…and ${count - LISTED} more ${what} problem(s) in ${table}.`);
  }
  return sentences;
}

/**
 * SQLite's own checks of the file (`integrity_check`) and of the references between records
 * (`foreign_key_check`), and the archive's check of what it derives from its records (full-text
 * indexes, counts, folded and date-span columns), each problem said as a sentence.
 */
export function checkArchive(db: Database): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  for (const { integrity_check: message } of integrity) {
    if (message !== 'ok') problems.push(`The archive file is damaged: ${message}.`);
  }
  const dangling = db.pragma('foreign_key_check') as ForeignKeyProblem[];
  for (const problem of dangling) {
    const fk = (db.pragma(`foreign_key_list(${problem.table})`) as { id: number; from: string }[])
      .filter((k) => k.id === problem.fkid)
      .map((k) => k.from);
    const where = problem.rowid === null ? '' : ` (row ${problem.rowid})`;
    problems.push(
      `A record in ${problem.table}${where} refers through ${fk.join(', ') || 'a reference'} to a record of ${problem.parent} that does not exist.`,
    );
  }
  // A damaged file can fail any read: its derived data is checked once the file is sound.
  if (problems.length === 0 || dangling.length === problems.length) {
    problems.push(...derivedSentences(derivedProblems(db)));
  }
  return { ok: problems.length === 0, problems };
}
