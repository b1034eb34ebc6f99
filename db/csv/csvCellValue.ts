import type { Row, TableName } from '../api.js';
import { unescapeFormula } from './csvCell.js';
import { storedDate } from './csvDate.js';
import { LIST_COLUMNS, fieldInfo } from '../tableSpecs.js';
import { shownChoice } from '../values/shownDate.js';
import { LANGUAGES } from '../../i18n/language.js';

/**
 * A cell as a save takes it: formula escapes undone, other spellings one per line, dates written
 * as shown read back, a choice in any case and in any interface language; null for an empty cell.
 */
export function cellValue(table: TableName, field: string, cell: string): unknown {
  const text = unescapeFormula(cell);
  if (LIST_COLUMNS[table]?.includes(field)) return text === '' ? [] : text.split(/\r\n|\r|\n/);
  if (text.trim() === '') return null;
  const info = fieldInfo(table, field);
  if (info?.kind === 'date') return storedDate(text);
  if (info?.kind === 'enum') {
    const wanted = text.trim().toLowerCase();
    // A choice as stored, or as any interface language's tables show it (`Завершено`).
    const named = (v: string) => LANGUAGES.some((l) => shownChoice(v, l).toLowerCase() === wanted);
    return info.values?.find((v) => v === wanted || named(v)) ?? text;
  }
  return text;
}

/** A value as the preview's sample shows it. */
export function sampleText(value: unknown): Row[string] {
  if (Array.isArray(value)) return value.join('; ') || null;
  return typeof value === 'string' ? value : null;
}
