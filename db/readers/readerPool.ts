/**
 * A few reader threads that answer the long reads (lists, counts, the timeline, CSV exports), so
 * that a count over a million meetings never holds up a save, the stats or the next page: the
 * connection that writes stays on the host's own thread.
 *
 * Requests run in the order they came (first in, first out), but for one rule: reads that may be
 * long (counts, the timeline, exports, a list with its total) hold at most all threads but one, so
 * that a page of rows, which someone looks at, never waits behind them; it passes them in the
 * queue. A client that no longer wants an
 * answer cancels it (web mode: the browser aborts the request, the grid when the next key comes),
 * so a stale query that is still queued never runs, and one that is running is dropped and, if it
 * has run for ENDING_AFTER_MS, its thread is ended and replaced: better-sqlite3 cannot interrupt
 * a statement, but ending its thread stops SQLite within milliseconds, and a count of a million
 * rows nobody waits for would otherwise hold a thread the next query needs. A thread that dies is
 * replaced; the request it was answering fails with a sentence.
 */
import type { Worker } from 'node:worker_threads';
import type { CsvExportResult } from '../csv/csvExport.js';
import { ArchiveError } from '../errors.js';
import type {
  CsvExportRequest,
  ReaderAnswer,
  ReaderInput,
  ReaderMethod,
  ReaderReply,
  ReaderRequest,
  ReaderSetup,
} from './readerProtocol.js';
import { closeReaderConnections } from './closeReaderConnections.js';
import { startReaderThread } from './startReaderThread.js';

/**
 * A new thread costs about 200 ms of processor time to start and open the archive, and far more
 * wall time on a busy machine (1-2 s measured at a load of 15 on 2 cores): ending a read pays only
 * when it would run on for longer than that. One that has run this long is likely to; one that
 * has not is given this long to finish before it is ended.
 */
const ENDING_AFTER_MS = 1000;

export interface ReaderPoolOptions extends ReaderSetup {
  /** How many reader threads at most (2 unless set). */
  size?: number;
  /** How long a cancelled read may run before its thread is ended (ENDING_AFTER_MS unless set). */
  endingAfterMs?: number;
  /** Told of each thread started, for tests that stop one. */
  onThread?: (thread: Worker) => void;
}

