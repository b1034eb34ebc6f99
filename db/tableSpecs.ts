import { TABLE_REGISTRY, TABLES, fieldSpec, inputLabelKey } from './api.js';
import type { FieldInfo, FieldSpec, SetName, TableName } from './api.js';
import { label } from './tables/label.js';
import { hasMessage, type MessageRef } from '../i18n/messages.js';

export type { SetName } from './api.js';

function fieldsWhere(table: TableName, keep: (spec: FieldSpec) => boolean): string[] {
  const fields: Readonly<Record<string, FieldSpec>> = TABLE_REGISTRY[table].fields;
  return Object.keys(fields).filter((name) => keep(fields[name]!));
}

function byTable<V>(of: (table: TableName) => V): Record<TableName, V> {
  return Object.fromEntries(TABLES.map((table) => [table, of(table)])) as Record<TableName, V>;
}

/** Which table each reference field points to. */
export const REFERENCES: Record<string, TableName> = Object.fromEntries(
  TABLES.flatMap((table) =>
    Object.entries(TABLE_REGISTRY[table].fields as Readonly<Record<string, FieldSpec>>).flatMap(
      ([name, spec]) => (spec.references ? [[name, spec.references as TableName]] : []),
    ),
  ),
);

/** Fields that must hold a value (meetings need a date or a visit: see validate.ts). */
export const REQUIRED: Record<TableName, readonly string[]> = byTable((table) =>
  fieldsWhere(table, (spec) => spec.required === true),
);

/** Sets that belong to a record and are saved, logged and undone with it. */
export const RECORD_SETS: Record<TableName, readonly SetName[]> = byTable(
  (table) => TABLE_REGISTRY[table].sets,
);

/** Columns holding a JSON array of strings (other spellings of a name). */
export const LIST_COLUMNS: Record<TableName, readonly string[]> = byTable((table) =>
  fieldsWhere(table, (spec) => spec.list === true),
);

/** The column fields a save may set on a table, in the order of TABLE_FIELDS. */
export function writableColumns(table: TableName): string[] {
  return fieldsWhere(table, (spec) => spec.writable);
}

/** Every key `values` may hold on a table: its columns, then its sets. */
export function writableFields(table: TableName): string[] {
  return [...writableColumns(table), ...recordSets(table)];
}

export function recordSets(table: TableName): readonly SetName[] {
  return TABLE_REGISTRY[table].sets;
}

export function fieldInfo(table: TableName, field: string): FieldInfo | undefined {
  return fieldSpec(table, field);
}

/** How messages about a value a save gives name its field: as the table's form does. */
export function fieldLabel(table: TableName, field: string): string {
  const key = inputLabelKey(table, field);
  return key ? label(key) : field;
}

/** A field's label as a catalog reference, for a problem the window says in its own language. */
export function fieldLabelRef(table: TableName, field: string): MessageRef | string {
  const key = inputLabelKey(table, field);
  return key && hasMessage(key) ? { key } : field;
}

/** A record of a table, said in a sentence: `visit`, `person`. */
export const RECORD_NOUN: Record<TableName, string> = byTable(
  (table) => TABLE_REGISTRY[table].noun,
);
