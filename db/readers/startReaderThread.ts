import type { Worker } from 'node:worker_threads';
import { startWorkerBeside } from '../startWorkerBeside.js';
import type { ReaderSetup } from './readerProtocol.js';

/** Starts one reader thread (readerWorker beside this module, or beside the bundle). */
export function startReaderThread(setup: ReaderSetup): Worker {
  return startWorkerBeside(import.meta.url, 'readerWorker', setup);
}
