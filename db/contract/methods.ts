/** The methods of the Archive API, the input schema of each, and how hosts expose them. */
import { z } from 'zod';
import type {
  BackupEntry,
  BackupFolderInfo,
  BackupRef,
  RestoreResult,
  SetBackupFolderInput,
} from './backup.js';
import { BackupRefSchema, SetBackupFolderInputSchema } from './backup.js';
import type { CsvExportAnswer, CsvExportInput, CsvImportInput, CsvImportPreview } from './csv.js';
import { CsvExportInputSchema, CsvImportInputSchema } from './csv.js';
import type { ApiResult } from './errors.js';
import type {
  PressReleaseDraft,
  PressReleaseInput,
  SavedPressRelease,
  SavePressReleaseInput,
} from './pressRelease.js';
import { PressReleaseInputSchema, SavePressReleaseInputSchema } from './pressRelease.js';
import { QuerySchema, type ListResult, type Query } from './query.js';
import type {
  ArchiveStats,
  CountResult,
  DeleteInput,
  DemoInput,
  EmptyInput,
  EmptyTrashResult,
  HistoryEntry,
  IdsInput,
  MergeInput,
  MergeResult,
  RecordDetail,
  RecordRef,
  SaveInput,
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
import type { TimelineData, TimelineSummary, TimelineSummaryInput } from './timeline.js';
import { TimelineSummaryInputSchema } from './timeline.js';
import type {
  ListViewsInput,
  PutUiStateInput,
  SavedView,
  SaveViewInput,
  UiStateKey,
  UiStateValue,
  ViewRef,
} from './views.js';
import {
  ListViewsInputSchema,
  PutUiStateInputSchema,
  SaveViewInputSchema,
  UiStateKeySchema,
  ViewRefSchema,
} from './views.js';

/** What a user interface may ask of the archive. */
export interface ArchiveApi {
  listRecords(query: Query): Promise<ListResult>;
  countRecords(query: Query): Promise<CountResult>;
  getRecord(ref: RecordRef): Promise<RecordDetail>;
  saveRecord(input: SaveInput): Promise<SaveResult>;
  deleteRecords(input: DeleteInput): Promise<CountResult>;
  restoreRecords(input: IdsInput): Promise<CountResult>;
  undo(input: EmptyInput): Promise<UndoResult>;
  redo(input: EmptyInput): Promise<UndoResult>;
  stats(input: EmptyInput): Promise<ArchiveStats>;
  /** Fill an empty archive with demo records; refused when the archive holds any record. */
  loadDemo(input: DemoInput): Promise<ArchiveStats>;
  /** The visits of a visits query in time order, with their meetings and the period's events. */
  timeline(query: Query): Promise<TimelineData>;
  /** The visits of a visits query counted by lane and month: what the timeline draws first. */
  timelineSummary(input: TimelineSummaryInput): Promise<TimelineSummary>;
  /** Writes a query's rows as CSV: to a file the user picks (desktop) or as a download (web). */
  exportCsv(input: CsvExportInput): Promise<CsvExportAnswer>;
  /** The archive's backups, newest first. */
  listBackups(input: EmptyInput): Promise<BackupEntry[]>;
  /** Backs the archive up now into its backups folder. */
  backUpNow(input: EmptyInput): Promise<BackupEntry>;
  /** Replaces the archive's content with one of its backups, after backing it up. */
  restoreBackup(input: BackupRef): Promise<RestoreResult>;
  /** Where the backups go. */
  getBackupFolder(input: EmptyInput): Promise<BackupFolderInfo>;
  /** Chooses (or forgets) another backups folder, kept on this workstation for this archive. */
  setBackupFolder(input: SetBackupFolderInput): Promise<BackupFolderInfo>;
  /** Reads a press release into a draft visit, linking the people the archive already holds. */
  readPressRelease(input: PressReleaseInput): Promise<PressReleaseDraft>;
  /** Saves a reviewed draft as one action: one undo removes it all. */
  savePressRelease(input: SavePressReleaseInput): Promise<SavedPressRelease>;
  /** The problems a save would meet, without saving. */
  validateRecord(input: SaveInput): Promise<ValidationResult>;
  /** One record's changes, oldest first. */
  recordHistory(ref: RecordRef): Promise<HistoryEntry[]>;
  listViews(input: ListViewsInput): Promise<SavedView[]>;
  saveView(input: SaveViewInput): Promise<SavedView>;
  deleteView(input: ViewRef): Promise<CountResult>;
  /** What the interface remembered under a key between runs (a table's filters and columns). */
  getUiState(input: UiStateKey): Promise<UiStateValue>;
  putUiState(input: PutUiStateInput): Promise<UiStateValue>;
  /** Folds one person or organisation into another, as one action (one undo takes it back). */
  mergeRecords(input: MergeInput): Promise<MergeResult>;
  /** Deletes the trash for good, after a backup. */
  emptyTrash(input: EmptyInput): Promise<EmptyTrashResult>;
  /** Reads a CSV file and reports what an import would write, writing nothing. */
  previewCsvImport(input: CsvImportInput): Promise<CsvImportPreview>;
  /** Imports a CSV file: every row, in one action, or nothing when any row is refused. */
  importCsv(input: CsvImportInput): Promise<CsvImportPreview>;
}
export type ApiMethod = keyof ArchiveApi;

/** One input schema per method: a method missing here fails to compile. */
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
} as const satisfies Record<ApiMethod, z.ZodType>;

/** The value a method resolves to. */
export type ApiOutput<M extends ApiMethod> = Awaited<ReturnType<ArchiveApi[M]>>;

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
