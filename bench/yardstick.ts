/**
 * The benchmark's yardstick (bench/yardstick.c): the same SQL run by the same SQLite as the app,
 * better-sqlite3's bundled amalgamation compiled with better-sqlite3's own options, with no
 * JavaScript at all. If our figure is far above the yardstick's, the time goes into our own
 * layers, not into SQLite. It is compiled once per SQLite and yardstick source into bench/data/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize, type Timing } from './timing.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.join(here, 'yardstick.c');
const deps = path.join(
  path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'deps',
);
const amalgamation = path.join(deps, 'sqlite3', 'sqlite3.c');

/** better-sqlite3's compile-time options (deps/defines.gypi), so that both SQLites plan alike. */
function defines(): string[] {
  const gypi = fs.readFileSync(path.join(deps, 'defines.gypi'), 'utf8');
  return [...gypi.matchAll(/'([A-Z][A-Z0-9_]*(?:=[^']*)?)'/g)].map((m) => `-D${m[1]}`);
}

let built: string | null | undefined;

/**
 * The yardstick's path, compiled on first use; null, after saying why, when there is no C
 * compiler or better-sqlite3 was installed without its SQLite source.
 */
export function yardstick(): string | null {
  if (built !== undefined) return built;
  built = null;
  if (!fs.existsSync(amalgamation)) {
    console.log(`No SQLite source at ${amalgamation}: the yardstick is skipped.`);
    return built;
  }
  const hash = createHash('sha256');
  for (const f of [source, amalgamation, path.join(deps, 'defines.gypi')])
    hash.update(fs.readFileSync(f));
  const binary = path.join(here, 'data', `yardstick-${hash.digest('hex').slice(0, 12)}`);
  if (!fs.existsSync(binary)) {
    const cc = process.env.CC ?? 'cc';
    console.log(`Compiling the yardstick from ${path.relative(process.cwd(), amalgamation)}...`);
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    const args = ['-O3', '-w', ...defines(), `-I${path.dirname(amalgamation)}`, source];
    const done = spawnSync(
      cc,
      [...args, amalgamation, '-o', `${binary}.part`, '-lpthread', '-lm'],
      {
        stdio: 'inherit',
      },
    );
    if (done.error || done.status !== 0) {
      console.log(`The C compiler (${cc}) could not build the yardstick: it is skipped.`);
      return built;
    }
    fs.renameSync(`${binary}.part`, binary);
  }
  built = binary;
  return built;
}

/** The SQLite version the yardstick is compiled from, or null without a yardstick. */
export function yardstickVersion(): string | null {
  if (!yardstick()) return null;
  const header = fs.readFileSync(path.join(path.dirname(amalgamation), 'sqlite3.h'), 'utf8');
  return /#define SQLITE_VERSION\s+"([^"]+)"/.exec(header)?.[1] ?? null;
}

function runs(out: string, expected: number): { wall: number; cpu: number }[] {
  const lines = [...out.matchAll(/^run ([\d.]+) ([\d.]+)$/gm)];
  if (lines.length !== expected)
    throw new Error(`The yardstick printed ${lines.length} timings for ${expected} runs.`);
  return lines.map((m) => ({ wall: Number(m[1]), cpu: Number(m[2]) }));
}

/** The statement run `warmup + runs` times in one process; the warm-up runs are dropped. */
export function timeInYardstick(file: string, sql: string, count = 30, warmup = 3): Timing {
  const binary = yardstick();
  if (!binary) throw new Error('There is no yardstick to time the statement with.');
  const out = execFileSync(binary, ['time', file, String(warmup + count)], {
    input: sql,
    encoding: 'utf8',
  });
  const kept = runs(out, warmup + count).slice(warmup);
  return summarize(
    kept.map((r) => r.wall),
    kept.map((r) => r.cpu),
  );
}

/** Runs a script of SQL statements on `file`, writing; its wall and processor seconds. */
export function execInYardstick(file: string, script: string): { seconds: number; cpu: number } {
  const binary = yardstick();
  if (!binary) throw new Error('There is no yardstick to run the script with.');
  const [run] = runs(execFileSync(binary, ['exec', file], { input: script, encoding: 'utf8' }), 1);
  return { seconds: run!.wall / 1000, cpu: run!.cpu / 1000 };
}

/** Writes the statement's rows as CSV to `out`, as `sqlite3 -csv` would; whole command, timed. */
export function csvInYardstick(file: string, sql: string, out: string): number {
  const binary = yardstick();
  if (!binary) throw new Error('There is no yardstick to export with.');
  const fd = fs.openSync(out, 'w');
  const start = performance.now();
  try {
    const done = spawnSync(binary, ['csv', file], { input: sql, stdio: ['pipe', fd, 'inherit'] });
    if (done.status !== 0) throw new Error('The yardstick could not export the statement.');
  } finally {
    fs.closeSync(fd);
  }
  return performance.now() - start;
}
