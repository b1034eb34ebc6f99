/**
 * `npm run bench`: builds the large demo archive once (220,000 visits, about a million meetings),
 * measures the generation rate on a fresh 20,000-visit archive every time, times the queries a
 * table view sends, compares each with the yardstick (bench/yardstick.c) running the same SQL, and writes
 * bench/RESULTS.md.
 *
 * BENCH_VISITS=<n> builds and measures a smaller archive instead, for trying the benchmark out;
 * BENCH_DATA=<folder> keeps the archives there instead of bench/data/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { inlineParams, parseQuery } from '../db/query/compileQuery.js';
import { openArchive } from '../db/open/open.js';
import { countRecords, listRecords, plannedQuery } from '../db/query/query.js';
import { cliSection } from './cliStart.js';
import { measureExport, renderExport, withExportSection } from './exportMeasure.js';
import { measureOpen, renderOpen, withOpenSection } from './openMeasure.js';
import { generateArchive, removeArchive, type GenerationFigures } from './generation.js';
import { gridSection } from './gridSection.js';
import { GENERATION_GOAL, MEASURES, type Measure } from './measures.js';
import {
  renderReport,
  type BenchReport,
  type GenerationRow,
  type MeasureResult,
} from './report.js';
import { shellCopy, type CopyFigures } from './shellCopy.js';
import { timeRuns } from './timing.js';
import { timeInYardstick, yardstickVersion } from './yardstick.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// BENCH_DATA keeps the large archive elsewhere, such as a folder shared by several checkouts.
const dataDir = process.env.BENCH_DATA ?? path.join(here, 'data');
const visits = Number(process.env.BENCH_VISITS ?? 220_000);
const benchFile = path.join(dataDir, visits === 220_000 ? 'bench.db' : `bench-${visits}.db`);
const figuresFile = `${benchFile}.json`;
const SMALL = Math.min(20_000, visits);
const RUNS = 30;
const FINDINGS = '<!-- findings: written by hand, kept when the benchmark reruns -->';

function progress(label: string) {
  return (done: number, total: number) => {
    process.stderr.write(
      `\r${label}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} visits`,
    );
    if (done === total) process.stderr.write('\n');
  };
}

function buildOnce(): { figures: GenerationFigures; built: string } {
  if (fs.existsSync(benchFile) && fs.existsSync(figuresFile)) {
    // A cached archive from an older version is upgraded once, as the app would upgrade it,
    // so that every measure reads the current schema.
    openArchive(benchFile).close();
    return JSON.parse(fs.readFileSync(figuresFile, 'utf8')) as {
      figures: GenerationFigures;
      built: string;
    };
  }
  console.log(
    `Building ${path.relative(process.cwd(), benchFile)} (${visits.toLocaleString('en-US')} visits, seed 1)...`,
  );
  const figures = generateArchive(benchFile, visits, 1, progress('large archive'));
  const record = {
    figures,
    built: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
  fs.writeFileSync(figuresFile, JSON.stringify(record, null, 2));
  return record;
}

/** The rate on a fresh archive, and the yardstick copying the same rows. */
function measureFresh(shell: boolean): { fresh: GenerationFigures; copy: CopyFigures | null } {
  const file = path.join(dataDir, `fresh-${SMALL}.db`);
  const target = path.join(dataDir, 'copy-target.db');
  try {
    const fresh = generateArchive(file, SMALL, 1, progress('fresh archive'));
    if (!shell) return { fresh, copy: null };
    removeArchive(target);
    openArchive(target, { create: true }).close();
    return { fresh, copy: shellCopy(file, target) };
  } finally {
    removeArchive(file);
    removeArchive(target);
  }
}

function row(label: string, built: string, f: GenerationFigures): GenerationRow {
  return { label, built, ...f, judged: true };
}

function plan(db: Database.Database, sql: string, params: unknown[]): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

