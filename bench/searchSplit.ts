/**
 * Where a broad full-text search's first page spends its time, in the archive alone:
 * `npx tsx bench/searchSplit.ts [archive] [word]` (default bench/data/bench.db, 'connectivity'),
 * opened read-only. Each part is a statement of its own, timed in processor time (median and
 * fastest of 41 runs, taken in turns so that a busy machine weighs on each alike).
 *
 * With a date-keyed full-text index beside the real one (`--ordered <index>`, built on a copy of
 * an archive before v8: its rowid is the meeting's date key, see dateKeyedPages below), it
 * compares instead, for each of the words, today's first page with the page read from the
 * matches in date order:
 * `npx tsx bench/searchSplit.ts <archive copy> --ordered <index> c,co,con,conn,connectivity,ма`.
 *
 * `--pages <words>` times listRecords' first page of each word alone (the Meetings grid's default
 * order), for comparing two archives, one before migration 8 and one after:
 * `npx tsx bench/searchSplit.ts <archive> --pages c,co,con,conn,connectivity,м,ма,максим`.
 */
import os from 'node:os';
import Database from 'better-sqlite3';
import { plannedQuery, listRecords } from '../db/query/query.js';
import { inlineParams, parseQuery } from '../db/query/compileQuery.js';

const file = process.argv[2] ?? 'bench/data/bench.db';
const db = new Database(file, { readonly: true, fileMustExist: true });
if (process.argv[3] === '--pages') {
  firstPages((process.argv[4] ?? 'c').split(','));
  db.close();
  process.exit(0);
}
if (process.argv[3] === '--ordered') {
  dateKeyedPages(process.argv[4] ?? 'meetings_fts_d', (process.argv[5] ?? 'c').split(','));
  db.close();
  process.exit(0);
}
const word = process.argv[3] ?? 'connectivity';
const query = parseQuery({ table: 'meetings', search: word, limit: 100, withTotal: false });
const planned = plannedQuery(db, query);
const match = planned.params.find((p) => typeof p === 'string' && p.includes('"'));
if (typeof match !== 'string') throw new Error(`No full-text match in ${planned.sql}`);
// The rid of each match, whether the index is keyed by rid (before v8) or by date (v8 on).
const fts = 'SELECT rowid & 4294967295 FROM meetings_fts WHERE meetings_fts MATCH ?';
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
function pick(xs: number[], q: number): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? NaN;
}
console.log(`'${word}' (${match}) on ${file}, processor ms, median (fastest):`);
parts.forEach(([name], i) => {
  const xs = times[i] ?? [];
  console.log(`  ${pick(xs, 0.5).toFixed(1)} (${pick(xs, 0).toFixed(1)})  ${name}`);
});
console.log(`load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
db.close();

/**
 * Today's first page of a search against the same page read through a full-text index whose rowid
 * is the meeting's date key, (date_lo as YYYYMMDD, 0 when empty) * 2^32 + rid, so that FTS5 hands
 * out the matches newest first and stops after a few. A window probe reads the key of the Nth
 * newest match (N = the page's rows and as many again); the page is then today's statement with
 * its set of matches cut to keys from that one up, and its walk down the date index stopped
 * there. Inside the window both sets agree, so the page is the same whenever the window holds a
 * page of rows (checked here against today's rows). Processor and wall ms, median of 11 in turns.
 * The index, on the copy (55 s on 985,309 meetings):
 *
 *   ALTER TABLE meetings ADD COLUMN date_key INTEGER GENERATED ALWAYS AS
 *     ((coalesce(CAST(replace(date_lo, '-', '') AS INTEGER), 0) << 32) + rid) VIRTUAL;
 *   CREATE VIRTUAL TABLE meetings_fts_d USING fts5(venue, city, summary, outcomes, atmosphere,
 *     content='meetings', content_rowid='date_key',
 *     tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
 *   INSERT INTO meetings_fts_d (rowid, venue, city, summary, outcomes, atmosphere)
 *     SELECT date_key, venue, city, summary, outcomes, atmosphere FROM meetings ORDER BY date_key;
 */
function dateKeyedPages(index: string, words: string[]): void {
  const runs = 11;
  const limit = 100;
  const fts = 'SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ';
  console.log(`${file}, index ${index}, first page of ${limit}, median of ${runs} in turns`);
  console.log(
    `load average before ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const rows: string[] = [];
  for (const word of words) {
    const query = parseQuery({ table: 'meetings', search: word, limit, withTotal: false });
    const planned = plannedQuery(db, query);
    const today = inlineParams(planned.sql, planned.params);
    const match = planned.params.find((p) => typeof p === 'string' && p.includes('"'));
    if (typeof match !== 'string' || !today.includes(fts)) {
      throw new Error(`No broad full-text match in ${today}`);
    }
    const probe = db.prepare(
      `SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`,
    );
    const windowed = (key: bigint) => {
      const day = key >> 32n;
      const rid = key & 0xffffffffn;
      const date = `${String(day / 10000n).padStart(4, '0')}-${String((day / 100n) % 100n).padStart(2, '0')}-${String(day % 100n).padStart(2, '0')}`;
      const cut =
        day === 0n
          ? ''
          : ` AND t.date_lo >= '${date}' AND (t.date_lo > '${date}' OR t.rid >= ${rid})`;
      return today
        .replace(
          `${fts}'${match.replace(/'/g, "''")}'`,
          `SELECT rowid & 4294967295 FROM ${index} WHERE ${index} MATCH '${match.replace(/'/g, "''")}' AND rowid >= ${key}`,
        )
        .replace(
          / ORDER BY t\.date_lo DESC, t\.rid DESC LIMIT 100 OFFSET 0\)/,
          `${cut} ORDER BY t.date_lo DESC, t.rid DESC LIMIT 100 OFFSET 0)`,
        );
    };
    const before = db.prepare(today);
    const after = () => {
      const key = probe
        .safeIntegers(true)
        .pluck()
        .get(match, 2 * limit - 1) as bigint | undefined;
      const page = key === undefined ? [] : db.prepare(windowed(key)).all();
      return page.length < limit
        ? { fallback: true, page: before.all() }
        : { fallback: false, page };
    };
    const expected = JSON.stringify(before.all());
    const got = after();
    if (JSON.stringify(got.page) !== expected) throw new Error(`'${word}': the pages differ`);
    const cpu: [number[], number[]] = [[], []];
    const wall: [number[], number[]] = [[], []];
    for (let run = 0; run < runs; run++) {
      [() => before.all(), after].forEach((fn, i) => {
        const used = process.cpuUsage();
        const began = performance.now();
        fn();
        wall[i]!.push(performance.now() - began);
        const { user, system } = process.cpuUsage(used);
        cpu[i]!.push((user + system) / 1000);
      });
    }
    const m = (xs: number[]) => pick(xs, 0.5).toFixed(1);
    rows.push(
      `| ${word} | ${m(cpu[0])} | ${m(cpu[1])} | ${m(wall[0])} | ${m(wall[1])} | ${got.fallback ? 'whole set' : 'window'} |`,
    );
    console.log(rows[rows.length - 1]);
  }
  console.log(
    '| search | processor, today | processor, date-keyed | wall, today | wall, date-keyed | page from |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) console.log(row);
  console.log(
    `load average after ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
}

/** listRecords' first page of 100 of each word, processor and wall ms, median of 11 in turns. */
function firstPages(words: string[]): void {
  const runs = 11;
  const queries = words.map((search) =>
    parseQuery({ table: 'meetings', search, limit: 100, withTotal: false }),
  );
  console.log(`${file} (schema ${String(db.pragma('user_version', { simple: true }))})`);
  console.log(
    `load average before ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const cpu = words.map((): number[] => []);
  const wall = words.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    queries.forEach((q, i) => {
      const used = process.cpuUsage();
      const began = performance.now();
      listRecords(db, q);
      wall[i]!.push(performance.now() - began);
      const { user, system } = process.cpuUsage(used);
      cpu[i]!.push((user + system) / 1000);
    });
  }
  console.log('| search | processor | wall |');
  console.log('| --- | ---: | ---: |');
  words.forEach((word, i) => {
    console.log(
      `| ${word} | ${pick(cpu[i]!, 0.5).toFixed(1)} | ${pick(wall[i]!, 0.5).toFixed(1)} |`,
    );
  });
  console.log(
    `load average after ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
}
