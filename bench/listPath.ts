/**
 * `npx tsx bench/listPath.ts`: the list path's own cost on a small archive, where SQLite's share
 * is small and what our layers add (validation, planning, compiling, preparing) shows. Each table
 * view measure is timed through the API as a host calls it (`callApi`, validation included) and
 * straight from a parsed query (`listRecords` / `countRecords`). Prints a table; RESULTS.md, which
 * holds the large archive's figures, is left alone.
 *
 * BENCH_VISITS=<n> sets the archive's size (5,000 visits unless set); BENCH_DATA=<folder> keeps it
 * there instead of bench/data/. Built once, then reused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseQuery } from '../db/query/compileQuery.js';
import { openArchive } from '../db/open/open.js';
import { countRecords, listRecords } from '../db/query/query.js';
import { callApi, createHandlers } from '../db/service.js';
import { generateArchive } from './generation.js';
import { MEASURES } from './measures.js';
import { summarize, timeRuns, type Timing } from './timing.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.BENCH_DATA ?? path.join(here, 'data');
const visits = Number(process.env.BENCH_VISITS ?? 5_000);
const file = path.join(dataDir, `list-path-${visits}.db`);
const RUNS = 200;

async function timeAsync(fn: () => Promise<unknown>, runs = RUNS, warmup = 10): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const used = process.cpuUsage();
    const start = performance.now();
    await fn();
    wall.push(performance.now() - start);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
  }
  return summarize(wall, cpu);
}

const ms = (t: Timing) => `${t.median.toFixed(3)} | ${t.cpuMedian.toFixed(3)}`;

async function main(): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    console.log(`Building ${file} (${visits.toLocaleString('en-US')} visits, seed 1)...`);
    generateArchive(file, visits, 1);
  }
  const db = openArchive(file, { readonly: true });
  const handlers = createHandlers(db, file);
  console.log(
    `${visits.toLocaleString('en-US')} visits; load average ${(os.loadavg()[0] ?? 0).toFixed(1)}; ${RUNS} runs; milliseconds (medians)`,
  );
  console.log('| measure | callApi wall | callApi CPU | parsed, wall | parsed, CPU |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  try {
    for (const m of MEASURES) {
      const method = m.kind === 'count' ? 'countRecords' : 'listRecords';
      const api = await timeAsync(async () => {
        const answer = await callApi(handlers, method, m.query);
        if (!answer.ok) throw new Error(answer.error.message);
      });
      const parsed = parseQuery(m.query);
      const direct = timeRuns(
        () => (m.kind === 'count' ? countRecords(db, parsed) : listRecords(db, parsed)),
        RUNS,
        10,
      );
      console.log(`| ${m.name} | ${ms(api)} | ${ms(direct)} |`);
    }
  } finally {
    db.close();
  }
}

await main();
