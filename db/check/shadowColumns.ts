/**
 * The shadow columns the write path keeps beside a record's own columns: the folded copy of a
 * text field (`title_fold`, see fold.ts), the folded lines of a list (`aliases_fold`), and the
 * first and last day of a partial date (`start_date_lo`, `start_date_hi`, see dates.ts). They are
 * found from the tables' real columns, so a migration that adds one is checked without a list
 * here, and each is recomputed with the same functions the write path uses.
 */
import type { Database } from 'better-sqlite3';
import { TABLES, type TableName } from '../api.js';
import { dateSpan } from '../values/dates.js';
import { fold } from '../values/fold.js';
import { LIST_COLUMNS } from '../tableSpecs.js';
import { spellingsOf } from '../values/spellings.js';

export interface ShadowColumn {
  table: TableName;
  column: string;
  /** The record's own column it follows from. */
  source: string;
  /** Another column it follows from as well. */
  also?: string;
  kind: 'fold' | 'span' | 'spellings';
  /** The value the shadow column must hold for this source value (and the other's). */
  expected: (value: unknown, also?: unknown) => string | null;
}

/** A person's spellings, from their name and other spellings (see spellings.ts). */
function spellings(name: unknown, aliases: unknown): string | null {
  try {
    const list = JSON.parse(String(aliases)) as unknown;
    if (typeof name !== 'string' || !Array.isArray(list)) return null;
    return spellingsOf(name, list.map(String));
  } catch {
    return null;
  }
}

function foldList(value: unknown): string | null {
  try {
    const list = JSON.parse(String(value)) as unknown;
    if (!Array.isArray(list)) return null;
    return list.map((item) => fold(String(item))).join('\n');
  } catch {
    return null;
  }
}

function shadowOf(table: TableName, column: string, columns: Set<string>): ShadowColumn | null {
  if (column === 'spellings_fold' && columns.has('name') && columns.has('aliases')) {
    return {
      table,
      column,
      source: 'name',
      also: 'aliases',
      kind: 'spellings',
      expected: spellings,
    };
  }
  const fromFold = /^(.+)_fold$/.exec(column)?.[1];
  if (fromFold && columns.has(fromFold)) {
    const list = LIST_COLUMNS[table]?.includes(fromFold) ?? false;
    const expected = list
      ? foldList
      : (value: unknown) => (typeof value === 'string' ? fold(value) : null);
    return { table, column, source: fromFold, kind: 'fold', expected };
  }
  const [, fromDate, end] = /^(.+)_(lo|hi)$/.exec(column) ?? [];
  if (
    fromDate &&
    end &&
    columns.has(fromDate) &&
    columns.has(`${fromDate}_${end === 'lo' ? 'hi' : 'lo'}`)
  ) {
    const expected = (value: unknown) => {
      const span = typeof value === 'string' ? dateSpan(value) : null;
      return span ? span[end as 'lo' | 'hi'] : null;
    };
    return { table, column, source: fromDate, kind: 'span', expected };
  }
  return null;
}

/** Every shadow column of every table the archive holds records in. */
export function shadowColumns(db: Database): ShadowColumn[] {
  return TABLES.flatMap((table) => {
    // Asked afresh, not from a cache: a restore or migration may have changed the columns.
    const info = db.pragma(`main.table_info(${table})`) as { name: string }[];
    const columns = new Set(info.map((c) => c.name));
    return [...columns].flatMap((column) => shadowOf(table, column, columns) ?? []);
  });
}

export interface ShadowMismatch {
  shadow: ShadowColumn;
  rid: number;
  id: string;
  value: unknown;
  stored: unknown;
  expected: string | null;
}

/** The shadow cells of a table that do not hold what their source gives, trashed rows included. */
export function shadowMismatches(
  db: Database,
  table: TableName,
  shadows: ShadowColumn[],
): ShadowMismatch[] {
  const mine = shadows.filter((s) => s.table === table);
  if (mine.length === 0) return [];
  const names = new Set([
    'rid',
    'id',
    ...mine.flatMap((s) => [s.source, s.column, s.also ?? 'id']),
  ]);
  const rows = db
    .prepare(`SELECT ${[...names].map((n) => `"${n}"`).join(', ')} FROM ${table} ORDER BY rid`)
    .all() as Record<string, unknown>[];
  const found: ShadowMismatch[] = [];
  for (const row of rows) {
    for (const shadow of mine) {
      const value = row[shadow.source];
      const expected = shadow.expected(value, shadow.also && row[shadow.also]);
      const stored = row[shadow.column];
      if (stored === expected) continue;
      found.push({ shadow, rid: row.rid as number, id: String(row.id), value, stored, expected });
    }
  }
  return found;
}
