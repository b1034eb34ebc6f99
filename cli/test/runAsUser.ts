import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { RunResult } from './testIo.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Root ignores file modes, so a test of a file the user may not write runs the command as
 * `nobody` when the tests run as root, and as the user running them otherwise.
 */
export const unprivileged =
  process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : { uid: undefined, gid: undefined };

/** Gives the files to the user the commands run as, so that they are that user's own. */
export function giveToUser(...files: string[]): void {
  if (unprivileged.uid === undefined) return;
  for (const file of files) fs.chownSync(file, unprivileged.uid, unprivileged.gid);
}

/**
 * Runs `archive <argv>` in another process as that user. A command still running after `limitMs`
 * is killed and answered with code null, so that a hang fails the test instead of stalling it.
 */
export function runAsUser(
  argv: string[],
  limitMs = 20_000,
): Promise<Omit<RunResult, 'code'> & { code: number | null }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'archiveProcess.ts'), ...argv],
    {
      cwd: root,
      env: { ...process.env, XDG_CONFIG_HOME: '/nonexistent-archive-config' },
      ...(unprivileged.uid === undefined ? {} : unprivileged),
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(killer);
      resolve({ code, out: out.trim(), err: err.trim() });
    });
  });
}
