/**
 * The command line's own start-up (`npm run bench -- --only cli`, after `npm run build`):
 * `archive list` on a tiny archive beside a bare `node -e 0`, run in turns so that both meet the
 * same load. The difference is what the tool costs a script that calls it. Each process reports
 * its own processor time on exit, which a shared machine changes far less than the wall time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summarize, type Timing } from './timing.js';
import { writeMarkedSection } from './resultsSections.js';

const START = '<!-- cli: written by bench/cliStart.ts -->';
const END = '<!-- cli: end -->';
const GOAL_MS = 100;
const RUNS = 30;
const CPU_ON_EXIT =
  'data:text/javascript,import fs from "node:fs";process.on("exit",()=>{const u=process.cpuUsage();' +
  'fs.writeSync(2,`\\ncpu ${(u.user+u.system)/1000}\\n`)})';

function once(args: string[]): { wall: number; cpu: number } {
  const start = performance.now();
  const done = spawnSync(process.execPath, ['--import', CPU_ON_EXIT, ...args], {
    encoding: 'utf8',
  });
  const wall = performance.now() - start;
  const cpu = /\ncpu ([\d.]+)\n/.exec(done.stderr)?.[1];
  if (done.status !== 0 || cpu === undefined)
    throw new Error(`${args.join(' ')} failed: ${done.stderr}`);
  return { wall, cpu: Number(cpu) };
}

interface CliFigures {
  bare: Timing;
  list: Timing;
  load: number;
}

function measure(cli: string, archive: string): CliFigures {
  const listArgs = [cli, 'list', 'visits', '--db', archive, '--limit', '5'];
  for (let i = 0; i < 3; i++) {
    once(['-e', '0']);
    once(listArgs);
  }
  const bare: { wall: number; cpu: number }[] = [];
  const list: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(once(['-e', '0']));
    list.push(once(listArgs));
  }
  const timing = (runs: typeof bare) =>
    summarize(
      runs.map((r) => r.wall),
      runs.map((r) => r.cpu),
    );
  return { bare: timing(bare), list: timing(list), load: os.loadavg()[0] ?? 0 };
}

const ms = (v: number) => v.toFixed(0);

function render(f: CliFigures, date: string): string {
  const own = f.list.median - f.bare.median;
  const ownCpu = f.list.cpuMedian - f.bare.cpuMedian;
  return [
    START,
    '## Command-line start',
    '',
    `Measured ${date}; rerun alone with \`npm run bench -- --only cli\` (after \`npm run build\`).`,
    `\`node bin/archive.mjs list visits --limit 5\` on a 20-visit archive and a bare \`node -e 0\`,`,
    `in turns, ${f.list.runs} runs each after 3 warm-up runs; milliseconds. Load average ${f.load.toFixed(1)} on ${os.cpus().length} cores:`,
    'above the number of cores, wall times wait for the processor and grow with the load, while',
    'processor times barely do.',
    '',
    '| process | wall median | wall p95 | processor median |',
    '| --- | ---: | ---: | ---: |',
    `| node -e 0 | ${ms(f.bare.median)} | ${ms(f.bare.p95)} | ${ms(f.bare.cpuMedian)} |`,
    `| archive list | ${ms(f.list.median)} | ${ms(f.list.p95)} | ${ms(f.list.cpuMedian)} |`,
    `| the tool's own (difference of medians) | ${ms(own)} | — | ${ms(ownCpu)} |`,
    '',
    `Goal: the tool's own time ≤ ${GOAL_MS} ms (wall: ${own <= GOAL_MS ? 'met' : '**missed**'}; processor: ${ownCpu <= GOAL_MS ? 'met' : '**missed**'}).`,
    END,
  ].join('\n');
}

/** Measures the CLI start and writes its section of RESULTS.md, keeping the rest. */
export function cliSection(root: string, resultsFile: string, date: string): void {
  const cli = path.join(root, 'bin', 'archive.mjs');
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'archive.mjs'))) {
    console.log('The CLI is not built: run `npm run build` to measure its start.');
    return;
  }
  console.log('Timing: the command line starting');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
  try {
    const archive = path.join(dir, 'tiny.db');
    for (const args of [['init'], ['demo', '--visits', '20']]) {
      const made = spawnSync(process.execPath, [cli, ...args, '--db', archive], {
        stdio: 'ignore',
      });
      if (made.status !== 0) throw new Error(`archive ${args[0]} failed`);
    }
    const section = render(measure(cli, archive), date);
    console.log(section);
    writeMarkedSection(resultsFile, section, START, END);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
