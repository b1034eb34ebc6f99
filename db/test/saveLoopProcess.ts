import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Another process saving records into the archive in a loop (saveLoop.ts), until told to stop. */
export interface SaveLoopProcess {
  /** The names of the records whose save it has acknowledged, so far. */
  acknowledged: string[];
  /** Settles once its first save is acknowledged: the two processes now overlap. */
  firstSave: Promise<void>;
  /** Closes its input, which ends the loop, and settles when it has exited. */
  stop: () => Promise<void>;
}

export function startSaveLoop(file: string, ...args: string[]): SaveLoopProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'saveLoop.ts'), file, ...args],
    { cwd: root },
  );
  const acknowledged: string[] = [];
  let pending = '';
  const firstSave = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      acknowledged.push(...lines);
      if (acknowledged.length > 0) resolve();
    });
  });
  const ended = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return {
    acknowledged,
    firstSave,
    stop: async () => {
      child.stdin.end();
      await ended;
    },
  };
}
