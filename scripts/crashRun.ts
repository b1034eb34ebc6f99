// Runs the crash writer as a child process and kills it with SIGKILL at a chosen moment.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles the writer once into node_modules/.cache (where its packages resolve), with the
 * migrations beside it as the app has them: a bundled child starts in a fraction of the time
 * a TypeScript loader takes, so a thousand kills fit in minutes. Remove its folder when done.
 */
export async function bundleWriter(): Promise<string> {
  // A folder per run, so that runs at the same time never load each other's half-written bundle.
  const dir = path.join(root, 'node_modules/.cache/crash-test', String(process.pid));
  const outfile = path.join(dir, 'crashWriter.mjs');
  await build({
    entryPoints: [path.join(root, 'scripts/crashWriter.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20.19',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  fs.cpSync(path.join(root, 'db/migrations'), path.join(dir, 'migrations'), { recursive: true });
  return outfile;
}

export interface ChildRun {
  /** Lines the child printed before it died or ended. */
  lines: string[];
  /** True when the kill came before the child ended by itself. */
  killed: boolean;
  stderr: string;
}

/**
 * Starts the writer and kills it `delayMs` after it says `ready` (or after it starts, with
 * `fromStart`). Resolves once the child is gone and all it printed has been read.
 */
export function runAndKill(
  writer: string,
  args: string[],
  delayMs: number,
  fromStart = false,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let killed = false;
    const kill = () => {
      killed = child.exitCode === null && child.kill('SIGKILL');
    };
    if (fromStart) timer = setTimeout(kill, delayMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (!fromStart && timer === undefined && (out + chunk).includes('ready\n')) {
        timer = setTimeout(kill, delayMs);
      }
      out += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      const lines = out.split('\n');
      // A line cut short by the kill was not printed in full, so it counts for nothing.
      lines.pop();
      resolve({ lines, killed, stderr });
    });
  });
}
