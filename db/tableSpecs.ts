import { TABLE_FIELDS } from './api.js';
import type { FieldInfo, TableName } from './api.js';

/** Fields the archive fills itself, or that are joined in from another table for display. */
const NOT_WRITABLE: Record<TableName, readonly string[]> = {
  visits: ['traveller', 'meeting_count'],
  meetings: ['visit', 'counterparts', 'topics'],
  people: ['position', 'meeting_count'],
  organisations: ['parent'],
  positions: ['person', 'organisation'],
  events: ['organiser'],
  topics: [],
  sources: [],
};
const AUDIT = ['id', 'created_at', 'updated_at'];

/** Which table each reference field points to. */
export const REFERENCES: Record<string, TableName> = {
  traveller_id: 'people',
  visit_id: 'visits',
  person_id: 'people',
  organisation_id: 'organisations',
  parent_id: 'organisations',
  organiser_id: 'organisations',
};

/** Fields that must hold a value (meetings need a date or a visit: see validate.ts). */
export const REQUIRED: Record<TableName, readonly string[]> = {
  visits: ['title'],
  meetings: [],
  people: ['name'],
  organisations: ['name'],
  positions: ['person_id', 'title'],
  events: ['title'],
  topics: ['name'],
  sources: ['title'],
};

/**
 * Sets that belong to a record and are saved, logged and undone with it. `source_ids` are the
 * sources (press releases, minutes) behind a record, kept in source_links.
 */
export const RECORD_SETS = {
  meetings: ['participants', 'topic_ids', 'source_ids'],
  visits: ['topic_ids', 'source_ids'],
  people: ['source_ids'],
  organisations: ['source_ids'],
  events: ['source_ids'],
} as const satisfies Partial<Record<TableName, readonly string[]>>;
export type SetName = 'participants' | 'topic_ids' | 'source_ids';

/** Columns holding a JSON array of strings (other spellings of a name). */
export const LIST_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  people: ['aliases'],
  organisations: ['aliases'],
};

/** The column fields a save may set on a table, in the order of TABLE_FIELDS. */
export function writableColumns(table: TableName): string[] {
  return Object.keys(TABLE_FIELDS[table]).filter(
    (name) => !AUDIT.includes(name) && !NOT_WRITABLE[table].includes(name),
  );
}

/** Every key `values` may hold on a table: its columns, then its sets. */
export function writableFields(table: TableName): string[] {
  const sets: readonly string[] =
    (RECORD_SETS as Partial<Record<TableName, readonly string[]>>)[table] ?? [];
  return [...writableColumns(table), ...sets];
}

export function recordSets(table: TableName): readonly SetName[] {
  return (RECORD_SETS as Partial<Record<TableName, readonly SetName[]>>)[table] ?? [];
}

export function fieldInfo(table: TableName, field: string): FieldInfo | undefined {
  return (TABLE_FIELDS[table] as Record<string, FieldInfo>)[field];
}

/** `start_date` -> `Start date`, `traveller_id` -> `Traveller`: how messages name a field. */
export function fieldLabel(field: string): string {
  const words = field.replace(/_ids?$/, '').replace(/_/g, ' ');
  if (field === 'topic_ids') return 'Topics';
  if (field === 'source_ids') return 'Sources';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A record of a table, said in a sentence: `visit`, `person`. */
export const RECORD_NOUN: Record<TableName, string> = {
  visits: 'visit',
  meetings: 'meeting',
  people: 'person',
  organisations: 'organisation',
  positions: 'position',
  events: 'event',
  topics: 'topic',
  sources: 'source',
};
