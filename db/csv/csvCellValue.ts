import type { Row, TableName } from '../api.js';
import { unescapeFormula } from './csvCell.js';
import { storedDate } from './csvDate.js';
import { LIST_COLUMNS, fieldInfo } from '../tableSpecs.js';

/**
 * A cell as a save takes it: formula escapes undone, other spellings one per line, dates written
 * as shown read back, a choice in any case; null for an empty cell.
 */
export function cellValue(table: TableName, field: string, cell: string): unknown {
  const text = unescapeFormula(cell);
  if (LIST_COLUMNS[table]?.includes(field)) return text === '' ? [] : text.split(/\r\n|\r|\n/);
  if (text.trim() === '') return null;
  const info = fieldInfo(table, field);
  if (info?.kind === 'date') return storedDate(text);
  if (info?.kind === 'enum') {
    const wanted = text.trim().toLowerCase();
    return info.values?.find((v) => v === wanted) ?? text;
  }
  return text;
}

/** A value as the preview's sample shows it. */
export function sampleText(value: unknown): Row[string] {
  if (Array.isArray(value)) return value.join('; ') || null;
  return typeof value === 'string' ? value : null;
}
