/** The methods of the Archive API, the input schema of each, and how hosts expose them. */
import * as z from 'zod';
import type { BackupEntry, BackupFolderInfo, RestoreResult } from './backup.js';
import { BackupRefSchema, SetBackupFolderInputSchema } from './backup.js';
import type { CsvExportAnswer, CsvImportPreview } from './csv.js';
import { CsvExportInputSchema, CsvImportInputSchema } from './csv.js';
import type { ApiResult } from './errors.js';
import type { PressReleaseDraft, SavedPressRelease } from './pressRelease.js';
import { PressReleaseInputSchema, SavePressReleaseInputSchema } from './pressRelease.js';
import { QuerySchema, type ListResult } from './query.js';
import type {
  ArchiveStats,
  CountResult,
  EmptyTrashResult,
  HistoryEntry,
  MergeResult,
  RecordDetail,
  SaveResult,
  UndoResult,
  ValidationResult,
} from './records.js';
import {
  DeleteInputSchema,
  DemoInputSchema,
  EmptyInputSchema,
  IdsInputSchema,
  MergeInputSchema,
  RecordRefSchema,
  SaveInputSchema,
} from './records.js';
import type { TimelineData, TimelineSummary } from './timeline.js';
import { TimelineSummaryInputSchema } from './timeline.js';
import type { SavedView, UiStateValue } from './views.js';
import {
  ListViewsInputSchema,
  PutUiStateInputSchema,
  SaveViewInputSchema,
  UiStateKeySchema,
  ViewRefSchema,
} from './views.js';

/** One input schema per method: the list of the API's methods. */
export const apiInputSchemas = {
  listRecords: QuerySchema,
  countRecords: QuerySchema,
  getRecord: RecordRefSchema,
  saveRecord: SaveInputSchema,
  deleteRecords: DeleteInputSchema,
  restoreRecords: IdsInputSchema,
  undo: EmptyInputSchema,
  redo: EmptyInputSchema,
  stats: EmptyInputSchema,
  loadDemo: DemoInputSchema,
  timeline: QuerySchema,
  timelineSummary: TimelineSummaryInputSchema,
  exportCsv: CsvExportInputSchema,
  listBackups: EmptyInputSchema,
  backUpNow: EmptyInputSchema,
  restoreBackup: BackupRefSchema,
  getBackupFolder: EmptyInputSchema,
  setBackupFolder: SetBackupFolderInputSchema,
  readPressRelease: PressReleaseInputSchema,
  savePressRelease: SavePressReleaseInputSchema,
  validateRecord: SaveInputSchema,
  recordHistory: RecordRefSchema,
  listViews: ListViewsInputSchema,
  saveView: SaveViewInputSchema,
  deleteView: ViewRefSchema,
  getUiState: UiStateKeySchema,
  putUiState: PutUiStateInputSchema,
  mergeRecords: MergeInputSchema,
  emptyTrash: EmptyInputSchema,
  previewCsvImport: CsvImportInputSchema,
  importCsv: CsvImportInputSchema,
} as const satisfies Record<string, z.ZodType>;
export type ApiMethod = keyof typeof apiInputSchemas;

/** What each method resolves to; what it takes is its input schema's (apiInputSchemas). */
interface ApiOutputs {
  listRecords: ListResult;
  countRecords: CountResult;
  getRecord: RecordDetail;
  saveRecord: SaveResult;
  deleteRecords: CountResult;
  restoreRecords: CountResult;
  undo: UndoResult;
  redo: UndoResult;
  stats: ArchiveStats;
  /** Fill an empty archive with demo records; refused when the archive holds any record. */
  loadDemo: ArchiveStats;
  /** The visits of a visits query in time order, with their meetings and the period's events. */
  timeline: TimelineData;
  /** The visits of a visits query counted by lane and month: what the timeline draws first. */
  timelineSummary: TimelineSummary;
  /** Writes a query's rows as CSV: to a file the user picks (desktop) or as a download (web). */
  exportCsv: CsvExportAnswer;
  /** The archive's backups, newest first. */
  listBackups: BackupEntry[];
  /** Backs the archive up now into its backups folder. */
  backUpNow: BackupEntry;
  /** Replaces the archive's content with one of its backups, after backing it up. */
  restoreBackup: RestoreResult;
  /** Where the backups go. */
  getBackupFolder: BackupFolderInfo;
  /** Chooses (or forgets) another backups folder, kept on this workstation for this archive. */
  setBackupFolder: BackupFolderInfo;
  /** Reads a press release into a draft visit, linking the people the archive already holds. */
  readPressRelease: PressReleaseDraft;
  /** Saves a reviewed draft as one action: one undo removes it all. */
  savePressRelease: SavedPressRelease;
  /** The problems a save would meet, without saving. */
  validateRecord: ValidationResult;
  /** One record's changes, oldest first. */
  recordHistory: HistoryEntry[];
  listViews: SavedView[];
  saveView: SavedView;
  deleteView: CountResult;
  /** What the interface remembered under a key between runs (a table's filters and columns). */
  getUiState: UiStateValue;
  putUiState: UiStateValue;
  /** Folds one person or organisation into another, as one action (one undo takes it back). */
  mergeRecords: MergeResult;
  /** Deletes the trash for good, after a backup. */
  emptyTrash: EmptyTrashResult;
  /** Reads a CSV file and reports what an import would write, writing nothing. */
  previewCsvImport: CsvImportPreview;
  /** Imports a CSV file: every row, in one action, or nothing when any row is refused. */
  importCsv: CsvImportPreview;
}

/** What a user interface may ask of the archive: each method's input is what its schema takes. */
export type ArchiveApi = {
  [M in ApiMethod]: (input: z.input<(typeof apiInputSchemas)[M]>) => Promise<ApiOutputs[M]>;
};
/** The value a method resolves to. */
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

/**
 * What the Electron preload exposes as `window.archive`: one function per method, answering with
 * an ApiResult (errors cross the context bridge as plain data; `renderer/api.ts` unwraps them).
 */
export type ArchiveBridge = {
  [M in ApiMethod]: (
    input: Parameters<ArchiveApi[M]>[0],
    session?: string,
  ) => Promise<ApiResult<ApiOutput<M>>>;
};

/**
 * The id of one window's session, which every call carries (web mode: the X-Archive-Session
 * header; Electron: the bridge's second argument): undo and redo in a window reach only its own
 * changes (and those made outside any window), never another window's or another user's.
 */
export const SessionIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
