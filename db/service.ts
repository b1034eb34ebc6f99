/**
 * The Archive API over one open archive: what every host (Electron IPC, web mode, the CLI) calls,
 * so that they all validate input the same way and answer with the same typed errors.
 */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import {
  API_METHODS,
  apiInputSchemas,
  methodsWhere,
  type ApiError,
  type ApiMethod,
  type ApiOutput,
  type ApiResult,
  type CsvExportAnswer,
} from './api.js';
import { backUpNow, backupEntries, restoreNamedBackup } from './backup/backupApi.js';
import { backupFolderInfo, setBackupFolder, type PickFolder } from './backup/chooseBackupFolder.js';
import { importCsv, previewCsvImport } from './csv/csvImport.js';
import { generateDemo } from './demo/demo.js';
import { emptyTrash } from './write/emptyTrash.js';
import { ArchiveError, toApiError } from './errors.js';
import { inputProblems, problemRef, tableOf } from './inputProblems.js';
import { mergeRecords } from './write/mergeRecords.js';
import { recordHistory } from './write/history.js';
import { listRecords } from './query/query.js';
import type { ReaderPool } from './readers/readerPool.js';
import { recordVersion } from './write/recordVersion.js';
import { relatedRecords } from './records/relatedRecords.js';
import { deleteView, listViews, saveView } from './settings/savedViews.js';
import { archiveStats } from './check/stats.js';
import { getUiState, putUiState } from './settings/uiState.js';
import { validateRecord } from './write/validateRecord.js';
import { whenWritable } from './write/writeGate.js';
import { deleteRecords, redo, restoreRecords, saveRecord, undo } from './write/write.js';
import type { WriteContext } from './write/write.js';
import { readerHandlers } from './readers/readerHandlers.js';

/** A method's input after validation, with every default filled in. */
export type ApiInput<M extends ApiMethod> = z.output<(typeof apiInputSchemas)[M]>;

/** What a host knows of one call besides its input. */
export interface CallContext {
  /** Aborted when the caller no longer wants the answer (web mode: the browser gave up). */
  signal?: AbortSignal;
  /** The window the call comes from (see SessionIdSchema): its writes, its undo. */
  session?: string;
}

/** The write context of a call: its window, if it names one. */
function by(context: CallContext | undefined): WriteContext {
  return context?.session === undefined ? {} : { session: context.session };
}

