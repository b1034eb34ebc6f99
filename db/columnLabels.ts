/**
 * The label a field goes by in exported files and in the messages about them: the catalog's own
 * label, the one the tables show, so that a file exported from a table carries the headers the
 * user saw and imports back by them.
 */
import { fieldSpec, type TableName } from './api.js';
import { label } from './tables/label.js';

/** A field's label; a name that is no field of the table is said as the query language says it. */
export function columnLabel(table: TableName, field: string, language?: string): string {
  const spec = fieldSpec(table, field);
  return spec ? label(spec.label, language) : field;
}
