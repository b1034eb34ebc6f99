/**
 * How long derivedProblems takes on demo archives of a few sizes: the model-based tests run it
 * after every step on a small archive, and `archive check` runs it once on a real one.
 * Run: `npx tsx bench/derivedCheck.ts` (prints a Markdown table for bench/derivedCheck.md).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { derivedProblems } from '../db/check/derivedCheck.js';
import { generateDemo } from '../db/demo/demo.js';
import { openArchive } from '../db/open/open.js';
import { timeRuns } from './timing.js';

const SIZES = [20, 100, 1_000, 10_000];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derived-bench-'));
try {
  console.log('| visits | rows | median ms | p95 ms | CPU median ms | runs |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const visits of SIZES) {
    const db = openArchive(path.join(dir, `${visits}.db`), { create: true });
    try {
      const { rows } = generateDemo(db, { visits, seed: 1 });
      if (derivedProblems(db).length > 0) throw new Error('the demo archive is not sound');
      const runs = visits >= 10_000 ? 5 : 20;
      const t = timeRuns(() => derivedProblems(db), runs, 1);
      const ms = (n: number) => n.toFixed(1);
      console.log(
        `| ${visits.toLocaleString('en')} | ${rows.toLocaleString('en')} | ${ms(t.median)} | ${ms(t.p95)} | ${ms(t.cpuMedian)} | ${t.runs} |`,
      );
    } finally {
      db.close();
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
