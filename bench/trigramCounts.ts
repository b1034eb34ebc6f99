/**
 * A substring filter's count both ways through the trigram index, beside the probe that chooses
 * between them (db/query/textMatch.ts trigramCountProbes): every live row tested against the
 * index's list of rows (`walk`, the page's `+`) or each listed row looked up by its row id
 * (`lookup`). Not part of `npm run bench`; for setting LOOKUP_SHARE on a large archive:
 *
 *   npx tsx bench/trigramCounts.ts <archive> <table> <field> <word...>
 *
 * The archive is opened for reading only. Median of 3 runs of each count statement, ms.
 */
import os from 'node:os';
import Database from 'better-sqlite3';
import { QuerySchema, type TableName } from '../db/api.js';
import { compileQuery } from '../db/query/compileQuery.js';
import { LOOKUP_SHARE, trigramCountProbes } from '../db/query/textMatch.js';

const [file, table, field, ...words] = process.argv.slice(2);
if (!file || !table || !field || words.length === 0)
  throw new Error('Usage: trigramCounts.ts <archive> <table> <field> <word...>');
const db = new Database(file, { readonly: true, fileMustExist: true });
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const get = (sql: string, params: unknown[]) =>
  Number((db.prepare(sql).get(...params) as { count: number }).count);
try {
  console.log(`${new Date().toISOString()} load ${load()}; ${table} ${field} contains`);
  for (const word of words) {
    const q = QuerySchema.parse({
      table: table as TableName,
      where: [{ field, op: 'contains', value: word }],
      withTotal: false,
    });
    const [probe] = trigramCountProbes(q.table, q.where);
    if (!probe) throw new Error(`${table}.${field} contains "${word}" has no trigram count`);
    const share = get(probe.probe.sql, probe.probe.params);
    const times: Record<'walk' | 'lookup', number[]> = { walk: [], lookup: [] };
    const counts: Record<'walk' | 'lookup', number> = { walk: 0, lookup: 0 };
    for (let run = 0; run < 3; run++) {
      for (const way of ['walk', 'lookup'] as const) {
        const c = compileQuery(q, way === 'lookup' ? { lookUpCounts: [0] } : {});
        const start = performance.now();
        counts[way] = get(c.countSql, c.countParams);
        times[way].push(performance.now() - start);
      }
    }
    if (counts.walk !== counts.lookup) throw new Error(`"${word}": the two counts differ`);
    const chosen = share < LOOKUP_SHARE ? 'lookup' : 'walk';
    console.log(
      `${word}: sample ${share}‰ → ${chosen}; count ${counts.walk}; walk ${median(times.walk).toFixed(1)} lookup ${median(times.lookup).toFixed(1)}`,
    );
  }
  console.log(`load ${load()}`);
} finally {
  db.close();
}
