// `npm run test:chaos [-- --rounds N --seconds S]`: web mode, the CLI, Debian's sqlite3 and
// Python's sqlite3 using one archive at once (scripts/foreignChaos.ts); exit 1 on any lost write,
// failed request or problem `archive check` finds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runForeignChaos } from './foreignChaos.js';

const { values } = parseArgs({
  options: { rounds: { type: 'string' }, seconds: { type: 'string' } },
});
const rounds = Number(values.rounds ?? 30);
const seconds = Number(values.seconds ?? 240);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-chaos-'));
try {
  const result = await runForeignChaos({
    rounds,
    seconds,
    dir,
    onRound: (done) => process.stderr.write(`\rround ${done} of ${rounds}`),
  });
  process.stderr.write('\n');
  console.log(JSON.stringify(result, null, 2));
  const sound =
    result.missing.length === 0 &&
    result.failures.length === 0 &&
    result.checkProblems.length === 0;
  console.log(sound ? 'Every acknowledged write is in a sound archive.' : 'FAILED');
  process.exitCode = sound ? 0 : 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