/** One function per API method: a host that forgets one fails to compile. */
export type Handlers = {
  [M in ApiMethod]: (
    input: ApiInput<M>,
    context?: CallContext,
  ) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

export interface HandlerOptions {
  /** How this host hands a CSV export to the user: a save dialog, or a download. */
  exportCsv?: (input: ApiInput<'exportCsv'>) => Promise<CsvExportAnswer>;
  /** Told how far a demo fill has come, for hosts that show progress. */
  onDemoProgress?: (done: number, total: number) => void;
  /** Reader threads that answer lists, counts and the timeline off the host's own thread. */
  readers?: ReaderPool;
  /** The desktop's folder dialog for another backups folder; without it a typed path is taken. */
  pickBackupFolder?: PickFolder;
}

export function createHandlers(
  db: Database.Database,
  file: string,
  options: HandlerOptions = {},
): Handlers {
  return waitingForExclusiveWrites(db, {
    ...readerHandlers(db, options.readers),
    getRecord: ({ table, id }) => {
      const byId = (trash: boolean) =>
        listRecords(
          db,
          apiInputSchemas.listRecords.parse({
            table,
            where: [{ field: 'id', op: 'equals', value: id }],
            limit: 1,
            withTotal: false,
            trash,
          }),
        ).rows[0];
      // A record in the trash still opens, so that it can be looked at before it is restored.
      const found = byId(false) ?? byId(true);
      if (!found) {
        throw new ArchiveError('not_found', 'errors.service.noRecordMay', { id, table });
      }
      // The version is not a field of the query language: an editor sends it back with a save.
      const version = recordVersion(db, table, id);
      return { table, record: { ...found, version }, related: relatedRecords(db, table, id) };
    },
    saveRecord: (input, context) => saveRecord(db, input, by(context)),
    deleteRecords: (input, context) => deleteRecords(db, input, by(context)),
    restoreRecords: (input, context) => restoreRecords(db, input, by(context)),
    undo: (_input, context) => undo(db, by(context)),
    redo: (_input, context) => redo(db, by(context)),
    stats: () => archiveStats(db, file),
    loadDemo: (input) => {
      // generateDemo refuses an archive that holds records: demo and real records never mix.
      const { onDemoProgress } = options;
      generateDemo(db, {
        visits: input.visits,
        seed: input.seed,
        ...(onDemoProgress ? { onProgress: onDemoProgress } : {}),
      });
      return archiveStats(db, file);
    },
    exportCsv: (input) => {
      if (!options.exportCsv) {
        throw new ArchiveError('refused', 'errors.service.windowCannotSave');
      }
      return options.exportCsv(input);
    },
    listBackups: () => backupEntries(db),
    backUpNow: () => backUpNow(db),
    restoreBackup: ({ name }) => restoreNamedBackup(db, name),
    getBackupFolder: () => backupFolderInfo(db, !!options.pickBackupFolder),
    setBackupFolder: (input) => setBackupFolder(db, input, options.pickBackupFolder),
    readPressRelease: async ({ text, docx, sourceDate }) => {
      // The reader and its word lists in three languages load with the first release read.
      const { docxText, extractDraft, localDay, matchDraft } =
        await import('./pressRelease/reader.js');
      const content = text ?? (await docxText(docx ?? ''));
      const read = extractDraft(content, { sourceDate: sourceDate ?? null, readOn: localDay() });
      return matchDraft(db, read);
    },
    savePressRelease: async ({ draft }, context) => {
      const { importDraft } = await import('./pressRelease/saveDraft.js');
      return importDraft(db, draft, by(context));
    },
    validateRecord: (input) => validateRecord(db, input),
    recordHistory: (input) => recordHistory(db, input),
    listViews: (input) => listViews(db, input),
    saveView: (input) => saveView(db, input),
    deleteView: (input) => deleteView(db, input),
    getUiState: (input) => getUiState(db, input),
    putUiState: (input) => putUiState(db, input),
    mergeRecords: (input, context) => mergeRecords(db, input, by(context)),
    emptyTrash: () => emptyTrash(db),
    previewCsvImport: (input) => previewCsvImport(db, input),
    importCsv: (input, context) => importCsv(db, input, { ctx: by(context) }),
  });
}

/**
 * Every method that writes waits while a restore or an emptying of the trash has the archive to
 * itself (writeGate): on the same connection, its write would join their transaction.
 */
function waitingForExclusiveWrites(db: Database.Database, handlers: Handlers): Handlers {
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const method of methodsWhere((facts) => facts.writes !== false)) {
    const handler = handlers[method] as (...args: unknown[]) => unknown;
    wrapped[method] = (...args: unknown[]) => whenWritable(db, () => handler(...args));
  }
  return wrapped as Handlers;
}

export function isApiMethod(method: string): method is ApiMethod {
  return Object.hasOwn(apiInputSchemas, method);
}

function invalidInput(method: string, input: unknown, error: z.ZodError): ApiError {
  const details = inputProblems(error, tableOf(input));
  return new ArchiveError(
    'invalid_input',
    'errors.service.requestRefused',
    { method, problem: problemRef(details[0]), more: details.length - 1 },
    details,
  ).toApiError();
}

/**
 * Calls one API method by name with untrusted input: refuses an unknown method or an input its
 * schema rejects before the archive is touched, and turns any failure into an ApiError, never a
 * stack trace.
 */
export async function callApi<M extends ApiMethod>(
  handlers: Handlers,
  method: M,
  input: unknown,
  context?: CallContext,
): Promise<ApiResult<ApiOutput<M>>>;
export async function callApi(
  handlers: Handlers,
  method: string,
  input: unknown,
  context?: CallContext,
): Promise<ApiResult<unknown>>;
export async function callApi(
  handlers: Handlers,
  method: string,
  input: unknown,
  context: CallContext = {},
): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    const methods = { list: [...API_METHODS], join: 'and' } as const;
    const params = { method: method.slice(0, 64), methods };
    return {
      ok: false,
      error: new ArchiveError('invalid_input', 'errors.service.noMethod', params).toApiError(),
    };
  }
  const parsed = apiInputSchemas[method].safeParse(input);
  if (!parsed.success) return { ok: false, error: invalidInput(method, input, parsed.error) };
  try {
    const handler = handlers[method] as (input: unknown, context: CallContext) => unknown;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (e) {
    return { ok: false, error: toApiError(e) };
  }
}
