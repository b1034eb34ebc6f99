/**
 * The Archive API: the only things a user interface can ask of the archive.
 *
 * Every host (Electron IPC, web mode over HTTP, the CLI) validates its input against
 * `apiInputSchemas` before touching the archive, and answers with an `ApiResult`: a value, or a
 * typed error a person can read. This file holds types and schemas only, so that the renderer can
 * import it without pulling in Node or SQLite.
 */
import * as z from 'zod';

export { COLUMN_LABELS, DEFAULT_COLUMNS, columnLabel } from './columnLabels.js';

/** Tables a query or a record can name. */
export const TABLES = [
  'visits',
  'meetings',
  'people',
  'organisations',
  'positions',
  'events',
  'topics',
  'sources',
] as const;
export type TableName = (typeof TABLES)[number];

/**
 * How a field is matched and shown. `date` fields hold partial ISO dates (`2023`, `2023-09`,
 * `2023-09-19`) and are filtered as the span they cover; `timestamp` holds a full ISO time.
 */
export const FIELD_KINDS = [
  'id',
  'text',
  'date',
  'timestamp',
  'country',
  'enum',
  'number',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FieldInfo {
  kind: FieldKind;
  /** Allowed values of an `enum` field. */
  values?: readonly string[];
}

export const VISIT_STATUSES = ['planned', 'completed', 'cancelled'] as const;
export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const PARTICIPANT_SIDES = ['counterpart', 'secretariat', 'other'] as const;

const id: FieldInfo = { kind: 'id' };
const text: FieldInfo = { kind: 'text' };
const date: FieldInfo = { kind: 'date' };
const timestamp: FieldInfo = { kind: 'timestamp' };
const country: FieldInfo = { kind: 'country' };
const number: FieldInfo = { kind: 'number' };
const audit = { created_at: timestamp, updated_at: timestamp } as const;

/**
 * The fields each table exposes to queries: the whitelist. A field not named here is refused
 * before any SQL is built.
 */
export const TABLE_FIELDS = {
  visits: {
    id,
    title: text,
    traveller_id: id,
    traveller: text,
    city: text,
    country,
    start_date: date,
    end_date: date,
    purpose: text,
    summary: text,
    status: { kind: 'enum', values: VISIT_STATUSES },
    meeting_count: number,
    ...audit,
  },
  meetings: {
    id,
    visit_id: id,
    visit: text,
    date,
    city: text,
    country,
    venue: text,
    format: text,
    summary: text,
    outcomes: text,
    atmosphere: text,
    /** The counterpart participants' names in participant order, joined with "; ". */
    counterparts: text,
    /** The meeting's live topics by name, joined with "; ". */
    topics: text,
    ...audit,
  },
  people: {
    id,
    name: text,
    honorific: text,
    aliases: text,
    country,
    notes: text,
    /** The current position, "Title, Organisation": see db/query/computedFields.ts. */
    position: text,
    /** Live meetings the person took part in. */
    meeting_count: number,
    ...audit,
  },
  organisations: {
    id,
    name: text,
    acronym: text,
    kind: text,
    country,
    parent_id: id,
    parent: text,
    aliases: text,
    ...audit,
  },
  positions: {
    id,
    person_id: id,
    person: text,
    organisation_id: id,
    organisation: text,
    title: text,
    start_date: date,
    end_date: date,
    ...audit,
  },
  events: {
    id,
    title: text,
    start_date: date,
    end_date: date,
    city: text,
    country,
    organiser_id: id,
    organiser: text,
    status: { kind: 'enum', values: EVENT_STATUSES },
    summary: text,
    ...audit,
  },
  topics: { id, name: text, description: text, ...audit },
  sources: { id, title: text, date, kind: text, text, ...audit },
} as const satisfies Record<TableName, Record<string, FieldInfo>>;

export type FieldName<T extends TableName> = keyof (typeof TABLE_FIELDS)[T] & string;

export const OPERATORS = [
  'contains',
  'equals',
  'in',
  'before',
  'after',
  'between',
  'empty',
  'notEmpty',
] as const;
export type Operator = (typeof OPERATORS)[number];

/** Which operators make sense for which kind of field. */
export const OPERATORS_BY_KIND: Record<FieldKind, readonly Operator[]> = {
  id: ['equals', 'in', 'empty', 'notEmpty'],
  text: ['contains', 'equals', 'in', 'empty', 'notEmpty'],
  date: ['equals', 'before', 'after', 'between', 'empty', 'notEmpty'],
  timestamp: ['equals', 'before', 'after', 'between', 'empty', 'notEmpty'],
  country: ['equals', 'in', 'empty', 'notEmpty'],
  enum: ['equals', 'in', 'empty', 'notEmpty'],
  number: ['equals', 'in', 'before', 'after', 'between', 'empty', 'notEmpty'],
};

/** A date as the archive stores it: a year, a month or a day, of a year from 0001 on. */
export const PARTIAL_DATE_PATTERN = /^(?!0000)\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const MAX_PAGE = 1000;

const scalar = z.union([z.string().max(10_000), z.number().finite()]);

export const FilterSchema = z.strictObject({
  field: z.string().min(1).max(64),
  op: z.enum(OPERATORS),
  value: z.union([scalar, z.array(scalar).max(1000)]).optional(),
});
export type Filter = z.infer<typeof FilterSchema>;

export const SortSchema = z.strictObject({
  field: z.string().min(1).max(64),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type Sort = z.input<typeof SortSchema>;

export const QuerySchema = z.strictObject({
  table: z.enum(TABLES),
  where: z.array(FilterSchema).max(50).default([]),
  search: z.string().max(500).optional(),
  sort: z.array(SortSchema).max(10).default([]),
  columns: z.array(z.string().min(1).max(64)).max(100).optional(),
  limit: z.number().int().min(0).max(MAX_PAGE).default(100),
  offset: z.number().int().min(0).default(0),
  /**
   * The id of the row the page follows in this order (keyset paging): the page is read from
   * that row's place on, through the sort's index, instead of stepping over `offset` rows.
   */
  after: z.string().min(1).max(64).optional(),
  /** List the trash (soft-deleted records) instead of the live records. */
  trash: z.boolean().default(false),
  /** Count every matching row too. Off when a caller asks for the count separately. */
  withTotal: z.boolean().default(true),
});
/** A query as callers write it (defaults may be left out). */
export type Query = z.input<typeof QuerySchema>;
/** A query after validation, with every default filled in. */
export type ParsedQuery = z.output<typeof QuerySchema>;

export type CellValue = string | number | null;
export type Row = Record<string, CellValue>;

export interface ListResult {
  rows: Row[];
  /** Every row the query matches, or null when `withTotal` was false. */
  total: number | null;
}

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

export type VisitStatus = (typeof VISIT_STATUSES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * One visit on the timeline, as a tuple to keep 100,000 of them small: id, title, city, country,
 * traveller, first day (lo), last day (hi), 1 when a partial date makes the span approximate,
 * status, and the days of its meetings, counted from the visit's first day (0 is that day).
 */
export type TimelineVisit = [
  id: string,
  title: string,
  city: string | null,
  country: string | null,
  traveller: string | null,
  lo: string,
  hi: string,
  approximate: 0 | 1,
  status: VisitStatus,
  meetings: number[],
];

/** One event of the timeline's period: id, title, first day, last day, approximate, status. */
export type TimelineEvent = [
  id: string,
  title: string,
  lo: string,
  hi: string,
  approximate: 0 | 1,
  status: EventStatus,
];

export interface TimelineData {
  /** The visits the query matches that have a start date, sorted by it. */
  visits: TimelineVisit[];
  /** Events that overlap the period of those visits. */
  events: TimelineEvent[];
  /** Matching visits without a start date, which cannot be placed. */
  undated: number;
  /** True when more visits matched than the timeline sends. */
  truncated: boolean;
}

export const TIMELINE_SUMMARY_LANES = ['one', 'country', 'traveller'] as const;

export const TimelineSummaryInputSchema = z.strictObject({
  query: QuerySchema,
  /** What a lane stands for: one lane, a country, or a traveller (regions group countries). */
  lanes: z.enum(TIMELINE_SUMMARY_LANES).default('country'),
});
export type TimelineSummaryInput = z.input<typeof TimelineSummaryInputSchema>;

/** How many visits start in one lane (its key, '' when unknown) and one month or year. */
export type TimelineCell = [lane: string, period: string, count: number];

/** A visits query counted by lane and period: the timeline's first picture, in a few KB. */
export interface TimelineSummary {
  /** Cells are months ('2021-02') or, for a long period with many lanes, years ('2021'). */
  period: 'month' | 'year';
  /** The first day of the earliest start and the last day of the latest end, or null if none. */
  first: string | null;
  last: string | null;
  /** Matching visits with a start date. */
  total: number;
  /** Matching visits without a start date, which cannot be placed. */
  undated: number;
  /** Sorted by lane, then period. */
  cells: TimelineCell[];
  /** Events that overlap the period, when there are 200 at most; else none (`timeline` has them). */
  events: TimelineEvent[];
}

/** A backup in the archive's backups folder, known by its file name there. */
export interface BackupEntry {
  name: string;
  /** Why it was taken: daily, manual, pre-import, pre-empty-trash, pre-restore, pre-migration-vN. */
  kind: string;
  /** When it was taken, ISO. */
  at: string;
  bytes: number;
}

export const BackupRefSchema = z.strictObject({ name: z.string().min(1).max(200) });
export type BackupRef = z.infer<typeof BackupRefSchema>;

/**
 * Another folder for the archive's backups. Web mode sends the path the user typed; the desktop
 * app sends none and asks in the system's folder dialog (the window never names a path).
 */
export const SetBackupFolderInputSchema = z.strictObject({
  folder: z.string().trim().min(1).max(4096).optional(),
  /** Make the folder (readable by its owner only) when it does not exist yet. */
  create: z.boolean().default(false),
  /** Go back to the folder beside the archive. */
  reset: z.boolean().default(false),
});
export type SetBackupFolderInput = z.input<typeof SetBackupFolderInputSchema>;

/** Where the archive's backups go. */
export interface BackupFolderInfo {
  /** The folder the backups are written to and listed from. */
  folder: string;
  /** The folder the user chose (the backups are in a subfolder of it), or null: beside the archive. */
  chosen: string | null;
  /** True where the host asks for the folder in its own dialog rather than taking a typed path. */
  dialog: boolean;
  /** False when the user closed the dialog without choosing. */
  changed: boolean;
}

export interface RestoreResult {
  /** The backup now in the archive, and what it holds. */
  restored: BackupEntry & { counts: Record<TableName, number>; inTrash: number };
  /** The backup of what the archive held before, taken first. */
  safetyCopy: BackupEntry;
}

export const CSV_DELIMITERS = ['comma', 'semicolon', 'tab'] as const;

/** A CSV export of every row a query matches (its limit and offset do not apply). */
export const CsvExportInputSchema = z.strictObject({
  query: QuerySchema,
  delimiter: z.enum(CSV_DELIMITERS).default('comma'),
  /** The UTF-8 byte order mark that Excel needs to read the file as UTF-8. */
  bom: z.boolean().default(true),
  /** Dates as stored (2023-09-19) or as the tables show them (19 Sep 2023). */
  dates: z.enum(['iso', 'shown']).default('iso'),
  /** Countries and statuses as stored (KZ, planned) or as the tables show them (Kazakhstan, Planned). */
  labels: z.enum(['codes', 'shown']).default('codes'),
});
export type CsvExportInput = z.input<typeof CsvExportInputSchema>;

export interface CsvExportAnswer {
  /** Web mode: the address the browser downloads the file from, once, within a minute. */
  download: string | null;
  /** Desktop: the file written, or null when the user closed the save dialog. */
  file: string | null;
  /** Desktop: the rows written. */
  rows: number | null;
}

const draftText = z.string().max(2000);
const draftTextOrNull = draftText.nullable();
const draftDate = z.string().regex(PARTIAL_DATE_PATTERN).nullable();
const draftCountry = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .nullable();

/** A press release read into records, for a person to review before it is saved. */
export const PressReleaseDraftSchema = z.strictObject({
  visit: z.strictObject({
    title: draftText.min(1),
    traveller: z.strictObject({ name: draftText.min(1), title: draftTextOrNull }).nullable(),
    places: z
      .array(z.strictObject({ city: draftTextOrNull, country: z.string().regex(/^[A-Z]{2}$/) }))
      .max(50),
    start_date: draftDate,
    end_date: draftDate,
  }),
  meetings: z
    .array(
      z.strictObject({
        date: draftDate,
        venue: draftTextOrNull,
        participants: z
          .array(
            z.strictObject({
              name: draftText.min(1),
              title: draftTextOrNull,
              organisation: draftTextOrNull,
              department: draftTextOrNull,
              country: draftCountry,
              person_id: z.string().max(64).optional(),
              organisation_id: z.string().max(64).optional(),
            }),
          )
          .max(200),
        topics: z.array(draftText).max(200),
        outcomes: z.array(z.string().max(20_000)).max(200),
        /** How the talks went, in the release's words ("friendly and constructive"). */
        atmosphere: draftTextOrNull.optional(),
      }),
    )
    .max(500),
  events: z
    .array(z.strictObject({ title: draftText.min(1), date: draftDate, place: draftTextOrNull }))
    .max(200),
  unplaced: z.array(z.string().max(20_000)).max(2000),
  warnings: z.array(draftText).max(200),
  unsure: z.array(z.string().max(200)).max(2000),
  source: z.string().max(1_000_000),
  /** The release's own date (from its dateline or as given), the date of its source record. */
  source_date: draftDate.optional(),
});
export type PressReleaseDraft = z.infer<typeof PressReleaseDraftSchema>;

/**
 * A press release: its text, or a Word (.docx) file as base64; and its date when known (it gives
 * a year to dates without one).
 */
export const PressReleaseInputSchema = z
  .strictObject({
    text: z.string().min(1).max(1_000_000).optional(),
    docx: z.string().min(1).max(30_000_000).optional(),
    sourceDate: z.string().regex(PARTIAL_DATE_PATTERN).nullish(),
  })
  .refine((input) => (input.text === undefined) !== (input.docx === undefined), {
    message: 'Give the press release either as text or as a .docx file, not both.',
  });
export type PressReleaseInput = z.infer<typeof PressReleaseInputSchema>;

export const SavePressReleaseInputSchema = z.strictObject({ draft: PressReleaseDraftSchema });
export type SavePressReleaseInput = z.infer<typeof SavePressReleaseInputSchema>;

export interface SavedPressRelease {
  visitId: string;
  meetingIds: string[];
  sourceId: string;
  /** People the save created; the others were already in the archive. */
  createdPeople: string[];
}

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

/** A filter, search, sort and column layout of one table: what a table remembers. */
export const TableViewStateSchema = z.strictObject({
  where: z.array(FilterSchema).max(50).default([]),
  search: z.string().max(500).default(''),
  sort: z.array(SortSchema).max(10).default([]),
  /** The visible columns, in their order. Empty means the table's default columns. */
  columns: z.array(z.string().min(1).max(64)).max(100).default([]),
  /** Column widths in pixels, by field. */
  widths: z.record(z.string().max(64), z.number().int().min(24).max(4000)).default({}),
});
export type TableViewState = z.output<typeof TableViewStateSchema>;

export interface SavedView {
  id: string;
  name: string;
  table: TableName;
  state: TableViewState;
  created_at: string;
  updated_at: string;
}

export const ListViewsInputSchema = z.strictObject({ table: z.enum(TABLES).optional() });
export type ListViewsInput = z.infer<typeof ListViewsInputSchema>;

/** Creates a view (no id) or renames or rewrites one (with id). */
export const SaveViewInputSchema = z.strictObject({
  id: z.string().min(1).max(64).optional(),
  name: z.string().trim().min(1).max(200),
  table: z.enum(TABLES),
  state: TableViewStateSchema,
});
export type SaveViewInput = z.input<typeof SaveViewInputSchema>;

export const ViewRefSchema = z.strictObject({ id: z.string().min(1).max(64) });
export type ViewRef = z.infer<typeof ViewRefSchema>;

/** A key of the interface's own remembered state, such as `table.visits`. */
export const UiStateKeySchema = z.strictObject({
  key: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z][a-z0-9._-]*$/),
});
export type UiStateKey = z.infer<typeof UiStateKeySchema>;

export const PutUiStateInputSchema = UiStateKeySchema.extend({
  /** Any JSON value, at most 64 KB once written. */
  value: z.unknown(),
});
export type PutUiStateInput = z.infer<typeof PutUiStateInputSchema>;

export interface UiStateValue {
  /** The value stored under the key, or null when nothing is. */
  value: unknown;
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

/** The encodings a CSV file may be read in; the first four are offered for a file without a mark. */
export const CSV_ENCODINGS = [
  'utf-8',
  'windows-1251',
  'koi8-r',
  'windows-1252',
  'utf-16le',
  'utf-16be',
] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** A CSV file to import into one table, as the user picked it, with the columns mapped. */
export const CsvImportInputSchema = z.strictObject({
  table: z.enum(TABLES),
  /** The file's bytes, base64. */
  file: z.string().min(1).max(70_000_000),
  /** A header of the file -> the field it fills, or null to leave that column out. */
  mapping: z.record(z.string().max(500), z.string().max(64).nullable()).optional(),
  /** How to read the file's bytes; found from them when left out. */
  encoding: z.enum(CSV_ENCODINGS).optional(),
});
export type CsvImportInput = z.infer<typeof CsvImportInputSchema>;

export interface CsvImportPreview {
  /** The encoding the file was read in: the one asked for, or the one found. */
  encoding: CsvEncoding;
  delimiter: (typeof CSV_DELIMITERS)[number];
  rows: number;
  /**
   * Each header of the file and the field it fills, or null when it is left out; `note` says why
   * a column the archive fills itself (ids, times, counts) is left out.
   */
  columns: { header: string; field: string | null; note?: string }[];
  /** The fields a column of this table can fill, for choosing a column's field. */
  fields: string[];
  /** The first rows, as the fields they fill. */
  sample: Row[];
  /**
   * Every row that would be refused: line number in the file, the column (its header), and why.
   * Problems of the header itself are on line 1. At most the first 1,000 are listed.
   */
  problems: {
    line: number;
    field: string;
    message: string;
    key?: string;
    params?: Record<string, unknown>;
  }[];
  /** Every problem found, listed or not. */
  problemCount: number;
  /** Rows with at least one problem. */
  refusedRows: number;
  written: boolean;
}

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

/** The method names, for hosts that build one function or route per method. */
export const API_METHODS = Object.keys(apiInputSchemas) as ApiMethod[];

export const ERROR_CODES = [
  'invalid_input',
  'validation_failed',
  'not_found',
  'conflict',
  'refused',
  'archive_missing',
  'archive_newer',
  'archive_corrupt',
  'archive_busy',
  'io_error',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ProblemDetail {
  /** The field or input path the problem is about, such as `values.start_date`. */
  path: string;
  message: string;
  /** The catalog message and its values, as on ApiError. */
  key?: string;
  params?: Record<string, unknown>;
}

/** An error a person can read: what happened and what to do. Never a stack trace. */
export interface ApiError {
  code: ErrorCode;
  /** The English sentence, as the CLI prints it. */
  message: string;
  /** The catalog message and its values, for an interface in another language. */
  key?: string;
  params?: Record<string, unknown>;
  details?: ProblemDetail[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

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

export { countryCodeOf, countryDisplayName, matchCountries } from './values/countryMatch.js';
