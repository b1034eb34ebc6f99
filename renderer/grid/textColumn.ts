import { fieldSpec, type Row, type TableName } from '../../db/api.js';
import { hasMessage, t } from '../messages.js';
import { cellText } from './cellText.js';
import { cellKindOf } from '../tableTools/columnFilters.js';
import { recordColumn, type ColumnLook, type RecordColumn } from './recordTableFeatures.js';

/**
 * A read-only column over one field of the query language: the column id is the field name, so
 * the table's sort state is also the archive's sort. Its header is looked up when drawn, as the
 * columns are made once and the interface's language may change afterwards.
 */
export function textColumn(table: TableName, field: string, look: ColumnLook): RecordColumn {
  const kind = cellKindOf(table, field);
  return recordColumn.accessor((row: Row) => row[field] ?? null, {
    id: field,
    header: () => columnHeader(table, field),
    cell: (info) => cellText(kind, info.getValue()),
    meta: look,
  });
}

/** A field's label as its registry entry names it, in the interface's language. */
export function columnHeader(table: TableName, field: string): string {
  const key = fieldSpec(table, field)?.label;
  return key && hasMessage(key) ? t(key) : field;
}

/** A field's label from the catalog (`field.start_date`), or its name when none is written. */
export function fieldLabel(field: string): string {
  const key = `field.${field}`;
  return hasMessage(key) ? t(key) : field;
}
