/**
 * A yardstick for the generation rate: bench/yardstick.c (the app's SQLite, no JavaScript) copies the rows of a demo archive into an
 * empty one the way the generator loads them (one transaction, indexes and triggers dropped and
 * rebuilt, full-text indexes rebuilt), with no JavaScript at all. No generator on the same machine
 * can write the same rows faster than that.
 */
import Database from 'better-sqlite3';
import { DEMO_TABLES } from '../db/demo/demoWriter.js';
import { execInYardstick } from './yardstick.js';

export interface CopyFigures {
  rows: number;
  seconds: number;
  cpuSeconds: number;
}

function q(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Copies every demo table of `source` into the empty archive `target` with the yardstick. */
export function shellCopy(source: string, target: string): CopyFigures {
  const db = new Database(target, { readonly: true });
  const objects = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid",
    )
    .all() as { type: string; name: string; sql: string }[];
  const fts = db
    .prepare("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")
    .pluck()
    .all() as string[];
  db.close();
  const src = new Database(source, { readonly: true });
  const rows = DEMO_TABLES.reduce(
    (sum, t) => sum + Number(src.prepare(`SELECT count(*) FROM ${t}`).pluck().get()),
    0,
  );
  src.close();
  const script = [
    'PRAGMA journal_mode = DELETE;',
    'PRAGMA foreign_keys = OFF;',
    'PRAGMA cache_size = -262144;',
    'PRAGMA temp_store = MEMORY;',
    `ATTACH '${source.replace(/'/g, "''")}' AS src;`,
    'BEGIN;',
    ...objects.map((o) => `DROP ${o.type.toUpperCase()} ${q(o.name)};`),
    ...DEMO_TABLES.map((t) => `INSERT INTO main.${t} SELECT * FROM src.${t};`),
    ...objects.filter((o) => o.type === 'index').map((o) => `${o.sql};`),
    ...fts.map((f) => `INSERT INTO ${q(f)} (${q(f)}) VALUES ('rebuild');`),
    ...objects.filter((o) => o.type === 'trigger').map((o) => `${o.sql};`),
    'COMMIT;',
    '',
  ].join('\n');
  const { seconds, cpu } = execInYardstick(target, script);
  return { rows, seconds, cpuSeconds: cpu };
}
