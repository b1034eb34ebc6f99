/**
 * What each API method is, in one place: every host's list of methods, the read-only refusals,
 * the reader threads' routing, web mode's body limits and the renderer's refreshes are read from
 * here. Free of zod and of anything that runs, so that the Electron preload can import it.
 */
import type { ApiMethod } from '../api.js';

export interface MethodFacts {
  /**
   * What a call writes into the archive file: its content ('archive': refused while the archive
   * is open for reading only), the window's remembered layout ('layout': answered but not kept
   * then), or nothing. Both kinds wait while a restore or an emptying of the trash has the
   * archive to itself.
   */
  writes: 'archive' | 'layout' | false;
  /** Answered by a reader thread when the host has them, so that the writing thread stays free. */
  reader: boolean;
  /** The largest request body web mode takes for it, in bytes. */
  bodyLimit: number;
  /** After it succeeds, every open view asks the archive again. */
  refreshesViews: boolean;
}

const MB = 1024 * 1024;

/** Reads on the thread that answers the window: small JSON in, nothing written. */
const reads = { writes: false, reader: false, bodyLimit: 1 * MB, refreshesViews: false } as const;
/** The long reads (lists, counts, the timeline), which a reader thread answers. */
const readsOnThread = { ...reads, reader: true } as const;
/** Changes the archive's records: refused while read-only, and every open view asks again. */
const changesRecords = { ...reads, writes: 'archive', refreshesViews: true } as const;

/**
 * A CSV file travels as base64 in its request: a 50 MB file is about 67 MB of JSON
 * (CsvImportInputSchema allows 70,000,000 characters).
 */
const CSV_FILE = 72 * MB;
/**
 * A record, or the check of one: a text field holds up to 1,000,000 characters (MAX_TEXT), up to
 * 3 MB as UTF-8 JSON, and a record may have more than one.
 */
const RECORD = 8 * MB;
/** A Word file of 20 MB (pictures make them large) is about 27 MB of base64. */
const WORD_FILE = 30 * MB;

export const METHOD_TABLE = {
  listRecords: readsOnThread,
  countRecords: readsOnThread,
  getRecord: reads,
  saveRecord: { ...changesRecords, bodyLimit: RECORD },
  deleteRecords: changesRecords,
  restoreRecords: changesRecords,
  undo: changesRecords,
  redo: changesRecords,
  stats: reads,
  loadDemo: changesRecords,
  timeline: readsOnThread,
  timelineSummary: readsOnThread,
  // Runs on a reader thread too, through the host's own exporter (a save dialog, a download).
  exportCsv: reads,
  listBackups: reads,
  // A backup reads the archive and writes beside it: it works where the folder can be written.
  backUpNow: reads,
  restoreBackup: changesRecords,
  // Kept on the workstation, not in the archive: another folder is how a read-only archive's
  // backups find a place.
  getBackupFolder: reads,
  setBackupFolder: reads,
  readPressRelease: { ...reads, bodyLimit: WORD_FILE },
  savePressRelease: changesRecords,
  validateRecord: { ...reads, bodyLimit: RECORD },
  recordHistory: reads,
  listViews: reads,
  // A view is the archive's, but what open views show does not change with it.
  saveView: { ...changesRecords, refreshesViews: false },
  deleteView: { ...changesRecords, refreshesViews: false },
  getUiState: reads,
  // The window's layout, not a record: kept in the archive file when it can be written.
  putUiState: { ...reads, writes: 'layout' },
  mergeRecords: changesRecords,
  emptyTrash: changesRecords,
  previewCsvImport: { ...reads, bodyLimit: CSV_FILE },
  importCsv: { ...changesRecords, bodyLimit: CSV_FILE },
} as const satisfies Record<ApiMethod, MethodFacts>;

/** Every method, in the table's order: one function, channel or route per method. */
export const API_METHODS = Object.keys(METHOD_TABLE) as ApiMethod[];

/** The methods a reader thread answers. */
export type ReaderApiMethod = {
  [M in ApiMethod]: (typeof METHOD_TABLE)[M]['reader'] extends true ? M : never;
}[ApiMethod];

/** The methods whose facts pass a test, in the table's order. */
export function methodsWhere(test: (facts: MethodFacts) => boolean): ApiMethod[] {
  return API_METHODS.filter((method) => test(METHOD_TABLE[method]));
}
