/**
 * A reader thread: answers the long reads (lists, counts, the timeline, CSV exports) from a
 * read-only connection of its own, so that the thread answering the user interface and writing
 * stays free. In WAL mode each statement sees every write committed before it began.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { exportCsv, writeCsv, type CsvExportOptions } from '../csv/csvExport.js';
import { ArchiveError, toApiError } from '../errors.js';
import { openArchive } from '../open/open.js';
import type { ReaderReply, ReaderRequest, ReaderSetup } from './readerProtocol.js';
import { READER_READS } from './readerHandlers.js';

const port = parentPort;
if (!port) throw new Error('readerWorker runs as a worker thread only.');
const setup = workerData as ReaderSetup;

let db: Database | null = null;

/** Opened on the first request, and again after a failed open (the file may come back). */
function archive(): Database {
  db ??= openArchive(setup.file, {
    readonly: true,
    ...(setup.nativeBinding ? { nativeBinding: setup.nativeBinding } : {}),
  });
  return db;
}

const running = new Map<number, AbortController>();
const waitingForAck = new Map<number, () => void>();

function reply(message: ReaderReply): void {
  port!.postMessage(message);
}

function cancelled(): ArchiveError {
  return new ArchiveError('refused', 'errors.export.cancelled');
}

async function runExport(request: Extract<ReaderRequest, { type: 'export' }>): Promise<unknown> {
  const { id, outFile } = request;
  const { query, ...choices } = request.input;
  const controller = new AbortController();
  running.set(id, controller);
  const options: CsvExportOptions = {
    ...choices,
    signal: controller.signal,
    ...(request.progress
      ? {
          onProgress: (done: number, total: number) => reply({ type: 'progress', id, done, total }),
        }
      : {}),
  };
  try {
    if (outFile !== null) return await exportCsv(archive(), query, outFile, options);
    // One chunk in flight: the next is read from SQLite only once the pool has passed this one on,
    // so a slow download holds the thread, not the memory.
    const write = (chunk: string) =>
      new Promise<void>((resolve, reject) => {
        if (controller.signal.aborted) return reject(cancelled());
        waitingForAck.set(id, resolve);
        reply({ type: 'chunk', id, chunk });
      });
    return await writeCsv(archive(), query, write, options);
  } finally {
    running.delete(id);
    waitingForAck.delete(id);
  }
}

async function answer(request: Extract<ReaderRequest, { type: 'run' | 'export' }>) {
  try {
    const value =
      request.type === 'run'
        ? (READER_READS[request.method] as (db: Database, input: unknown) => unknown)(
            archive(),
            request.input,
          )
        : await runExport(request);
    reply({ type: 'done', id: request.id, value });
  } catch (e) {
    reply({ type: 'failed', id: request.id, error: toApiError(e) });
  }
}

port.on('message', (request: ReaderRequest) => {
  switch (request.type) {
    case 'run':
    case 'export':
      void answer(request);
      break;
    case 'cancel':
      running.get(request.id)?.abort();
      waitingForAck.get(request.id)?.();
      break;
    case 'ack':
      waitingForAck.get(request.id)?.();
      break;
    case 'close':
      db?.close();
      db = null;
      Atomics.store(request.closed, 0, 1);
      Atomics.notify(request.closed, 0);
      break;
  }
});