export interface ExportRun {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface ReaderPool {
  run<M extends ReaderMethod>(
    method: M,
    input: ReaderInput[M],
    signal?: AbortSignal,
  ): Promise<ReaderAnswer[M]>;
  /** Writes the CSV to `outFile` through a temporary file beside it, renamed when complete. */
  exportFile(input: CsvExportRequest, outFile: string, run?: ExportRun): Promise<CsvExportResult>;
  /** Hands the CSV to `write` chunk by chunk, the next once the last one's promise settles. */
  streamCsv(
    input: CsvExportRequest,
    write: (chunk: string) => void | Promise<void>,
    run?: ExportRun,
  ): Promise<number>;
  /**
   * Resolves once no read has been queued or running for `forMs` milliseconds together (a read
   * asked meanwhile starts the span again), or when the pool closes.
   */
  quiet(forMs: number): Promise<void>;
  /**
   * Stops every thread; what is queued or running fails. The threads' connections are closed
   * before it returns (closeReaderConnections), so the caller may close the writing one next.
   */
  close(): Promise<void>;
}

type Ask = Extract<ReaderRequest, { type: 'run' | 'export' }>;

interface Job {
  request: Ask;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onChunk?: (chunk: string) => void | Promise<void>;
  onProgress?: (done: number, total: number) => void;
  /** Settled already (cancelled): whatever the thread answers is dropped. */
  dropped: boolean;
  /** When a thread took it, in performance.now() milliseconds. */
  started: number;
  cleanup: () => void;
}

interface Slot {
  thread: Worker;
  job: Job | null;
}

/**
 * Whether a request may read for long: everything but a page of a list without its total, which
 * stops at its limit of rows, and the timeline's summary of the whole archive (a page of a rare substring still reads most of its table; such a
 * page is not told apart from the others here). While a typed query changes, the grid asks a
 * first page for each key and counts only what stands (renderer/grid/windowStore.ts); a count of
 * a million rows nobody waits for any more still holds its thread until it is ended.
 */
function mayBeLong(request: { type: string; method?: string; input?: unknown }): boolean {
  if (request.type !== 'run') return true;
  if (request.method === 'listRecords') {
    return (request.input as { withTotal?: boolean } | null)?.withTotal !== false;
  }
  if (request.method === 'timelineSummary') return !wholeArchiveSummary(request.input);
  return true;
}

/**
 * The timeline's first picture of every live visit, in one lane or by country: read from the
 * counts the archive keeps by month (db/timeline/visitMonthCounts.ts), a few hundred rows.
 */
function wholeArchiveSummary(input: unknown): boolean {
  const { query, lanes } = (input ?? {}) as {
    query?: { where?: unknown[]; search?: string; trash?: boolean };
    lanes?: string;
  };
  return (
    query !== undefined &&
    (query.where ?? []).length === 0 &&
    !query.search &&
    !query.trash &&
    (lanes === undefined || lanes === 'one' || lanes === 'country')
  );
}

function readerStopped(): ArchiveError {
  return new ArchiveError('internal', 'errors.readerPool.searchStoppedUnexpectedly');
}

function requestCancelled(): ArchiveError {
  return new ArchiveError('refused', 'errors.readerPool.requestCancelledBefore');
}

export function createReaderPool(options: ReaderPoolOptions): ReaderPool {
  const size = Math.max(1, options.size ?? 2);
  const endingAfter = options.endingAfterMs ?? ENDING_AFTER_MS;
  const setup: ReaderSetup = {
    file: options.file,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
  const queue: Job[] = [];
  const slots: Slot[] = [];
  /** Threads ended while reading, until they stop: at most `size`, not to crowd the processor. */
  const ending = new Set<Worker>();
  let nextId = 1;
  let closed = false;
  /** Those waiting for a span with no read, each with its timer while the pool is idle. */
  const quietWaiters = new Set<{ forMs: number; resolve: () => void; timer?: NodeJS.Timeout }>();

  /** Starts each quiet waiter's span when the pool has nothing to do, and stops it otherwise. */
  function watchQuiet(): void {
    const busy = queue.length > 0 || slots.some((s) => s.job !== null);
    for (const waiter of quietWaiters) {
      if (busy || closed) {
        clearTimeout(waiter.timer);
        delete waiter.timer;
        if (closed) {
          quietWaiters.delete(waiter);
          waiter.resolve();
        }
      } else if (!waiter.timer) {
        waiter.timer = setTimeout(() => {
          quietWaiters.delete(waiter);
          waiter.resolve();
        }, waiter.forMs);
        // Waiting for quiet never keeps the process alive.
        waiter.timer.unref();
      }
    }
  }

  function finish(slot: Slot, job: Job, settle: () => void): void {
    if (slot.job === job) slot.job = null;
    job.cleanup();
    if (!job.dropped) {
      job.dropped = true;
      settle();
    }
    dispatch();
  }

  function onReply(slot: Slot, message: ReaderReply): void {
    const job = slot.job;
    if (!job || job.request.id !== message.id) return;
    switch (message.type) {
      case 'chunk': {
        const ack = () => slot.thread.postMessage({ type: 'ack', id: message.id });
        if (job.dropped || !job.onChunk) return ack();
        Promise.resolve()
          .then(() => job.onChunk?.(message.chunk))
          .then(ack, (e: unknown) => {
            slot.thread.postMessage({ type: 'cancel', id: message.id });
            job.dropped = true;
            job.reject(e);
          });
        return;
      }
      case 'progress':
        if (!job.dropped) job.onProgress?.(message.done, message.total);
        return;
      case 'done':
        return finish(slot, job, () => job.resolve(message.value));
      case 'failed': {
        return finish(slot, job, () => job.reject(ArchiveError.fromApiError(message.error)));
      }
    }
  }

  function start(): Slot {
    const slot: Slot = { thread: startReaderThread(setup), job: null };
    slot.thread.on('message', (message: ReaderReply) => onReply(slot, message));
    // An uncaught error is followed by 'exit'; the thread is gone either way.
    slot.thread.on('error', () => undefined);
    slot.thread.on('exit', () => {
      const at = slots.indexOf(slot);
      if (at >= 0) slots.splice(at, 1);
      const job = slot.job;
      if (job) finish(slot, job, () => job.reject(closed ? closedError() : readerStopped()));
      else dispatch();
    });
    options.onThread?.(slot.thread);
    slots.push(slot);
    return slot;
  }

  /** Ends a thread busy with a read nobody waits for, and lets a new one take its place. */
  function endThread(slot: Slot): void {
    if (ending.size >= size) return;
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    slot.job = null;
    ending.add(slot.thread);
    void slot.thread.terminate().finally(() => ending.delete(slot.thread));
    if (closed) return;
    start();
  }

  /** The first queued job a free thread may take: a long read only while another thread is free. */
  function nextJob(): number {
    const longRunning = slots.filter((s) => s.job && mayBeLong(s.job.request)).length;
    const longMayStart = size === 1 || longRunning < size - 1;
    return queue.findIndex((job) => longMayStart || !mayBeLong(job.request));
  }

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      const next = nextJob();
      if (next < 0) break;
      const slot = slots.find((s) => s.job === null) ?? (slots.length < size ? start() : null);
      if (!slot) break;
      const [job] = queue.splice(next, 1) as [Job];
      slot.job = job;
      job.started = performance.now();
      slot.thread.postMessage(job.request);
    }
    watchQuiet();
  }

