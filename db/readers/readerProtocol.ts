/**
 * The messages between the reader pool (on the thread that answers the user interface) and its
 * reader threads. Each thread answers one request at a time; `cancel` and `ack` may arrive while
 * an export runs, as an export yields between chunks.
 */
import type { z } from 'zod';
import type {
  ApiError,
  ApiOutput,
  apiInputSchemas,
  CsvExportInputSchema,
  ReaderApiMethod,
} from '../api.js';

/** An export's choices after validation, every default filled in. */
export type CsvExportRequest = z.output<typeof CsvExportInputSchema>;

/** The read methods a reader thread answers: the method table's, and the file's quick_check. */
export type ReaderMethod = ReaderApiMethod | 'quickCheck';

/** The read methods' answers. */
export type ReaderAnswer = { [M in ReaderApiMethod]: ApiOutput<M> } & {
  /** What SQLite's quick_check found wrong, or null when the file is sound. */
  quickCheck: string | null;
};

/** What each read method is asked, after validation. */
export type ReaderInput = {
  [M in ReaderApiMethod]: Readonly<z.output<(typeof apiInputSchemas)[M]>>;
} & {
  quickCheck: null;
};

/** What a reader thread is started with. */
export interface ReaderSetup {
  file: string;
  /** The better-sqlite3 addon the main connection was opened with (Electron's ABI). */
  nativeBinding?: string;
}

export type ReaderRequest =
  | { type: 'run'; id: number; method: ReaderMethod; input: ReaderInput[ReaderMethod] }
  | {
      type: 'export';
      id: number;
      input: CsvExportRequest;
      /** Write this file (through a temporary file beside it), or null to send the text back. */
      outFile: string | null;
      progress: boolean;
    }
  | { type: 'cancel'; id: number }
  /** The pool has written a chunk; the thread may send the next. */
  | { type: 'ack'; id: number }
  /** Close the connection, then set `closed[0]` to 1 and wake the pool waiting on it. */
  | { type: 'close'; closed: Int32Array };

export type ReaderReply =
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: ApiError }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'chunk'; id: number; chunk: string };
