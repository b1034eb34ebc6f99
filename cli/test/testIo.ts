import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
