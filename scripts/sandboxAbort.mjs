import { spawn } from 'node:child_process';

/**
 * What Chromium prints (setuid_sandbox_host.cc) before it aborts where it may neither use
 * unprivileged user namespaces nor a setuid-root chrome-sandbox helper: Ubuntu 23.10 and later
 * with their AppArmor restriction (electron/electron#42510).
 */
export const SUID_SANDBOX_MESSAGE =
  'The SUID sandbox helper binary was found, but is not configured correctly';

/**
 * Passes everything `source` says on to `sink` as it comes, and notes whether the sandbox
 * message went by, even split across chunks.
 */
export function watchSandboxAbort(source, sink) {
  let tail = '';
  let seen = false;
  source.on('data', (chunk) => {
    sink.write(chunk);
    if (seen) return;
    // The message is ASCII: latin1 keeps one character per byte, whatever splits the chunks.
    const text = tail + Buffer.from(chunk).toString('latin1');
    seen = text.includes(SUID_SANDBOX_MESSAGE);
    tail = text.slice(-(SUID_SANDBOX_MESSAGE.length - 1));
  });
  return { seen: () => seen };
}

/**
 * Runs Electron with our terminal, its error output passing through the watcher to `sink`.
 * `done` settles once the output is closed (after the last word of a crash), with the exit and
 * whether it was the sandbox abort.
 */
export function runElectron(binary, args, { cwd, env, sink = process.stderr }) {
  const child = spawn(binary, args, { cwd, env, stdio: ['inherit', 'inherit', 'pipe'] });
  const watcher = watchSandboxAbort(child.stderr, sink);
  const done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, sandboxAbort: code !== 0 && watcher.seen() }),
    );
  });
  return { child, done };
}
