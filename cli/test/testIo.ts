import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { CliIo } from '../cliIo.js';
import { main } from '../main.js';

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
}

/** Runs `archive <argv>` in-process, with an environment that never reaches the real archive. */
export async function run(
  argv: string[],
  env: Record<string, string | undefined> = {},
  extra: Partial<CliIo> = {},
): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => void out.push(line),
    err: (line) => void err.push(line),
    env: { XDG_CONFIG_HOME: path.join(os.tmpdir(), 'archive-no-such-config'), ...env },
    ...extra,
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * A new archive made with `archive init` before a test file's tests and removed after them; its
 * folder and file are set once the tests start.
 */
export function initialisedArchive(): { dir: string; db: string } {
  const archive = { dir: '', db: '' };
  beforeAll(async () => {
    archive.dir = tempDir();
    archive.db = path.join(archive.dir, 'archive.db');
    const made = await run(['init', '--db', archive.db]);
    if (made.code !== 0) throw new Error(`archive init failed: ${made.err}`);
  });
  afterAll(() => fs.rmSync(archive.dir, { recursive: true, force: true }));
  return archive;
}
