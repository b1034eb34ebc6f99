/**
 * How fast a search by another spelling of a person, and by a transliteration nobody entered,
 * answers on a large archive: `npx tsx bench/personSearch.ts <archive.db>`. The archive is
 * upgraded first when its schema is older (on a copy: never point this at an archive you keep),
 * and the upgrade is timed. Each search is timed as the table asks for it: the first page alone
 * (`withTotal: false`), then the count apart.
 */
import os from 'node:os';
import Database from 'better-sqlite3';
import { QuerySchema, type Query } from '../db/api.js';
import { applyMigrations, listMigrations, schemaVersion } from '../db/migrate.js';
import { countRecords, listRecords } from '../db/query/query.js';
import { timeRuns, type Timing } from './timing.js';

const file = process.argv[2];
if (!file) throw new Error('Give the archive to measure: npx tsx bench/personSearch.ts <file>');
const db = new Database(file);
db.pragma('journal_mode = WAL');
const from = schemaVersion(db);
const started = performance.now();
const applied = applyMigrations(db, listMigrations());
if (applied.length > 0) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`upgraded from version ${from} to ${applied.at(-1)} in ${seconds} s`);
}

const CASES: [string, 'visits' | 'meetings', string][] = [
  ['another spelling (an alias)', 'visits', 'Сарсенов'],
  ['unentered transliteration', 'visits', 'Sarsenow'],
  ['another spelling (an alias)', 'meetings', 'Сарсенов'],
  ['unentered transliteration', 'meetings', 'Sarsenow'],
  ['another script, a counterpart', 'meetings', ...(process.argv.slice(3, 4) as [string])],
];

const ms = (t: Timing) =>
  `${t.median.toFixed(1)} | ${t.p95.toFixed(1)} | ${t.cpuMedian.toFixed(1)}`;
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  '| search | table | matches | first page median / p95 / CPU (ms) | count median / p95 / CPU (ms) |',
);
console.log('| --- | --- | ---: | --- | --- |');
for (const [what, table, search] of CASES) {
  if (!search) continue;
  const query = (q: Partial<Query>) => QuerySchema.parse({ table, search, ...q });
  const page = query({ limit: 100, withTotal: false });
  const total = query({});
  const first = timeRuns(() => listRecords(db, page), 15, 2);
  const count = timeRuns(() => countRecords(db, total), 5, 1);
  const matches = countRecords(db, total).count;
  console.log(`| ${what}: '${search}' | ${table} | ${matches} | ${ms(first)} | ${ms(count)} |`);
}
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
db.close();
