/**
 * The two processes of the model-based test, behind one call: this one (its own connection)
 * and a child started with tsx on the same archive file.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import type { ApiResult } from '../../api.js';
import { callApi, createHandlers } from '../../service.js';

export type Call = (
  process: 0 | 1,
  method: string,
  input: unknown,
  session: string,
) => Promise<ApiResult<unknown>>;

export interface Processes {
  call: Call;
  close: () => Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export async function startProcesses(db: Database, file: string): Promise<Processes> {
  const handlers = createHandlers(db, file);
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'modelWorker.ts'), file],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const waiting = new Map<number, (result: ApiResult<unknown>) => void>();
  let ready!: () => void;
  let failed!: (e: Error) => void;
  const started = new Promise<void>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  child.on('exit', (code) => {
    failed(new Error(`the second process ended (${code}): ${stderr}`));
    for (const answer of waiting.values()) {
      answer({ ok: false, error: { code: 'internal', message: `second process gone: ${stderr}` } });
    }
  });
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as { ready?: true; id?: number; result?: ApiResult<unknown> };
    if (message.ready) ready();
    else if (message.id !== undefined) {
      waiting.get(message.id)?.(message.result!);
      waiting.delete(message.id);
    }
  });
  await started;
  let nextId = 1;
  return {
    call: (which, method, input, session) => {
      if (which === 0) return callApi(handlers, method, input, { session });
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        child.stdin.write(`${JSON.stringify({ id, method, input, session })}\n`);
      });
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}
