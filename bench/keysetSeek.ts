/**
 * A deep page by OFFSET against the same page by keyset (`after`), in the archive alone:
 * `npx tsx bench/keysetSeek.ts [archive]` (default bench/data/bench.db), opened read-only.
 */
import os from 'node:os';
import Database from 'better-sqlite3';
import { listRecords } from '../db/query/query.js';
import { parseQuery } from '../db/query/compileQuery.js';

const file = process.argv[2] ?? 'bench/data/bench.db';
const db = new Database(file, { readonly: true, fileMustExist: true });
const base = { table: 'meetings' as const, columns: ['date', 'city', 'country'], limit: 200 };
const offsetMs: number[] = [];
const seekMs: number[] = [];
for (let run = 0; run < 11; run++) {
  const at = 100_000 + run * 70_000;
  let began = performance.now();
  const { rows } = listRecords(db, parseQuery({ ...base, offset: at, withTotal: false }));
  offsetMs.push(performance.now() - began);
  began = performance.now();
  listRecords(
    db,
    parseQuery({ ...base, after: String(rows[rows.length - 1]?.id), withTotal: false }),
  );
  seekMs.push(performance.now() - began);
}
const pick = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? NaN;
for (const [name, xs] of [
  ['OFFSET', offsetMs],
  ['after (keyset)', seekMs],
] as const) {
  console.log(`${name}: p50 ${pick(xs, 0.5).toFixed(1)} ms, p95 ${pick(xs, 0.95).toFixed(1)} ms`);
}
console.log(`load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
db.close();
