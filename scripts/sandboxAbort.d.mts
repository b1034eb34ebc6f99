import type { ChildProcess } from 'node:child_process';

export const SUID_SANDBOX_MESSAGE: string;
export function watchSandboxAbort(
  source: NodeJS.ReadableStream,
  sink: NodeJS.WritableStream,
): { seen: () => boolean };
export function runElectron(
  binary: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; sink?: NodeJS.WritableStream },
): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; sandboxAbort: boolean }>;
};
