import {
  TABLES,
  TABLE_FIELDS,
  TABLE_REGISTRY,
  fieldSpec as fieldInfo,
  type FieldInfo,
  type FieldSpec,
  type Filter,
  type TableName,
} from '../../db/api.js';
import type { CellKind } from '../grid/cellText.js';
import { regionOfFilter } from '../timeline/regionFilter.js';

/** The column id of a visit's region filter, which no grid column shows. */
export const REGION_COLUMN = 'region';

/** A column whose text names a linked record: it is filtered by that record's id. */
export interface LinkInfo {
  /** The id field the filter applies to (`traveller_id`). */
  idField: string;
  /** The table the linked records live in. */
  table: TableName;
}

/** Each table's display fields that name a linked record, read from the field registry. */
export const LINKS: Readonly<Partial<Record<TableName, Readonly<Record<string, LinkInfo>>>>> =
  Object.fromEntries(
    TABLES.map((table) => {
      const fields: Readonly<Record<string, FieldSpec>> = TABLE_REGISTRY[table].fields;
      const links = Object.entries(fields).flatMap(([name, spec]) => {
        if (!spec.shows) return [];
        const target = fields[spec.shows.via]!.references as TableName;
        return [[name, { idField: spec.shows.via, table: target }] as const];
      });
      return [table, Object.fromEntries(links)];
    }),
  );

export type FilterKind = 'text' | 'date' | 'country' | 'enum' | 'number' | 'link';

/** How one column is filtered: the field the filter names, and the controls that suit it. */
export interface FilterSpec {
  /** The column (and the label's field). */
  column: string;
  /** The field of the query language the filter applies to. */
  field: string;
  kind: FilterKind;
  /** The values of an enum field, in their order. */
  values?: readonly string[];
  link?: LinkInfo;
}

/** How a column of `table` is filtered, or null when the column is not a field of the table. */
export function filterSpec(table: TableName, column: string): FilterSpec | null {
  const link = LINKS[table]?.[column];
  if (link) return { column, field: link.idField, kind: 'link', link };
  const info = fieldInfo(table, column);
  if (!info || info.kind === 'id') return null;
  switch (info.kind) {
    case 'date':
    case 'timestamp':
      return { column, field: column, kind: 'date' };
    case 'enum':
      return { column, field: column, kind: 'enum', values: info.values ?? [] };
    case 'country':
    case 'number':
    case 'text':
      return { column, field: column, kind: info.kind };
  }
}

/**
 * The column a filter belongs to: `traveller_id` belongs to the Traveller column; a visit's
 * region (chosen on the timeline) is a filter of its own, not the Country column's.
 */
export function filterColumn(table: TableName, filter: Filter): string {
  if (table === 'visits' && regionOfFilter(filter)) return REGION_COLUMN;
  const links = LINKS[table] ?? {};
  for (const [column, link] of Object.entries(links)) {
    if (link.idField === filter.field) return column;
  }
  return filter.field;
}

/** The filter of a column among a table's filters, if any. */
export function columnFilter(table: TableName, where: readonly Filter[], column: string) {
  return where.find((f) => filterColumn(table, f) === column);
}

/** The filters with the column's filter replaced by `next`, or removed when `next` is null. */
export function withColumnFilter(
  table: TableName,
  where: readonly Filter[],
  column: string,
  next: Filter | null,
): Filter[] {
  const index = where.findIndex((f) => filterColumn(table, f) === column);
  if (index < 0) return next ? [...where, next] : [...where];
  const copy = [...where];
  if (next) copy[index] = next;
  else copy.splice(index, 1);
  return copy;
}

/** How a field of `table` reads in a cell, for columns the screens do not define. */
export function cellKindOf(table: TableName, field: string): CellKind {
  const info = fieldInfo(table, field);
  switch (info?.kind) {
    case 'date':
      return 'date';
    case 'timestamp':
      return 'date';
    case 'country':
      return 'country';
    case 'enum':
      return 'status';
    case 'number':
      return 'number';
    default:
      return fieldInfo(table, field)?.list ? 'list' : 'text';
  }
}

/** The fields of a table a user may show as columns: every field but the ids. */
export function showableColumns(table: TableName): string[] {
  return Object.entries(TABLE_FIELDS[table] as Readonly<Record<string, FieldInfo>>)
    .filter(([, info]) => info.kind !== 'id')
    .map(([field]) => field);
}
