import { spawn, execFile, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ApiMethod, ApiOutput, ApiResult } from '../db/api.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'archive.mjs');
const run = promisify(execFile);

/** Runs `archive <args>` and returns its output; a failing command fails the test with its words. */
export async function archiveCommand(args: string[]): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [bin, ...args], { cwd: root });
    return stdout;
  } catch (e) {
    const { stderr, message } = e as { stderr?: string; message: string };
    throw new Error(`archive ${args.join(' ')} failed: ${stderr || message}`, { cause: e });
  }
}

export interface ArchiveServer {
  /** The address the server printed, token included: what a user opens. */
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  /** Calls the API as the page does, for tests that compare what the page shows with the archive. */
  call<M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutput<M>>;
  /** The API's answer as it comes, error or value, as the Electron bridge hands it over. */
  answer(method: string, input: unknown): Promise<ApiResult<unknown>>;
  stop(): Promise<void>;
}

const READY = /^Secretariat Archive: (.+) at (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))$/m;

/**
 * Starts web mode on a free port and resolves once it has printed its address; `env` adds to the
 * environment (ARCHIVE_USER_DATA: a throwaway profile for what the app keeps on the workstation).
 */
export async function startArchiveServer(
  dbPath: string,
  env: Record<string, string> = {},
): Promise<ArchiveServer> {
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--db', dbPath, '--no-open', '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  const url = await readAddress(child);
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const origin = parsed.origin;
  const answer = async (method: string, input: unknown): Promise<ApiResult<unknown>> => {
    const response = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Archive-Token': token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResult<unknown>;
  };
  return {
    url,
    origin,
    token,
    dbPath,
    answer,
    async call(method, input) {
      const result = (await answer(method, input)) as ApiResult<ApiOutput<typeof method>>;
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    },
    stop: () => stopProcess(child),
  };
}

function readAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`archive serve printed no address within 20 s.\n${out}${err}`));
    }, 20_000);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = READY.exec(out);
      if (match?.[2]) {
        clearTimeout(timer);
        resolve(match[2]);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`archive serve exited (${code}) before it was ready.\n${out}${err}`));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
