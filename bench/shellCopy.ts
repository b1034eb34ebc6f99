/**
 * A yardstick for the generation rate: bench/yardstick.c (the app's SQLite, no JavaScript) copies
 * the rows of a demo archive into an empty one the way the generator loads them (one transaction,
 * indexes and triggers dropped and rebuilt; full-text indexes, word lists and the visits counted
 * by month made again by the same statements), with no JavaScript at all. No generator on the same
 * machine can write the same rows faster than that.
 */
import Database from 'better-sqlite3';
import type { TableName } from '../db/api.js';
import { ftsIndexes, rebuildFtsIndexSql } from '../db/check/ftsMismatches.js';
import { DEMO_TABLES } from '../db/demo/demoWriter.js';
import { fillSearchWordsSql } from '../db/query/searchWords.js';
import { REBUILD_VISIT_MONTH_COUNTS } from '../db/timeline/visitMonthCounts.js';
import { execInYardstick } from './yardstick.js';

export interface CopyFigures {
  rows: number;
  seconds: number;
  cpuSeconds: number;
}

function q(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The script that copies every demo table of `source` into the empty archive `target`. */
export function copyScript(source: string, target: string): string {
  const db = new Database(target, { readonly: true });
  const objects = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid",
    )
    .all() as { type: string; name: string; sql: string }[];
  const fts = ftsIndexes(db);
  const monthCounts = db
    .prepare("SELECT 1 FROM sqlite_master WHERE name = 'visit_month_counts'")
    .get();
  db.close();
  return [
    'PRAGMA journal_mode = DELETE;',
    'PRAGMA foreign_keys = OFF;',
    'PRAGMA cache_size = -262144;',
    'PRAGMA temp_store = MEMORY;',
    `ATTACH '${source.replace(/'/g, "''")}' AS src;`,
    'BEGIN;',
    ...objects.map((o) => `DROP ${o.type.toUpperCase()} ${q(o.name)};`),
    ...DEMO_TABLES.map((t) => `INSERT INTO main.${t} SELECT * FROM src.${t};`),
    ...objects.filter((o) => o.type === 'index').map((o) => `${o.sql};`),
    ...fts.map((index) => rebuildFtsIndexSql(index)),
    ...DEMO_TABLES.flatMap((t) => fillSearchWordsSql(t as TableName) ?? []),
    ...(monthCounts ? [REBUILD_VISIT_MONTH_COUNTS] : []),
    ...objects.filter((o) => o.type === 'trigger').map((o) => `${o.sql};`),
    'COMMIT;',
    '',
  ].join('\n');
}

/** Copies every demo table of `source` into the empty archive `target` with the yardstick. */
export function shellCopy(source: string, target: string): CopyFigures {
  const src = new Database(source, { readonly: true });
  const rows = DEMO_TABLES.reduce(
    (sum, t) => sum + Number(src.prepare(`SELECT count(*) FROM ${t}`).pluck().get()),
    0,
  );
  src.close();
  const { seconds, cpu } = execInYardstick(target, copyScript(source, target));
  return { rows, seconds, cpuSeconds: cpu };
}
