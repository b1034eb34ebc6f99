import type { Worker } from 'node:worker_threads';

const CLOSE_WAIT_MS = 2000;

/**
 * Closes every thread's connection, blocking until they are closed (a thread busy with a read
 * closes once it ends, waited for 2 s at most): when the connection that writes then closes last,
 * SQLite folds the write-ahead log back into the archive and removes it. Blocking, because a
 * desktop app closes its archive in a quit handler that cannot wait for a promise.
 */
export function closeReaderConnections(threads: readonly Worker[]): void {
  const flags = threads.map((thread) => {
    const closed = new Int32Array(new SharedArrayBuffer(4));
    thread.postMessage({ type: 'close', closed });
    return closed;
  });
  const deadline = Date.now() + CLOSE_WAIT_MS;
  for (const closed of flags) {
    const left = deadline - Date.now();
    if (left > 0) Atomics.wait(closed, 0, 0, left);
  }
}
