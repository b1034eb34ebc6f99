/**
 * Where a broad full-text search's first page spends its time, in the archive alone:
 * `npx tsx bench/searchSplit.ts [archive] [word]` (default bench/data/bench.db, 'connectivity'),
 * opened read-only. Each part is a statement of its own, timed in processor time (median and
 * fastest of 41 runs, taken in turns so that a busy machine weighs on each alike).
 */
import os from 'node:os';
import Database from 'better-sqlite3';
import { plannedQuery, listRecords } from '../db/query/query.js';
import { parseQuery } from '../db/query/compileQuery.js';

const file = process.argv[2] ?? 'bench/data/bench.db';
const word = process.argv[3] ?? 'connectivity';
const db = new Database(file, { readonly: true, fileMustExist: true });
const query = parseQuery({ table: 'meetings', search: word, limit: 100, withTotal: false });
const planned = plannedQuery(db, query);
const match = planned.params.find((p) => typeof p === 'string' && p.includes('"'));
if (typeof match !== 'string') throw new Error(`No full-text match in ${planned.sql}`);
const fts = 'SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?';
const walk = 'SELECT t.rid FROM meetings t WHERE t.deleted_at IS NULL';
// One live row, so that the set is built (for no row at all SQLite would skip it) and tested once.
const oneRow = Number(
  db.prepare('SELECT min(rid) FROM meetings WHERE deleted_at IS NULL').pluck().get(),
);
const order = 'ORDER BY t.date_lo DESC, t.rid DESC';

const parts: [string, () => unknown][] = [
  ['the matches, read and counted', statement(`SELECT count(*) FROM (${fts})`, match)],
  [
    'the matches, read into the set the page tests rows against',
    statement(`${walk} AND t.rid = ? AND +t.rid IN (${fts})`, oneRow, match),
  ],
  ['the walk down the date index, 1,500 rows, no test', statement(`${walk} ${order} LIMIT 1500`)],
  [
    'the page of 100 ids (set and walk)',
    statement(`${walk} AND +t.rid IN (${fts}) ${order} LIMIT 100`, match),
  ],
  [
    'the page with its columns (the statement listRecords runs)',
    statement(planned.sql, ...planned.params),
  ],
  ['listRecords (planning, probes, snapshot, rows to objects)', () => listRecords(db, query)],
];

function statement(sql: string, ...params: unknown[]): () => unknown {
  const prepared = db.prepare(sql);
  return () => prepared.all(...params);
}

const times = parts.map((): number[] => []);
for (let run = 0; run < 41; run++) {
  parts.forEach(([, fn], i) => {
    const used = process.cpuUsage();
    fn();
    const { user, system } = process.cpuUsage(used);
    times[i]?.push((user + system) / 1000);
  });
}
const pick = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? NaN;
console.log(`'${word}' (${match}) on ${file}, processor ms, median (fastest):`);
parts.forEach(([name], i) => {
  const xs = times[i] ?? [];
  console.log(`  ${pick(xs, 0.5).toFixed(1)} (${pick(xs, 0).toFixed(1)})  ${name}`);
});
console.log(`load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
db.close();
