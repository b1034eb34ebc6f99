import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runElectron, SUID_SANDBOX_MESSAGE, watchSandboxAbort } from '../sandboxAbort.mjs';

/** Chromium's abort as Electron prints it on Ubuntu 24.04 (electron/electron#42510). */
const ABORT =
  '[12345:0601/101010.123456:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary ' +
  "was found, but is not configured correctly. Rather than run without sandboxing I'm aborting " +
  'now. You need to make sure that /p/node_modules/electron/dist/chrome-sandbox is owned by root ' +
  'and has mode 4755.\n';

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

describe('watchSandboxAbort', () => {
  test('sees the message even split across chunks, and passes every byte on', () => {
    const output = new PassThrough();
    const terminal = new PassThrough();
    const shown = collect(terminal);
    const watcher = watchSandboxAbort(output, terminal);
    const text = `Électron démarre…\n${ABORT}`;
    const bytes = Buffer.from(text, 'utf8');
    const cut = bytes.indexOf('helper') + 3;
    output.write(bytes.subarray(0, 5)); // inside the two-byte É
    expect(watcher.seen()).toBe(false);
    output.write(bytes.subarray(5, cut));
    expect(watcher.seen()).toBe(false);
    output.write(bytes.subarray(cut));
    expect(watcher.seen()).toBe(true);
    expect(shown()).toBe(text);
  });

  test('other errors are passed on and are not taken for the sandbox abort', () => {
    const output = new PassThrough();
    const terminal = new PassThrough();
    const shown = collect(terminal);
    const watcher = watchSandboxAbort(output, terminal);
    output.write('Error: Cannot find module better_sqlite3.node\n');
    output.write(SUID_SANDBOX_MESSAGE.slice(0, -1) + '!\n');
    expect(watcher.seen()).toBe(false);
    expect(shown()).toBe(
      `Error: Cannot find module better_sqlite3.node\n${SUID_SANDBOX_MESSAGE.slice(0, -1)}!\n`,
    );
  });
});

/** A stand-in Electron: a Node child that writes `stderr` and exits with `code`. */
function fakeElectron(stderr: string, code: number) {
  const terminal = new PassThrough();
  const shown = collect(terminal);
  const script = `process.stderr.write(${JSON.stringify(stderr)}); process.exitCode = ${code};`;
  const run = runElectron(process.execPath, ['-e', script], {
    cwd: process.cwd(),
    env: process.env,
    sink: terminal,
  });
  return { done: run.done, shown };
}

describe('runElectron', () => {
  test('reports a start that Chromium aborted for its sandbox, after showing its words', async () => {
    const { done, shown } = fakeElectron(ABORT, 133);
    expect(await done).toEqual({ code: 133, signal: null, sandboxAbort: true });
    expect(shown()).toBe(ABORT);
  });

  test('any other exit is only an exit', async () => {
    const failed = fakeElectron('something else went wrong\n', 1);
    expect(await failed.done).toEqual({ code: 1, signal: null, sandboxAbort: false });
    expect(failed.shown()).toBe('something else went wrong\n');
    const quit = fakeElectron('', 0);
    expect(await quit.done).toEqual({ code: 0, signal: null, sandboxAbort: false });
  });
});
