/**
 * The CSV export of about a million meetings: rows per second, the memory it takes beyond what
 * the process held before (sampled as it runs), beside the yardstick's CSV of the same statement
 * (bench/yardstick.c: the app's SQLite, no JavaScript, as `sqlite3 -csv` writes) to the same kind of file, and beside csv-stringify writing the same rows (the
 * library csvExport.ts chose not to use).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify';
import type { Query } from '../db/api.js';
import { inlineParams, parseQuery } from '../db/query/compileQuery.js';
import { exportColumns, exportCsv } from '../db/csv/csvExport.js';
import { wholeQuery } from '../db/query/query.js';
import { csvInYardstick } from './yardstick.js';
import { withHeadedSection } from './resultsSections.js';

/**
 * The meetings with their stored and joined columns; the computed counterparts and topics are
 * left out, so that the figure stays comparable with the earlier runs.
 */
const TABLE_QUERY: Query = {
  table: 'meetings',
  columns: ['date', 'visit', 'city', 'country', 'venue', 'format'],
};
export const EXPORT_QUERY: Query = { ...TABLE_QUERY, columns: exportColumns(TABLE_QUERY) };
export const EXPORT_GOAL_MS = 2000;
const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);

export interface ExportFigures {
  rows: number;
  /** Median wall time of the runs, in milliseconds. */
  ours: number;
  oursCpu: number;
  /** Highest resident memory above the level before the export, in MB. */
  memoryGrowthMb: number;
  shell: number | null;
  library: number;
  /**
   * better-sqlite3 stepping the same statement, every column of every row read and nothing
   * written: the least any JavaScript export through the driver can take.
   */
  driver: number;
  /** `archive export` as a user runs it: start, opening and its checks, writing the file. */
  command: number | null;
  runs: number;
  /** The one-minute load average when the runs ended, and the cores it is shared by. */
  load: number;
  cores: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timed(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const used = process.cpuUsage();
  const start = performance.now();
  await fn();
  const { user, system } = process.cpuUsage(used);
  return { wall: performance.now() - start, cpu: (user + system) / 1000 };
}

async function viaLibrary(db: Database.Database, out: string): Promise<void> {
  const c = wholeQuery(db, parseQuery({ ...EXPORT_QUERY, limit: 0, offset: 0 }));
  const rows = db
    .prepare(c.sql)
    .raw(true)
    .iterate(...c.params);
  await pipeline(
    Readable.from(rows),
    stringify({ bom: true, record_delimiter: '\r\n' }),
    fs.createWriteStream(out),
  );
}

function stepOnly(db: Database.Database): number {
  const c = wholeQuery(db, parseQuery({ ...EXPORT_QUERY, limit: 0, offset: 0 }));
  let cells = 0;
  for (const row of db
    .prepare(c.sql)
    .raw(true)
    .iterate(...c.params) as Iterable<unknown[]>)
    cells += row.length;
  return cells;
}

function exportCommand(cli: string, file: string, out: string): number {
  const columns = EXPORT_QUERY.columns?.join(',') ?? '';
  const args = [cli, 'export', 'meetings', '--columns', columns, '--db', file, '--out', out];
  const start = performance.now();
  const done = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (done.status !== 0) throw new Error('archive export failed');
  return performance.now() - start;
}

export async function measureExport(
  db: Database.Database,
  file: string,
  out: string,
  shell: boolean,
  cli: string | null = null,
): Promise<ExportFigures> {
  const walls: number[] = [];
  const cpus: number[] = [];
  const libraryWalls: number[] = [];
  const shellWalls: number[] = [];
  const commandWalls: number[] = [];
  const driverWalls: number[] = [];
  let rows = 0;
  let growth = 0;
  const c = wholeQuery(db, parseQuery({ ...EXPORT_QUERY, limit: 0, offset: 0 }));
  const sql = inlineParams(c.sql, c.params);
  try {
    for (let i = 0; i < RUNS; i++) {
      global.gc?.();
      const base = process.memoryUsage().rss;
      const sample = () => (growth = Math.max(growth, process.memoryUsage().rss - base));
      const t = await timed(async () => {
        rows = (await exportCsv(db, parseQuery(EXPORT_QUERY), out, { onProgress: sample })).rows;
      });
      walls.push(t.wall);
      cpus.push(t.cpu);
      libraryWalls.push((await timed(() => viaLibrary(db, out))).wall);
      driverWalls.push((await timed(() => Promise.resolve(stepOnly(db)))).wall);
      if (shell) shellWalls.push(csvInYardstick(file, sql, out));
      if (cli) commandWalls.push(exportCommand(cli, file, out));
    }
  } finally {
    fs.rmSync(out, { force: true });
  }
  return {
    rows,
    ours: median(walls),
    oursCpu: median(cpus),
    memoryGrowthMb: growth / 2 ** 20,
    shell: shell ? median(shellWalls) : null,
    library: median(libraryWalls),
    driver: median(driverWalls),
    command: cli ? median(commandWalls) : null,
    runs: RUNS,
    load: os.loadavg()[0] ?? 0,
    cores: os.cpus().length,
  };
}

const n = (v: number) => Math.round(v).toLocaleString('en-US');
const s = (ms: number) => (ms / 1000).toFixed(2);

/** The RESULTS.md section of the export, from its first heading to the end of its lines. */
export function renderExport(f: ExportFigures, date: string): string {
  const ratio = f.shell ? f.ours / f.shell : null;
  const commandRatio = f.shell && f.command ? f.command / f.shell : null;
  const fast = f.ours < EXPORT_GOAL_MS;
  const near = ratio !== null && ratio <= 1.5;
  return [
    EXPORT_HEADING,
    '',
    `Measured ${date}; rerun alone with \`npm run bench -- --only export\`. Every live meeting`,
    `(${n(f.rows)} rows), the columns date, visit, city, country, venue and format in the default sort, written to a file; median of ${f.runs} runs.`,
    '',
    '| Writer | Time (s) | Rows/s | vs yardstick |',
    '| --- | ---: | ---: | ---: |',
    `| exportCsv (db/csv/csvExport.ts) | ${s(f.ours)} | ${n(f.rows / (f.ours / 1000))} | ${ratio ? `${ratio.toFixed(2)}x` : '—'} |`,
    `| csv-stringify, same rows | ${s(f.library)} | ${n(f.rows / (f.library / 1000))} | ${f.shell ? `${(f.library / f.shell).toFixed(2)}x` : '—'} |`,
    ...(f.command
      ? [
          `| archive export, the whole command | ${s(f.command)} | ${n(f.rows / (f.command / 1000))} | ${f.shell ? `${(f.command / f.shell).toFixed(2)}x` : '—'} |`,
        ]
      : []),
    `| better-sqlite3 stepping the same statement, nothing written (the driver's floor) | ${s(f.driver)} | ${n(f.rows / (f.driver / 1000))} | ${f.shell ? `${(f.driver / f.shell).toFixed(2)}x` : '—'} |`,
    ...(f.shell
      ? [
          `| yardstick (bench/yardstick.c, same SQLite), same statement | ${s(f.shell)} | ${n(f.rows / (f.shell / 1000))} | 1x |`,
        ]
      : []),
    '',
    `exportCsv used ${s(f.oursCpu)} s of processor time per run; resident memory grew by at most`,
    `${f.memoryGrowthMb.toFixed(0)} MB above its level before the export (sampled every 20,000 rows).`,
    `Load average ${f.load.toFixed(1)} on ${f.cores} cores when the runs ended: when it is above the`,
    'number of cores, other work shared the machine and every time here is longer than on an idle one.',
    '',
    'The yardstick is a process of its own, timed from its start: it opens the archive and writes',
    'the file. `archive export` is timed the same way (`node bin/archive.mjs export meetings',
    '--columns ... --out FILE`); exportCsv and csv-stringify run in this process on an open archive.',
    "The driver's floor reads every row through better-sqlite3 as exportCsv does and writes nothing:",
    `what is left of the 1.5x for making the CSV and writing it is ${f.shell ? `${s(Math.max(0, 1.5 * f.shell - f.driver))} s` : 'not measured'};`,
    `exportCsv takes ${s(f.ours - f.driver)} s for it (${(f.ours / f.driver).toFixed(2)}x the floor).`,
    '',
    `Goal: < 2 s (${fast ? 'met' : '**missed**'}), within 1.5x of the yardstick (exportCsv: ${ratio === null ? 'not measured: no yardstick' : near ? 'met' : '**missed**'}; the whole command: ${commandRatio === null ? 'not measured' : commandRatio <= 1.5 ? 'met' : `**missed**, ${commandRatio.toFixed(2)}x`}), memory flat.`,
    '',
  ].join('\n');
}

export const EXPORT_HEADING = '## CSV export';

/**
 * RESULTS.md with the export section put in place of the previous one, or before the
 * hand-written findings when there was none, leaving the rest as it was.
 */
export function withExportSection(markdown: string, section: string, findings: string): string {
  return withHeadedSection(markdown, EXPORT_HEADING, section, findings);
}
