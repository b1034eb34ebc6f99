/** Reading, saving and deleting records, their history, and what the archive holds. */
import * as z from 'zod';
import type { BackupEntry } from './backup.js';
import type { ProblemDetail } from './errors.js';
import type { Row } from './query.js';
import { TABLES, type TableName } from './tables.js';

export const RecordRefSchema = z.strictObject({
  table: z.enum(TABLES),
  id: z.string().min(1).max(64),
});
export type RecordRef = z.infer<typeof RecordRefSchema>;

export interface RecordDetail {
  table: TableName;
  /** Every field of the record, by the names of TABLE_FIELDS. */
  record: Row;
  /** Records that belong to this one, by kind: a visit's `meetings`, a meeting's `participants`. */
  related: Record<string, Row[]>;
}

/** A create (no id) or an update (with id) of one record. */
export const SaveInputSchema = z.strictObject({
  table: z.enum(TABLES),
  id: z.string().min(1).max(64).optional(),
  values: z.record(z.string().max(64), z.unknown()),
  /**
   * The `version` of the record the editor started from (getRecord gives it): an update of a
   * record written since is refused. A clock cannot tell two saves of one millisecond apart.
   */
  expectedVersion: z.number().int().min(1).optional(),
});
export type SaveInput = z.infer<typeof SaveInputSchema>;

export interface SaveResult {
  record: Row;
}

export const IdsInputSchema = z.strictObject({
  table: z.enum(TABLES),
  ids: z.array(z.string().min(1).max(64)).min(1).max(10_000),
});
export type IdsInput = z.infer<typeof IdsInputSchema>;

export interface CountResult {
  count: number;
}

export interface ChangeSummary {
  seq: number;
  entity: TableName;
  entityId: string;
  op: 'create' | 'update' | 'delete' | 'restore';
  at: string;
  user: string;
}

export interface UndoResult {
  /** The change undone or redone, or null when there was nothing to undo or redo. */
  change: ChangeSummary | null;
}

export interface ArchiveStats {
  path: string;
  schemaVersion: number;
  sizeBytes: number;
  /** Live (not deleted) records per table. */
  counts: Record<TableName, number>;
  inTrash: number;
  changes: number;
  /** Why the archive is open for reading only (and what to do about it), or null. */
  readOnly: ReadOnlyState | null;
}

/** An archive opened for reading only: every change is refused, with this reason. */
export interface ReadOnlyState {
  /** What keeps it from being written, and what to do, in sentences. */
  reason: string;
  /** The catalog message of the reason and its values, as on ApiError. */
  key?: string;
  params?: Record<string, unknown>;
}

export const EmptyInputSchema = z.strictObject({});
export type EmptyInput = z.infer<typeof EmptyInputSchema>;

export const DemoInputSchema = z.strictObject({
  visits: z.number().int().min(1).max(1_000_000).default(300),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
});
export type DemoInput = z.input<typeof DemoInputSchema>;

/** What moving a visit to the trash does with its meetings. */
export const VISIT_MEETINGS_CHOICES = ['trash', 'keep'] as const;

/**
 * Records to move to the trash. For visits, `meetings` says what becomes of their meetings:
 * `trash` moves them to the trash with the visit (in the same action), `keep` keeps them, no
 * longer linked to a visit. Without it, a visit that has live meetings is refused.
 */
export const DeleteInputSchema = IdsInputSchema.extend({
  meetings: z.enum(VISIT_MEETINGS_CHOICES).optional(),
});
export type DeleteInput = z.infer<typeof DeleteInputSchema>;

/** Problems a save would meet, found by the archive's own validation without writing. */
export interface ValidationResult {
  problems: ProblemDetail[];
}

/** One field a change set, with its value before and after. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One change of a record's history, as its History tab lists it. */
export interface HistoryEntry {
  seq: number;
  /** The action the change belongs to: changes made together share it. */
  txn: number;
  op: ChangeSummary['op'];
  at: string;
  user: string;
  /** True while the change is undone (it can be redone). */
  undone: boolean;
  changes: FieldChange[];
}

/** Two records that are one: `mergeId` is folded into `keepId` and then moved to the trash. */
export const MergeInputSchema = z.strictObject({
  table: z.enum(['people', 'organisations']),
  keepId: z.string().min(1).max(64),
  mergeId: z.string().min(1).max(64),
});
export type MergeInput = z.infer<typeof MergeInputSchema>;

export interface MergeResult {
  record: Row;
  /** Links (positions, participations, visits, sources) moved to the kept record. */
  moved: number;
}

export interface EmptyTrashResult {
  /** Records deleted for good. */
  deleted: number;
  /** Records left in the trash because a live record still names them. */
  kept: number;
  /** The backup taken first. */
  backup: BackupEntry;
}
