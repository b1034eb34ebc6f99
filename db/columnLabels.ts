/**
 * The label a field goes by in exported files and in the messages about them: the catalog's own
 * label, the one the tables show, so that a file exported from a table carries the headers the
 * user saw and imports back by them.
 */
import { fieldSpec, type TableName } from './api.js';
import type { MessageRef } from '../i18n/messages.js';
import { label } from './tables/label.js';

/** A field's label; a name that is no field of the table is said as the query language says it. */
export function columnLabel(table: TableName, field: string, language?: string): string {
  const spec = fieldSpec(table, field);
  return spec ? label(spec.label, language) : field;
}

/**
 * A field's label as a message to fill into another, so that the window says it in its own
 * language whatever the archive's process speaks; a name that is no field as written.
 */
export function columnLabelRef(table: TableName, field: string): MessageRef | string {
  const spec = fieldSpec(table, field);
  return spec ? { key: spec.label as MessageRef['key'] } : field;
}