function run(db: Database.Database, m: Measure, shell: boolean): MeasureResult {
  const c = plannedQuery(db, parseQuery(m.query));
  const [sql, params] = m.kind === 'count' ? [c.countSql, c.countParams] : [c.sql, c.params];
  let rows = 0;
  const ours = timeRuns(() => {
    rows =
      m.kind === 'count'
        ? countRecords(db, parseQuery(m.query)).count
        : listRecords(db, parseQuery(m.query)).rows.length;
  }, RUNS);
  const inShell = shell ? timeInYardstick(benchFile, inlineParams(sql, params), RUNS) : null;
  return { measure: m, ours, shell: inShell, rows, plan: plan(db, sql, params) };
}

const resultsFile = path.join(here, 'RESULTS.md');
const rendererDir = path.join(here, '..', 'dist', 'renderer');
const stamp = () => new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/** The export section of RESULTS.md, measured now. */
async function exportSection(shell: boolean): Promise<string> {
  console.log('Timing: CSV export of every meeting');
  const db = openArchive(benchFile, { readonly: true });
  try {
    const out = path.join(dataDir, 'export.csv');
    const cli = path.join(here, '..', 'bin', 'archive.mjs');
    const built = fs.existsSync(path.join(here, '..', 'dist', 'cli', 'archive.mjs'));
    if (!built) console.log('The CLI is not built: run `npm run build` to time `archive export`.');
    const figures = await measureExport(db, benchFile, out, shell, built ? cli : null);
    const section = renderExport(figures, stamp());
    console.log(section);
    return section;
  } finally {
    db.close();
  }
}

/** `npm run bench -- --only export`: the export measure alone, the rest of RESULTS.md kept. */
async function onlyExport(): Promise<void> {
  buildOnce();
  const section = await exportSection(yardstickVersion() !== null);
  // Read after measuring, so that what others wrote into the file meanwhile is kept.
  const previous = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '';
  fs.writeFileSync(resultsFile, withExportSection(previous, section, FINDINGS));
}

async function main(): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true });
  const big = buildOnce();
  const shellVersion = yardstickVersion();
  console.log(
    `Measuring the generation rate on a fresh ${SMALL.toLocaleString('en-US')}-visit archive...`,
  );
  const { fresh, copy } = measureFresh(shellVersion !== null);

  const db = openArchive(benchFile);
  const count = (table: string) =>
    Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  const load = os.loadavg()[0] ?? 0;
  const results = MEASURES.map((m) => {
    console.log(`Timing: ${m.name}`);
    return run(db, m, shellVersion !== null);
  });
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown processor';
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: [
      `Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB memory, ${os.platform()} ${os.release()}`,
      `Node ${process.version}; SQLite ${String(db.prepare('SELECT sqlite_version()').pluck().get())} (better-sqlite3)` +
        (shellVersion ? `; yardstick compiled from SQLite ${shellVersion}` : '; no yardstick'),
      `Load average when the queries were timed: ${load.toFixed(1)} on ${os.cpus().length} cores` +
        (load > os.cpus().length
          ? ' — the machine was busy with other work, so times are longer than on an idle machine'
          : ''),
      'How to rerun: `npm run bench`',
    ],
    archive: {
      file: path.relative(path.dirname(here), benchFile),
      visits: count('visits'),
      meetings: count('meetings'),
      rows: big.figures.rows,
      megabytes: fs.statSync(benchFile).size / 2 ** 20,
    },
    generation: [
      row(`large (${visits.toLocaleString('en-US')} visits)`, big.built, big.figures),
      row(`fresh (${SMALL.toLocaleString('en-US')} visits)`, 'this run', fresh),
      ...(copy
        ? [
            {
              label: 'yardstick copying the fresh rows (no generator)',
              built: 'this run',
              visits: 0,
              ...copy,
              loadAverage: fresh.loadAverage,
              judged: false,
            },
          ]
        : []),
    ],
    notes: [
      'Rows are every row written: visits, meetings, participants, topic links, people, positions,',
      'organisations, topics, events, sources and their links. The rate includes rebuilding the',
      'indexes and full-text indexes and committing. "rows per CPU-second" divides by the processor',
      'time of the process alone, which is what the generator costs when the machine is shared.',
      ...(copy
        ? [
            'The last line is a yardstick: bench/yardstick.c (the same SQLite) copying the same rows from',
            'one archive into an empty one, loaded the same way, with no JavaScript at all: no generator',
            'can beat it on this machine.',
          ]
        : []),
    ],
    generationGoal: GENERATION_GOAL,
    shellVersion,
    results,
  };
  db.close();
  // What was written by hand below the marker (findings) survives a rerun.
  const previous = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '';
  const kept = previous.includes(FINDINGS) ? previous.slice(previous.indexOf(FINDINGS)) : '';
  const section = await exportSection(shellVersion !== null);
  const markdown = withOpenSection(
    withExportSection(renderReport(report), section, FINDINGS),
    openSection(),
    FINDINGS,
  );
  fs.writeFileSync(resultsFile, kept ? `${markdown}\n${kept}` : markdown);
  console.log(markdown.split('\n## Query plans')[0]);
  cliSection(path.dirname(here), resultsFile, stamp());
  await gridSection(benchFile, resultsFile, rendererDir);
}

