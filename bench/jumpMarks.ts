/**
 * What reference rows for jumps would cost: the id of every 200th meeting in the Meetings table's
 * order (newest first), read once after the count so that a jump could seek after the nearest one
 * instead of stepping over its OFFSET. `npx tsx bench/jumpMarks.ts [archive]` (default
 * bench/data/bench.db), opened read-only; processor time of this process, median of 3 after 1.
 */
import os from 'node:os';
import Database from 'better-sqlite3';
import { countRecords, listRecords, wholeQuery } from '../db/query/query.js';
import { parseQuery } from '../db/query/compileQuery.js';

const file = process.argv[2] ?? 'bench/data/bench.db';
const db = new Database(file, { readonly: true, fileMustExist: true });
const EVERY = 200;

function cpuMs(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const began = process.cpuUsage();
    run();
    const used = process.cpuUsage(began);
    if (i > 0) times.push((used.user + used.system) / 1000);
  }
  return [...times].sort((a, b) => a - b)[1] ?? NaN;
}

const whole = wholeQuery(db, parseQuery({ table: 'meetings', columns: ['id'] }));
const stepped = () => {
  const ids: unknown[] = [];
  let n = 0;
  const rows = db
    .prepare(whole.sql)
    .raw(true)
    .iterate(...whole.params) as Iterable<unknown[]>;
  for (const row of rows) if (++n % EVERY === 0) ids.push(row[0]);
  return ids;
};
// The same walk in SQLite alone: numbered by a window function, every 200th kept.
const windowSql = `SELECT m.id FROM (SELECT rid, row_number() OVER (ORDER BY date_lo DESC, rid DESC)
  AS n FROM meetings WHERE deleted_at IS NULL) w JOIN meetings m ON m.rid = w.rid
  WHERE w.n % ${EVERY} = 0 ORDER BY w.n`;
const windowed = () => db.prepare(windowSql).pluck().all();
const count = () => countRecords(db, parseQuery({ table: 'meetings' }));
const deep = () =>
  listRecords(
    db,
    parseQuery({
      table: 'meetings',
      columns: ['date', 'city', 'country'],
      offset: 490_000,
      limit: 200,
      withTotal: false,
    }),
  );

const marks = stepped().length;
console.log(`${marks} marks, one every ${EVERY} meetings`);
for (const [name, run] of [
  ['marks: every row read in order, every 200th id kept', stepped],
  ['marks: numbered by row_number() in SQLite', windowed],
  ['the count', count],
  ['one page at OFFSET 490,000 (what a jump to the middle costs now)', deep],
] as const) {
  console.log(`${name}: ${cpuMs(run).toFixed(1)} ms of processor time`);
}
console.log(`load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
db.close();
