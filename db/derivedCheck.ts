/**
 * Every structure the archive derives from its records, recomputed from the records and compared:
 * the folded and date-span shadow columns, a visit's meeting count, the full-text indexes.
 */
import type { Database } from 'better-sqlite3';
import { TABLES, type TableName } from './api.js';
import { dateSpan } from './dates.js';
import { fold } from './fold.js';
import { tableColumns } from './recordState.js';
import { LIST_COLUMNS } from './tableSpecs.js';

export interface DerivedProblem {
  kind: 'fold' | 'span' | 'count' | 'fts';
  table: string;
  /** The record, or null for a problem of a whole index. */
  id: string | null;
  detail: string;
}

type Cell = string | number | null;

function expectedFold(table: TableName, column: string, value: Cell): string | null {
  if (LIST_COLUMNS[table]?.includes(column)) {
    return (JSON.parse(String(value)) as string[]).map(fold).join('\n');
  }
  return typeof value === 'string' ? fold(value) : null;
}

function shadowProblems(db: Database, table: TableName): DerivedProblem[] {
  const columns = tableColumns(db, table);
  const folded = [...columns].filter((c) => c.endsWith('_fold') && columns.has(c.slice(0, -5)));
  const spans = [...columns].filter(
    (c) => columns.has(`${c}_lo`) && columns.has(`${c}_hi`) && !c.endsWith('_fold'),
  );
  const problems: DerivedProblem[] = [];
  for (const row of db.prepare(`SELECT * FROM ${table}`).iterate() as Iterable<
    Record<string, Cell>
  >) {
    const id = String(row.id);
    for (const shadow of folded) {
      const base = shadow.slice(0, -5);
      const expected = expectedFold(table, base, row[base] ?? null);
      if (row[shadow] !== expected) {
        problems.push({
          kind: 'fold',
          table,
          id,
          detail: `${shadow} is ${JSON.stringify(row[shadow])}, expected ${JSON.stringify(expected)}`,
        });
      }
    }
    for (const base of spans) {
      const value = row[base];
      const span = typeof value === 'string' ? dateSpan(value) : null;
      for (const [end, expected] of [
        ['lo', span?.lo ?? null],
        ['hi', span?.hi ?? null],
      ] as const) {
        if (row[`${base}_${end}`] !== expected) {
          problems.push({
            kind: 'span',
            table,
            id,
            detail: `${base}_${end} is ${JSON.stringify(row[`${base}_${end}`])}, expected ${JSON.stringify(expected)}`,
          });
        }
      }
    }
  }
  return problems;
}

function countProblems(db: Database): DerivedProblem[] {
  const rows = db
    .prepare(
      `SELECT v.id, v.meeting_count AS stored,
              (SELECT count(*) FROM meetings m
                WHERE m.visit_id = v.id AND m.deleted_at IS NULL) AS actual
         FROM visits v WHERE stored <> actual`,
    )
    .all() as { id: string; stored: number; actual: number }[];
  return rows.map((r) => ({
    kind: 'count',
    table: 'visits',
    id: r.id,
    detail: `meeting_count is ${r.stored}, expected ${r.actual}`,
  }));
}

/** FTS5's own comparison of each index with its records; needs a connection that can write. */
function ftsProblems(db: Database): DerivedProblem[] {
  const problems: DerivedProblem[] = [];
  for (const table of TABLES) {
    const name = `${table}_fts`;
    const exists = db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(name);
    if (exists === undefined) continue;
    try {
      db.prepare(`INSERT INTO ${name} (${name}, rank) VALUES ('integrity-check', 1)`).run();
    } catch (e) {
      const code = String((e as { code?: unknown }).code ?? '');
      if (code.startsWith('SQLITE_READONLY')) continue;
      if (!code.startsWith('SQLITE_CORRUPT')) throw e;
      problems.push({ kind: 'fts', table, id: null, detail: `${name} does not match its records` });
    }
  }
  return problems;
}

/** Every derived structure that does not match what its records say; empty when all agree. */
export function derivedProblems(db: Database): DerivedProblem[] {
  return [
    ...TABLES.flatMap((table) => shadowProblems(db, table)),
    ...countProblems(db),
    ...ftsProblems(db),
  ];
}