/** `npm run bench -- --only grid`: the grid in Chromium alone (after `npm run build`). */
async function onlyGrid(): Promise<void> {
  buildOnce();
  await gridSection(benchFile, resultsFile, rendererDir);
}

/** `npm run bench -- --only cli`: the command line's own start (after `npm run build`). */
async function onlyCli(): Promise<void> {
  cliSection(path.dirname(here), resultsFile, stamp());
  return Promise.resolve();
}

/** The opening section of RESULTS.md, measured now on a new empty archive and the large one. */
function openSection(): string {
  const tiny = path.join(dataDir, 'tiny.db');
  removeArchive(tiny);
  openArchive(tiny, { create: true }).close();
  try {
    const db = openArchive(benchFile, { readonly: true });
    const meetings = Number(db.prepare('SELECT count(*) FROM meetings').pluck().get());
    db.close();
    const megabytes = fs.statSync(benchFile).size / 2 ** 20;
    console.log('Timing: archive list on a tiny and on the large archive');
    const section = renderOpen(measureOpen(tiny, benchFile, { meetings, megabytes }), stamp());
    console.log(section);
    return section;
  } finally {
    removeArchive(tiny);
  }
}

/** `npm run bench -- --only open`: the cost of opening alone, the rest of RESULTS.md kept. */
async function onlyOpen(): Promise<void> {
  buildOnce();
  const section = openSection();
  const previous = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '';
  fs.writeFileSync(resultsFile, withOpenSection(previous, section, FINDINGS));
}

/**
 * `npm run bench -- --only queries [words]`: the query measures alone (those whose name holds
 * `words`, when given), printed with the load average; RESULTS.md is left as it is, for
 * comparing two builds back to back.
 */
async function onlyQueries(): Promise<void> {
  buildOnce();
  const words = (process.argv[only + 2] ?? '').toLowerCase();
  const shell = yardstickVersion() !== null;
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  const db = openArchive(benchFile);
  try {
    console.log(`${stamp()}, load average ${load()}, ${RUNS} runs each, ms`);
    for (const m of MEASURES.filter((m) => m.name.toLowerCase().includes(words))) {
      const r = run(db, m, shell);
      const yard = r.shell ? `; yardstick p50 ${r.shell.median.toFixed(1)}` : '';
      console.log(
        `${m.name}: p50 ${r.ours.median.toFixed(1)}, p95 ${r.ours.p95.toFixed(1)}, cpu p50 ${r.ours.cpuMedian.toFixed(1)}${yard}; ${r.rows} rows; goal ${m.goalMs}`,
      );
      for (const step of r.plan) console.log(`    ${step}`);
    }
    console.log(`load average after: ${load()}`);
  } finally {
    db.close();
  }
  return Promise.resolve();
}

const ONLY = {
  export: onlyExport,
  grid: onlyGrid,
  open: onlyOpen,
  cli: onlyCli,
  queries: onlyQueries,
} as const;
const only = process.argv.indexOf('--only');
const name = process.argv[only + 1] ?? '';
if (only >= 0 && !Object.hasOwn(ONLY, name)) {
  console.error(`--only takes one measure: ${Object.keys(ONLY).join(', ')}.`);
  process.exitCode = 2;
} else await (only >= 0 ? ONLY[name as keyof typeof ONLY]() : main());
