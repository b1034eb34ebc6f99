/**
 * The long run of the model-based test (db/test/model): `npm run test:model -- --steps 2000
 * --seed 7`. Prints the counts and exits non-zero on a problem.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openArchive } from '../db/open/open.js';
import { runModel } from '../db/test/model/modelRun.js';

const { values } = parseArgs({
  options: {
    steps: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '7' },
  },
});
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-model-'));
const file = path.join(dir, 'archive.db');
const db = openArchive(file, { create: true });
try {
  const started = Date.now();
  const report = await runModel({
    db,
    file,
    steps: Number(values.steps),
    seed: Number(values.seed),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `steps ${report.steps}, processes ${report.processes}, windows ${report.windows}, acknowledged writes ${report.acknowledged}, lost: ${report.lost} (${seconds} s, seed ${values.seed})`,
  );
  console.log(`by kind: ${JSON.stringify(report.byKind)}`);
  for (const problem of report.problems) console.log(`PROBLEM ${problem}`);
  process.exitCode = report.problems.length > 0 ? 1 : 0;
} finally {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