  function closedError(): ArchiveError {
    return new ArchiveError('refused', 'errors.readerPool.archiveClosedBefore');
  }

  function submit(
    request: Ask,
    signal: AbortSignal | undefined,
    extra: Pick<Job, 'onChunk' | 'onProgress'> = {},
  ): Promise<unknown> {
    if (closed) return Promise.reject(closedError());
    if (signal?.aborted) return Promise.reject(requestCancelled());
    return new Promise((resolve, reject) => {
      const job: Job = {
        request,
        resolve,
        reject,
        dropped: false,
        started: 0,
        cleanup: () => {},
        ...extra,
      };
      const onAbort = () => {
        const queued = queue.indexOf(job);
        if (queued >= 0) queue.splice(queued, 1);
        const slot = slots.find((s) => s.job === job);
        slot?.thread.postMessage({ type: 'cancel', id: request.id });
        // An export stops at its next chunk and answers; a read is dropped at once.
        if (slot && request.type === 'export') return;
        if (slot) {
          const ending = () => {
            if (slot.job === job) endThread(slot);
          };
          const left = endingAfter - (performance.now() - job.started);
          if (left <= 0) ending();
          else setTimeout(ending, left).unref();
        }
        job.cleanup();
        job.dropped = true;
        reject(request.type === 'export' ? exportCancelled() : requestCancelled());
        dispatch();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      job.cleanup = () => signal?.removeEventListener('abort', onAbort);
      queue.push(job);
      dispatch();
    });
  }

  // Started now rather than on the first request, so that the first long count does not make the
  // next page wait for a thread to start.
  while (slots.length < size) start();

  return {
    run(method, input, signal) {
      return submit({ type: 'run', id: nextId++, method, input }, signal) as never;
    },
    exportFile(input, outFile, run = {}) {
      const request: Ask = {
        type: 'export',
        id: nextId++,
        input,
        outFile,
        progress: !!run.onProgress,
      };
      return submit(request, run.signal, extra(run)) as Promise<CsvExportResult>;
    },
    streamCsv(input, write, run = {}) {
      const request: Ask = {
        type: 'export',
        id: nextId++,
        input,
        outFile: null,
        progress: !!run.onProgress,
      };
      return submit(request, run.signal, { ...extra(run), onChunk: write }) as Promise<number>;
    },
    quiet(forMs) {
      if (closed) return Promise.resolve();
      return new Promise((resolve) => {
        quietWaiters.add({ forMs, resolve });
        watchQuiet();
      });
    },
    async close() {
      closed = true;
      watchQuiet();
      for (const job of queue.splice(0)) {
        job.cleanup();
        job.reject(closedError());
      }
      closeReaderConnections(slots.map((slot) => slot.thread));
      // An ended thread's connection closes as the thread stops.
      const threads = [...slots.map((slot) => slot.thread), ...ending];
      await Promise.all(threads.map((thread) => thread.terminate()));
    },
  };
}

function extra(run: ExportRun): Pick<Job, 'onProgress'> {
  return run.onProgress ? { onProgress: run.onProgress } : {};
}

function exportCancelled(): ArchiveError {
  return new ArchiveError('refused', 'errors.export.cancelled');
}
