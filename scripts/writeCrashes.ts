// Kills a writer of the archive at random moments and checks the archive after every kill.
import path from 'node:path';
import { createRandom } from '../db/demo/demoRandom.js';
import { openArchive } from '../db/open/open.js';
import { checkBatches } from './crashCheck.js';
import { runAndKill } from './crashRun.js';

export interface WriteCrashCounts {
  kills: number;
  /** Batches the writer printed as committed, over all runs. */
  printed: number;
  /** Batches found whole in the archive at the end (printed, or committed just before a kill). */
  found: number;
  /** Kills that came while the archive was being opened, before the writer said it was ready. */
  duringOpen: number;
  /** What was wrong after a kill, with the kill's number; empty when every check passed. */
  problems: string[];
}

export interface WriteCrashOptions {
  kills: number;
  /** A folder of its own; the archive is created in it. */
  dir: string;
  writer: string;
  seed?: number;
  /** The longest wait before a kill, after the writer is ready. */
  maxDelayMs?: number;
  onKill?: (done: number, counts: WriteCrashCounts) => void;
}

export async function runWriteCrashes(options: WriteCrashOptions): Promise<WriteCrashCounts> {
  const file = path.join(options.dir, 'crash.db');
  openArchive(file, { create: true }).close();
  const random = createRandom(options.seed ?? 1);
  const maxDelay = options.maxDelayMs ?? 120;
  const printed = new Map<string, number>();
  const counts: WriteCrashCounts = { kills: 0, printed: 0, found: 0, duringOpen: 0, problems: [] };
  for (let k = 1; k <= options.kills; k++) {
    // One kill in ten lands at any moment from the start, opening included.
    const fromStart = random.chance(0.1);
    const delay = fromStart ? random.int(60) : random.int(maxDelay + 1);
    const run = await runAndKill(options.writer, ['write', file, `r${k}`], delay, fromStart);
    if (!run.killed) counts.problems.push(`kill ${k}: the writer stopped by itself: ${run.stderr}`);
    if (!run.lines.includes('ready')) counts.duringOpen++;
    for (const line of run.lines) {
      const [word, batch, size] = line.split(' ');
      if (word === 'batch' && batch && size) printed.set(batch, Number(size));
    }
    const check = checkBatches(file, printed);
    counts.kills = k;
    counts.printed = printed.size;
    counts.found = check.batches.size;
    counts.problems.push(...check.problems.map((p) => `kill ${k}: ${p}`));
    options.onKill?.(k, counts);
    if (check.problems.length > 0) break;
  }
  return counts;
}
