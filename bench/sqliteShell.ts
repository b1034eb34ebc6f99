/**
 * The same SQL run by Debian's `sqlite3` shell on the same file, as a yardstick: if our figure is
 * far above the shell's, the time goes into our own layers, not into SQLite.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { summarize, type Timing } from './timing.js';

/** The shell's version, or null when `sqlite3` is not on PATH. */
export function sqliteShellVersion(): string | null {
  const found = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) return null;
  return found.stdout.trim().split(' ')[0] ?? null;
}

/**
 * Runs the statement `warmup + runs` times in one shell session with `.timer on` and reads its
 * "Run Time: real R user U sys S" lines: real has millisecond resolution, user and sys finer.
 */
export function timeInShell(file: string, sql: string, runs = 30, warmup = 3): Timing {
  const statement = `${sql.trim().replace(/;$/, '')};\n`;
  const script = `.timer on\n.output /dev/null\n${statement.repeat(warmup + runs)}`;
  const out = execFileSync('sqlite3', [file], {
    input: script,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const lines = [...out.matchAll(/Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)/g)];
  if (lines.length !== warmup + runs) {
    throw new Error(
      `sqlite3 printed ${lines.length} timings for ${warmup + runs} runs:\n${out.slice(0, 500)}`,
    );
  }
  const kept = lines.slice(warmup);
  return summarize(
    kept.map((m) => Number(m[1]) * 1000),
    kept.map((m) => (Number(m[2]) + Number(m[3])) * 1000),
  );
}
