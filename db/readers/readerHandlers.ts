/**
 * The reads a reader thread answers, and the handlers that send them there: the method table
 * says which methods they are, so a method marked `reader` there runs on a thread with no other
 * change than its read below.
 */
import type { Database } from 'better-sqlite3';
import { methodsWhere, type ReaderApiMethod } from '../api.js';
import { countRecords, listRecords } from '../query/query.js';
import type { ReaderPool } from './readerPool.js';
import type { ReaderAnswer, ReaderInput, ReaderMethod } from './readerProtocol.js';
import type { Handlers } from '../service.js';
import { timeline } from '../timeline/timeline.js';
import { timelineSummary } from '../timeline/timelineSummary.js';

/** The whole file read page by page, on a thread nobody waits on (25 s for 3 GB). */
function quickCheck(db: Database): string | null {
  const found = db.pragma('quick_check', { simple: true });
  return found === 'ok' ? null : String(found);
}

/** One read per reader method: a method the table sends to a reader and missing here fails to compile. */
export const READER_READS: {
  [M in ReaderMethod]: (db: Database, input: ReaderInput[M]) => ReaderAnswer[M];
} = { listRecords, countRecords, timeline, timelineSummary, quickCheck };

/** The reader methods' handlers: on a reader thread when the host has them, else on `db`. */
export function readerHandlers(
  db: Database,
  readers?: ReaderPool,
): Pick<Handlers, ReaderApiMethod> {
  const handlers: Partial<Record<ReaderApiMethod, unknown>> = {};
  for (const method of methodsWhere((facts) => facts.reader) as ReaderApiMethod[]) {
    const read = READER_READS[method] as (db: Database, input: unknown) => unknown;
    handlers[method] = (input: ReaderInput[typeof method], context?: { signal?: AbortSignal }) =>
      readers ? readers.run(method, input, context?.signal) : read(db, input);
  }
  return handlers as Pick<Handlers, ReaderApiMethod>;
}
